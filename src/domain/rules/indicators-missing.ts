import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";

/** A project row without any 绩效指标 (blank, or text in which no indicator can be read). */
export const indicatorsMissing: Rule = createRule({
  meta: {
  id: "indicators-missing",
  severity: "error",
  category: "project",
  title: "缺少绩效指标",
  titleEn: "Performance indicators missing",
  scope: "project",
  fixable: false,
  messages: {
    unreadable: {
      zh: "项目“{project}”的绩效指标“{excerpt}”中识别不出任何指标。请按“序号、一级指标、二级指标、指标名称、指标值”的格式填写。",
      en: "No indicator could be read in the indicators of \"{project}\".",
    },
    indicatorsMissing: {
      zh: "项目“{project}”未填写绩效指标。请至少设置产出指标和效益指标。",
      en: "Project \"{project}\" has no indicators.",
    },
  },
  doc: {
    what: "检查每个项目行（不含合计行和资金使用单位行）是否至少有一条可识别的绩效指标。",
    why: "没有绩效指标，绩效目标就无法衡量，也无法开展运行监控和绩效评价。",
    bad: "项目的绩效指标单元格为空，或只写了“详见附件”。",
    good: "“1、1-产出指标；11-数量指标；开展培训次数；实施周期指标值:≥3次；年度指标值:≥3次。……”",
  },
  docEn: {
    what: "Checks that every project row has at least one readable indicator.",
    why: "Without indicators the goal cannot be measured, monitored or evaluated.",
    bad: "A blank indicator cell, or 详见附件.",
    good: "Numbered indicators with categories, names and values.",
  },
  },
  visitor(table, _ctx, out) {
    return {
      project(row) {
        if (row.indicators.length > 0) return;
        const text = row.indicatorText?.trim() ?? "";
        out.push(
          rowFinding(indicatorsMissing, table, row, {
            cell: row.indicatorCell ?? row.goalCell ?? row.nameCell,
            field: "绩效指标",
            subject: text,
            messageId: text ? "unreadable" : "indicatorsMissing",
            data: { project: row.name, excerpt: `${text.slice(0, 30)}${text.length > 30 ? "…" : ""}` },
          }),
        );
      },
    };
  },
});
