import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { VALUE_DEFS, valueOf } from "./support/value-text";

/** Rates that may legitimately exceed 100%: growth, increase, over-fulfilment. */
const MINUS = /^[-−－]/;

export const GROWTH = /增长|增幅|增速|涨幅|提升率|提高率|增加率|上升率|超额|同比|环比/;

/** A rate above 100% or below 0 (growth rates excepted). */
export const percentOutOfRange: Rule = createRule({
  meta: {
  id: "percent-out-of-range",
  severity: "error",
  category: "indicator",
  title: "百分比超出范围",
  titleEn: "Percentage out of range",
  scope: "indicator",
  fixable: false,
  messages: {
    negative: {
      zh: "项目“{project}”的{indicator}{field}为“{value}”，比率不能小于0%。请核对是否多打或少打了数字，或应改用数量单位。",
      en: "Project \"{project}\": the {field} of {indicator} is {value}, below 0%.",
    },
    above100: {
      zh: "项目“{project}”的{indicator}{field}为“{value}”，比率不能超过100%。请核对是否多打或少打了数字，或应改用数量单位。",
      en: "Project \"{project}\": the {field} of {indicator} is {value}, above 100%.",
    },
    moreThan100: {
      zh: "项目“{project}”的{indicator}{field}为“{value}”，比率不可能大于100%。请核对是否多打或少打了数字，或应改用数量单位。",
      en: "Project \"{project}\": the {field} of {indicator} is {value}; a rate cannot exceed 100%.",
    },
  },
  doc: {
    what: "检查以%表示的比率（完成率、合格率、覆盖率、满意度等）是否在0%～100%之间；“＞100%”同样不可能达到。增长率、提升率等可以超过100%，不在此列。",
    why: "比率超过100%不可能实现，通常是多打了数字（如“≥290%”本应是“≥90%”）或把数量当成了比率。",
    bad: "“培训任务完成率，年度指标值：≥190%。”",
    good: "“培训任务完成率，年度指标值：≥90%。”；“营业收入增长率，年度指标值：≥120%”可以超过100%。",
  },
  docEn: {
    what: "Checks that rates in % (completion, pass, coverage, satisfaction …) lie between 0% and 100%; '>100%' is impossible too. Growth rates may exceed 100%.",
    why: "A rate above 100% cannot be met; usually a typo (≥290% for ≥90%) or a count written as a rate.",
    bad: "培训任务完成率 ≥190%.",
    good: "培训任务完成率 ≥90%.",
  },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        for (let j = 0; j < VALUE_DEFS.length; j++) {
          const d = VALUE_DEFS[j];
          const value = valueOf(ind, d);
          if (!value) continue;
          const p = value.parsed;
          if (p.kind !== "quantity" || p.unit !== "%") continue;
          const negative = MINUS.test(p.numberText) || p.number < 0;
          const above = p.number > 100 || (p.number === 100 && p.comparator === ">");
          if (!negative && !above) continue;
          if (GROWTH.test(ind.name?.text ?? "") || GROWTH.test(p.prefix ?? "")) continue;
          const messageId = negative ? "negative" : p.number > 100 ? "above100" : "moreThan100";
          out.push(
            indicatorFinding(percentOutOfRange, table, row, ind, {
              span: value.span,
              fieldSuffix: d.label,
              subject: value.text,
              messageId,
              data: { project: row.name, indicator: indicatorRefData(ind), field: d.name, value: value.text },
            }),
          );
        }
      },
    };
  },
});
