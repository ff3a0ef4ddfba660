import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { sameTextKey } from "./support/text-keys";
import { VALUE_DEFS, valueOf } from "./support/value-text";

/** A unit given with the name instead: 形成研究报告（份）. */
const UNIT_IN_NAME = /[（(][^（）()]{1,6}[）)]\s*$/;

/** A quantitative value without a unit of measure. */
export const unitMissing: Rule = createRule({
  meta: {
  id: "unit-missing",
  severity: "warning",
  category: "indicator",
  title: "定量指标缺少计量单位",
  titleEn: "Quantitative value without a unit",
  scope: "indicator",
  fixable: false,
  messages: {
    noUnit: {
      zh: "项目“{project}”的{indicator}{field}“{value}”只有数字，没有计量单位。请写明单位（如个、人次、%、万元、天）。",
      en: "Project \"{project}\": the {field} of {indicator} (\"{value}\") has no unit.",
    },
  },
  doc: {
    what: "检查数字型指标值是否带有计量单位（个、人次、%、万元、天等）。名称中已用括号注明单位（如“形成研究报告（份）”）或表中有“计量单位”列并已填写的除外。",
    why: "定量的三级指标必须设置指标性质和计量单位（预算管理一体化指标库要求）；“≥30”不知道是30人、30次还是30%。",
    bad: "“走访企业数，年度指标值：≥40。”",
    good: "“走访企业数，年度指标值：≥40家。”",
  },
  docEn: {
    what: "Checks that numeric values carry a unit (个, 人次, %, 万元, 天 …), unless the name gives it in brackets or a filled 计量单位 column does.",
    why: "A quantitative indicator must have a unit; '≥30' could be 30 people, 30 times or 30%.",
    bad: "走访企业数 ≥40.",
    good: "走访企业数 ≥40家.",
  },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        if (ind.measureUnit) return;
        let seen: Set<string> | null = null;
        for (let j = 0; j < VALUE_DEFS.length; j++) {
          const d = VALUE_DEFS[j];
          const value = valueOf(ind, d);
          if (!value) continue;
          const p = value.parsed;
          if (p.kind !== "quantity" || p.unit) continue;
          if (UNIT_IN_NAME.test(ind.name?.text ?? "")) break;
          seen ??= new Set<string>();
          const same = sameTextKey(value.text);
          if (seen.has(same)) continue;
          seen.add(same);
          out.push(
            indicatorFinding(unitMissing, table, row, ind, {
              span: value.span,
              fieldSuffix: d.label,
              subject: value.text,
              messageId: "noUnit",
              data: { project: row.name, indicator: indicatorRefData(ind), field: d.name, value: value.text },
            }),
          );
        }
      },
    };
  },
});
