import { createRule } from "./create-rule";
import type { Rule } from "./rule";

/**
 * A workbook (or sheet) in which no 绩效目标表 was found. Workbook-level: checkWorkbook emits it
 * from the reader's problems, so the per-table check has nothing to add.
 */
export const noTable: Rule = createRule({
  meta: {
  id: "no-table",
  severity: "error",
  category: "structure",
  title: "未找到绩效目标表",
  titleEn: "No table found",
  scope: "table",
  fixable: false,
  messages: {
    noTable: {
      zh: "{problem}",
      en: "No 绩效目标表 table was found.",
    },
  },
  doc: {
    what: "在工作簿各工作表的前30行中查找“项目名称”“绩效目标”“绩效指标”等表头；一张表都找不到时报告。",
    why: "找不到表头就无法检查任何内容，通常是选错了文件、表头被改写或表格是图片。",
    bad: "工作簿只有一张说明文字的工作表，或表头写成“名称 | 目标 | 指标”。",
    good: "某个工作表前30行内有“项目名称（资金使用单位）| 总计 | … | 绩效目标 | 绩效指标”表头。",
  },
  docEn: {
    what: "Looks for the header (项目名称, 绩效目标, 绩效指标 …) in the first 30 rows of every sheet and reports a workbook where none is found.",
    why: "Without a header nothing can be checked; usually the wrong file, a rewritten header, or a table pasted as a picture.",
    bad: "A workbook holding only notes, or a header written as 名称 | 目标 | 指标.",
    good: "A sheet with the header 项目名称（资金使用单位）| 总计 | … | 绩效目标 | 绩效指标 in its first 30 rows.",
  },
  },
  check() {
    return [];
  },
});
