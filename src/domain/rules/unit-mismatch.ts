import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { bareName, distinctValues, valueField } from "./support/indicator-facts";

/** What a name counts, by its ending, and the units that count it. */
const FITTING_UNITS: ReadonlyArray<{ ending: RegExp; what: string; units: readonly string[] }> = [
  { ending: /(次数|场次|期数)$/, what: "次数", units: ["次", "场", "场次", "期", "批", "批次", "轮", "人次", "回"] },
  { ending: /(人数|人次)$/, what: "人数", units: ["人", "名", "人次", "位"] },
  { ending: /户数$/, what: "户数", units: ["户", "家"] },
  { ending: /天数$/, what: "天数", units: ["天", "日", "个工作日", "工作日"] },
];

/** A unit that does not fit the name: …次数 ≥24个, …人数 ≥3家. */
export const unitMismatch: Rule = createRule({
  meta: {
    id: "unit-mismatch",
    severity: "warning",
    scope: "indicator",
    category: "indicator",
    title: "计量单位与指标名称不符",
    titleEn: "Unit does not fit the name",
    fixable: false,
    messages: {
      mismatch: {
        zh: "项目“{project}”的{indicator}衡量的是{what}，{field}“{value}”的单位却是“{unit}”。请核对名称或单位（{what}应以{units}计）。",
        en: "Project \"{project}\": {indicator} counts {what} but the {field} (\"{value}\") is in \"{unit}\".",
      },
    },
    doc: {
      what: "找出名称以“次数、场次、人数、人次、户数、天数”结尾、数量型指标值的计量单位却不相符的指标（如“活动次数 ≥24个”“参训人数 ≥3家”）。防误报：只看名称结尾明确的几类，单位为空的由“缺少计量单位”报告，名称泛指“…数”的不判断。",
      why: "单位与名称不符，说明名称或数值有一处写错，监控时无法对照口径，评审会要求更正。默认为警告。",
      bad: "“举办基层商会活动次数；年度指标值:≧24个”",
      good: "“举办基层商会活动次数；年度指标值:≥24次”，或名称改为“指导基层商会个数”。",
    },
    docEn: {
      what: "Finds names ending in 次数, 场次, 人数, 人次, 户数 or 天数 whose quantity value has a unit that does not count that (活动次数 ≥24个). Guard: only those clear endings; a value with no unit is unit-missing's.",
      why: "A unit that does not fit the name means one of them is wrong. A warning.",
      bad: "举办基层商会活动次数 ≧24个.",
      good: "举办基层商会活动次数 ≥24次.",
    },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        const name = bareName(ind);
        const kind = FITTING_UNITS.find((k) => k.ending.test(name));
        if (!kind) return;
        for (const v of distinctValues(ind)) {
          const p = v.parsed;
          if (p.kind !== "quantity" || !p.unit || kind.units.includes(p.unit)) continue;
          const field = valueField(ind, v);
          out.push(
            indicatorFinding(unitMismatch, table, row, ind, {
              span: v.span,
              subject: v.text,
              messageId: "mismatch",
              data: { project: row.name, indicator: indicatorRefData(ind), what: kind.what, field, value: v.text, unit: p.unit, units: kind.units.slice(0, 3).map((u) => `“${u}”`).join("、") },
            }),
          );
          return; // one unit problem per indicator
        }
      },
    };
  },
});
