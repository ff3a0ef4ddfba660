import type { Finding } from "../finding";
import type { Indicator, IndicatorValue, TableRow } from "../model";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { placeholderIn } from "./support/placeholders";
import { VALUE_DEFS, type ValueDef } from "./support/value-text";

/** Blank, or punctuation only: nothing filled in. Placeholders (XX, 待定) are placeholder-value's. */
function isBlank(v: IndicatorValue | null): boolean {
  if (!v) return true;
  return v.parsed.kind === "empty" && placeholderIn(v.text) === null;
}

/** An empty 年度指标值, or 实施周期指标值 where the table uses both. */
export const valueMissing: Rule = createRule({
  meta: {
  id: "value-missing",
  severity: "error",
  category: "indicator",
  title: "指标值未填写",
  titleEn: "Indicator value missing",
  scope: "indicator",
  fixable: false,
  messages: {
    valueMissing: {
      zh: "项目“{project}”的{indicator}未填写{field}。请填写可衡量的目标值（数量、比率、金额或完成时限）。",
      en: "Project \"{project}\": {indicator} has no {field}.",
    },
  },
  doc: {
    what: "检查每条指标是否填写了年度指标值；表中使用了“实施周期指标值”的，同时检查实施周期指标值。",
    why: "没有指标值的指标无法衡量，也无法在执行中监控和事后评价。",
    bad: "“1、产出指标：政府购买法律服务费用年度指标值：。”（年度指标值为空）",
    good: "“1、产出指标：政府购买法律服务次数，年度指标值：≥12次。”",
  },
  docEn: {
    what: "Checks that every indicator has an annual value, and a period value too where the table uses both.",
    why: "An indicator without a value cannot be measured, monitored or evaluated.",
    bad: "1、产出指标：政府购买法律服务费用年度指标值：。 (blank annual value)",
    good: "1、产出指标：政府购买法律服务次数，年度指标值：≥12次。",
  },
  },
  visitor(table, _ctx, out) {
    // 实施周期指标值 is required per project: where its own items use it, or it spans several years
    const usesPeriod = (row: TableRow) =>
      row.multiYear === true || row.indicators.some((i) => i.periodValue !== null && (table.columns.periodValue === undefined || !isBlank(i.periodValue)));
    const periodMissing: Array<readonly [TableRow, Indicator]> = [];
    const report = (row: TableRow, ind: Indicator, d: ValueDef, value: IndicatorValue | null): Finding =>
      indicatorFinding(valueMissing, table, row, ind, {
        fieldSuffix: d.label,
        subject: value?.text ?? "",
        messageId: "valueMissing",
        data: { project: row.name, indicator: indicatorRefData(ind), field: d.name },
      });
    return {
      indicator(row, ind) {
        if (isBlank(ind.annualValue)) out.push(report(row, ind, VALUE_DEFS[0], ind.annualValue));
        if (isBlank(ind.periodValue)) periodMissing.push([row, ind]);
      },
      end() {
        for (const [row, ind] of periodMissing) if (usesPeriod(row)) out.push(report(row, ind, VALUE_DEFS[1], ind.periodValue));
      },
    };
  },
});
