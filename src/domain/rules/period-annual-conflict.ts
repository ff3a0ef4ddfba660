import type { Comparator, ParsedValue } from "../model";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";

type Quantity = Extract<ParsedValue, { kind: "quantity" }>;

/** Units that do not add up over the years: rates, scores, durations, per-unit figures. */
const NOT_CUMULATIVE = /^(%|‰|个百分点|百分点|分|天|日|工作日|小时|分钟|周|个月|月|年|季)$/;

const sameComparator = (a: Comparator | null, b: Comparator | null): boolean => (a ?? "=") === (b ?? "=");
const show = (q: Quantity): string => `${q.comparator ?? ""}${q.numberText}${q.unit ?? ""}`;

/** Annual above period for a cumulative quantity; or the two values use different comparators or units. */
export const periodAnnualConflict: Rule = createRule({
  meta: {
  id: "period-annual-conflict",
  severity: "warning",
  category: "indicator",
  title: "年度值与实施周期值矛盾",
  titleEn: "Annual and period values conflict",
  scope: "indicator",
  fixable: false,
  messages: {
    unitsDiffer: {
      zh: "项目“{project}”的{indicator}：实施周期指标值“{period}”与年度指标值“{annual}”的计量单位不同（{periodUnit} / {annualUnit}）。请核对两者。",
      en: "Project \"{project}\": {indicator}: units differ ({period} / {annual}).",
    },
    comparatorsDiffer: {
      zh: "项目“{project}”的{indicator}：实施周期指标值“{period}”与年度指标值“{annual}”的比较符号不同。请核对两者。",
      en: "Project \"{project}\": {indicator}: comparators differ ({period} / {annual}).",
    },
    annualAbovePeriod: {
      zh: "项目“{project}”的{indicator}：年度指标值“{annual}”大于实施周期指标值“{period}”，年度目标不应超过整个实施周期的目标。请核对两者。",
      en: "Project \"{project}\": {indicator}: annual value exceeds period value ({period} / {annual}).",
    },
  },
  doc: {
    what: "同一指标的实施周期指标值与年度指标值：比较符号和计量单位应一致；对可累计的数量（人次、个、场次、万元等），年度值不应大于实施周期值。比率、分数、时长不做大小比较。",
    why: "年度目标是实施周期目标的一部分；年度值更大或单位不同，说明两者有一个填错。",
    bad: "“实施周期指标值:≥10场次；年度指标值:≥12场次。”；“实施周期指标值:≥1批次；年度指标值:≥1次。”",
    good: "“实施周期指标值:≥20场次；年度指标值:≥10场次。”（两年期项目）；单年项目两者相同。",
  },
  docEn: {
    what: "For one indicator, the period and annual values should share comparator and unit, and for cumulative quantities the annual value should not exceed the period value. Rates, scores and durations are not compared by size.",
    why: "The annual target is part of the period target; a larger annual figure or a different unit means one of them is wrong.",
    bad: "Period ≥10场次, annual ≥12场次.",
    good: "Period ≥20场次, annual ≥10场次 (a two-year project).",
  },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        const pv = ind.periodValue?.parsed;
        const av = ind.annualValue?.parsed;
        // the same reading (a value repeated in both fields) cannot conflict with itself
        if (!pv || !av || pv === av || pv.kind !== "quantity" || av.kind !== "quantity") return;
        let messageId: string | null = null;
        if ((pv.unit ?? "") !== (av.unit ?? "")) messageId = "unitsDiffer";
        else if (!sameComparator(pv.comparator, av.comparator)) messageId = "comparatorsDiffer";
        else if (av.number > pv.number && !NOT_CUMULATIVE.test(av.unit ?? "") && !(av.unit ?? "").includes("/")) messageId = "annualAbovePeriod";
        if (!messageId) return;
        const noUnit = { zh: "无单位", en: "no unit" };
        out.push(
          indicatorFinding(periodAnnualConflict, table, row, ind, {
            span: ind.annualValue!.span,
            fieldSuffix: "实施周期/年度",
            subject: `${ind.periodValue!.text}|${ind.annualValue!.text}`,
            messageId,
            data: {
              project: row.name,
              indicator: indicatorRefData(ind),
              period: show(pv),
              annual: show(av),
              periodUnit: pv.unit ?? noUnit,
              annualUnit: av.unit ?? noUnit,
            },
          }),
        );
      },
    };
  },
});
