import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";

/** What a cell shows when its formula broke: no goal was written, whatever the cell holds. */
const EXCEL_ERROR = /^#(REF!|N\/A|VALUE!|NAME\?|DIV\/0!|NULL!|NUM!|SPILL!|CALC!)$/;

/** A project row without a 绩效目标 (blank, or a formula error such as #REF!). */
export const goalMissing: Rule = createRule({
  meta: {
  id: "goal-missing",
  severity: "error",
  category: "project",
  title: "缺少绩效目标",
  titleEn: "Performance goal missing",
  scope: "project",
  fixable: false,
  messages: {
    brokenFormula: {
      zh: "项目“{project}”的绩效目标单元格显示“{text}”，是失效的公式而不是目标文字。请改为填写该项目本年度要达到的产出和效果。",
      en: "The goal cell of \"{project}\" shows {text}, a broken formula.",
    },
    goalMissing: {
      zh: "项目“{project}”未填写绩效目标。请说明该项目本年度要达到的产出和效果。",
      en: "Project \"{project}\" has no performance goal.",
    },
  },
  doc: {
    what: "检查每个项目行（不含合计行和资金使用单位行）是否填写了绩效目标。",
    why: "绩效目标是项目申请预算的依据，完整性是绩效目标审核的第一项要求（财预〔2015〕88号）。",
    bad: "项目“业务用房服务管理费”的绩效目标单元格为空。",
    good: "“通过采购物业服务，维持办公区域秩序，办公环境干净整洁，水电供应正常……”",
  },
  docEn: {
    what: "Checks that every project row (not 合计, not agency rows) has a performance goal.",
    why: "The goal is what the budget is requested for; completeness is the first review criterion.",
    bad: "A project whose 绩效目标 cell is blank.",
    good: "A goal saying what the money achieves this year.",
  },
  },
  visitor(table, _ctx, out) {
    if (table.columns.goal === undefined) return {}; // column-missing reports the absent column
    return {
      project(row) {
        const text = row.goal?.text ?? "";
        const broken = EXCEL_ERROR.test(text);
        if (text && !broken) return;
        out.push(
          rowFinding(goalMissing, table, row, {
            cell: row.goal?.cell ?? row.goalCell ?? row.nameCell,
            field: "绩效目标",
            subject: text,
            messageId: broken ? "brokenFormula" : "goalMissing",
            data: { project: row.name, text },
          }),
        );
      },
    };
  },
});
