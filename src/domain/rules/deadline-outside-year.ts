import type { ParsedValue } from "../model";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { VALUE_DEFS, valueOf } from "./support/value-text";
export { majorityYear } from "./support/years";

type Deadline = Extract<ParsedValue, { kind: "deadline" }>;

const SOURCE_ZH = { config: "配置指定的", title: "表头标题中的", dates: "表中多数日期所在的" } as const;

/** A deadline outside the budget year (annual values), or before it (period values). */
export const deadlineOutsideYear: Rule = createRule({
  meta: {
  id: "deadline-outside-year",
  severity: "warning",
  category: "indicator",
  title: "完成时限不在预算年度内",
  titleEn: "Deadline outside the budget year",
  scope: "indicator",
  fixable: false,
  messages: {
    annualOutside: {
      zh: "项目“{project}”的{indicator}{field}“{value}”在{year}年，不在{source}预算年度{budgetYear}年内。请核对是否沿用了往年的日期。",
      en: "Project \"{project}\": the {field} of {indicator} ({value}) is outside the budget year {budgetYear}.",
    },
    periodBefore: {
      zh: "项目“{project}”的{indicator}{field}“{value}”在{year}年，不在{source}预算年度{budgetYear}年或之后。请核对是否沿用了往年的日期。",
      en: "Project \"{project}\": the {field} of {indicator} ({value}) is before the budget year {budgetYear}.",
    },
  },
  doc: {
    what: "检查时效指标中的完成时限（如“2024年12月31日前”）是否落在预算年度内：年度指标值应在预算年度之内，实施周期指标值不应早于预算年度。预算年度取自配置，其次是表头标题（如“2025年项目支出绩效目标表”），再次是表中多数日期所在的年份。",
    why: "年度目标的时限写成往年，通常是沿用上年表格未改日期，目标无法在本年度考核。",
    bad: "2025年表中“项目完成时间，年度指标值：2024年12月31日前。”",
    good: "“项目完成时间，年度指标值：2025年12月31日前。”",
  },
  docEn: {
    what: "Checks deadlines (2024年12月31日前) against the budget year: annual values inside it, period values not before it. The year comes from the config, then the title, then the year most dates in the table name.",
    why: "A deadline in another year is usually last year's table copied without updating the dates.",
    bad: "In a 2025 table: 年度指标值：2024年12月31日前.",
    good: "年度指标值：2025年12月31日前.",
  },
  },
  visitor(table, ctx, out) {
    const year = ctx.budgetYear;
    if (year === null) return {};
    const source = ctx.budgetYearSource ? SOURCE_ZH[ctx.budgetYearSource] : "";
    return {
      indicator(row, ind) {
        for (let j = 0; j < VALUE_DEFS.length; j++) {
          const d = VALUE_DEFS[j];
          const value = valueOf(ind, d);
          if (!value) continue;
          const p = value.parsed;
          if (p.kind !== "deadline" || p.year === null) continue;
          const dl = p as Deadline;
          const outside = d.field === "annual" ? dl.year !== year : dl.year! < year;
          if (!outside) continue;
          out.push(
            indicatorFinding(deadlineOutsideYear, table, row, ind, {
              span: value.span,
              fieldSuffix: d.label,
              subject: `${value.text}|${year}`,
              messageId: d.field === "annual" ? "annualOutside" : "periodBefore",
              data: { project: row.name, indicator: indicatorRefData(ind), field: d.name, value: value.text, year: dl.year!, source, budgetYear: year },
            }),
          );
        }
      },
    };
  },
});
