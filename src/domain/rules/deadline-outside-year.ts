import type { ParsedValue } from "../model";
import { visitorRule, type VisitorRule } from "./support/visitor";
import { indicatorFinding, indicatorRef, indicatorRefEn } from "./support/findings";
import { VALUE_DEFS, valueOf } from "./support/value-text";

type Deadline = Extract<ParsedValue, { kind: "deadline" }>;

const SOURCE_ZH = { config: "配置指定的", title: "表头标题中的", dates: "表中多数日期所在的" } as const;

/** The year most dated values in a table name, when more than half agree; else null. */
export function majorityYear(years: readonly number[]): number | null {
  if (years.length === 0) return null;
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const y of years) {
    const c = (counts.get(y) ?? 0) + 1;
    counts.set(y, c);
    if (best === null || c > (counts.get(best) ?? 0)) best = y;
  }
  return best !== null && (counts.get(best) ?? 0) * 2 > years.length ? best : null;
}

/** A deadline outside the budget year (annual values), or before it (period values). */
export const deadlineOutsideYear: VisitorRule = visitorRule({
  id: "deadline-outside-year",
  severity: "warning",
  category: "indicator",
  title: "完成时限不在预算年度内",
  titleEn: "Deadline outside the budget year",
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
              message:
                `项目“${row.name}”的${indicatorRef(ind)}${d.label}“${value.text}”在${dl.year}年，不在${source}预算年度${year}年` +
                `${d.field === "annual" ? "内" : "或之后"}。请核对是否沿用了往年的日期。`,
              messageEn: `Project "${row.name}": the ${d.labelEn} of ${indicatorRefEn(ind)} (${value.text}) is outside the budget year ${year}.`,
            }),
          );
        }
      },
    };
  },
});
