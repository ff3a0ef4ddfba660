import { Big, formatMoney } from "../money";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { cellAmount, withUnit } from "./support/money-rows";
import { inTableUnit, mayNameMoney, moneyMentions, yuanMicros, type MoneyMention } from "./support/money-text";
import { cellTextOf, spanIn, VALUE_DEFS } from "./support/value-text";

/** A 成本 indicator whose money value is more than the project's 总计. */
export const costExceedsAmount: Rule = createRule({
  meta: {
  id: "cost-exceeds-amount",
  severity: "error",
  category: "money",
  title: "成本指标超过项目金额",
  titleEn: "Cost indicator exceeds the project amount",
  scope: "indicator",
  fixable: false,
  options: {
    defaults: { tolerancePercent: 0 },
    schema: (z) => z.object({ tolerancePercent: z.number().min(0).default(0) }),
  },
  messages: {
    costAboveTotal: {
      zh: "项目“{project}”的{indicator}（成本指标）{field}为“{value}”，其中{found}折合{cost}，超过本项目总计{total}（多{difference}）。成本指标不应超过项目预算，请核对指标值、单位或项目金额。",
      en: "Cost {indicator}: {found} = {cost}, above the project total {total}.",
    },
  },
  doc: {
    what: "找出成本指标（一级“成本指标”、二级“成本指标/经济成本指标”等，或名称含“成本”）年度指标值中的金额，按元/万元/亿元折算为本表单位后，与该项目的“总计”比较，超过即报告。按人、按次等单价（如“500元/人”）不参与比较。",
    why: "成本指标反映项目花多少钱，超过项目本身的预算说明指标值沿用了旧数、填错单位或预算编列不足。",
    bad: "信息化运维项目总计2.15万元，成本指标“年度投入”年度指标值为“不超过24万元”。",
    good: "成本指标“年度投入”年度指标值为“≤2.15万元”，与项目总计一致。",
  },
  docEn: {
    what: "Takes the money in a cost indicator's annual value (成本 as first or second level, or a name with 成本), converts 元/万元/亿元 to the table unit and compares it with the project's 总计. Unit prices (500元/人) are ignored.",
    why: "A cost target above the project's own budget means a stale figure, a wrong unit or an underfunded project.",
    bad: "Project total 2.15 (万元) with the cost indicator 年度投入 at 不超过24万元.",
    good: "年度投入 ≤2.15万元, matching the project total.",
  },
  },
  visitor(table, ctx, out) {
    const tolerance = Number(ctx.options.tolerancePercent ?? 0);
    // no tolerance (the default): the limit is the total itself, no multiplication per project
    const factor = tolerance === 0 ? null : new Big(1).plus(new Big(tolerance).div(100));
    return {
      project(row, facts) {
        if (!row.amounts || row.amounts.total.kind !== "number") return;
        // the total as millionths of a 元: with no tolerance, most cost values compare against it
        // exactly without a big.js value; a project with no cost mention needs neither
        const totalMicros = factor ? null : yuanMicros(row.amounts.total.micros, table.moneyUnit);
        let limit: Big | undefined; // total × (1 + tolerance), computed when a cost value needs it
        const inds = row.indicators;
        for (let k = 0; k < inds.length; k++) {
          if (!facts.cost(row, k)) continue;
          const ind = inds[k];
          // the annual value is what this year's 总计 pays for; the period value may span years
          const value = ind.annualValue ?? ind.periodValue;
          if (!value) continue;
          // the expanded layout's 计量单位 column (≤24 | 万元): the value is read with its unit
          const unit = value.unitFromColumn ? (ind.measureUnit ?? "") : "";
          // half the cost values are prose (项目成本控制…): no sum to look for in the cell
          if (!mayNameMoney(value.text + unit)) continue;
          const label = ind.annualValue ? VALUE_DEFS[0].name : VALUE_DEFS[1].name;
          const ct = cellTextOf(value, row);
          // a mention ending in the unit column spans the whole value cell (spanIn falls back on it)
          const mentions = moneyMentions(ct.text + unit);
          if (mentions.length === 0) continue;
          const top = totalMicros === null ? null : largestExact(mentions);
          if (top !== null && top.micros <= totalMicros!) continue;
          const total = cellAmount(row, "total")!;
          let found: MoneyMention;
          let cost: Big;
          if (top !== null) {
            found = top.mention;
            cost = inTableUnit(found, table.moneyUnit);
          } else {
            // each mention converted once (big.js division is the costly part), the first largest kept
            found = mentions[0];
            cost = inTableUnit(found, table.moneyUnit);
            for (let j = 1; j < mentions.length; j++) {
              const v = inTableUnit(mentions[j], table.moneyUnit);
              if (v.gt(cost)) {
                found = mentions[j];
                cost = v;
              }
            }
            limit ??= factor ? total.times(factor) : total;
            if (!cost.gt(limit)) continue;
          }
          const diff = cost.minus(total);
          out.push(
            indicatorFinding(costExceedsAmount, table, row, ind, {
              span: spanIn(ct, found.start, found.end).span,
              fieldSuffix: label.zh,
              subject: `${found.text}|${formatMoney(total)}`,
              messageId: "costAboveTotal",
              data: {
                project: row.name,
                indicator: indicatorRefData(ind),
                field: label,
                value: value.text,
                found: found.text,
                cost: withUnit(cost, table),
                total: withUnit(total, table),
                difference: withUnit(diff, table),
              },
              expected: formatMoney(total),
              actual: formatMoney(cost),
              difference: formatMoney(diff),
              parts: [{ cell: row.amountCells.total ?? row.nameCell, name: row.name, amount: formatMoney(total) }],
            }),
          );
        }
      },
    };
  },
});

/**
 * The first largest mention by exact millionths of a 元, or null when one has none (then big.js
 * compares them all, as the table's unit would: the same order either way).
 */
function largestExact(mentions: readonly MoneyMention[]): { mention: MoneyMention; micros: number } | null {
  let mention: MoneyMention | null = null;
  let micros = 0;
  for (let j = 0; j < mentions.length; j++) {
    const m = mentions[j].yuanMicros;
    if (m === null) return null;
    if (mention === null || m > micros) {
      mention = mentions[j];
      micros = m;
    }
  }
  return mention === null ? null : { mention, micros };
}
