/**
 * Whether a gap between a subtotal and its rows can come from rounding: a table in 万元 (or 亿元)
 * is usually converted from 元 row by row, each row rounded to 0.01, so n rows can be off by at
 * most 0.005 × n. A table in 元 is not rounded and any gap is a real one.
 */
import { Big, formatMoney } from "../../money";
import type { TableModel } from "../../model";

export interface RoundingVerdict {
  fromRounding: boolean;
  zh: string;
  en: string;
}

export function roundingVerdict(table: TableModel, gap: Big, rowCount: number): RoundingVerdict {
  const unit = table.moneyUnit ?? "万元";
  if (unit === "元") {
    return {
      fromRounding: false,
      zh: "本表以元为单位，不存在折算舍入，差额应为金额填错或漏列。",
      en: "The table is in 元, so the gap cannot come from rounding.",
    };
  }
  const max = new Big("0.005").times(rowCount);
  if (gap.abs().lte(max)) {
    return {
      fromRounding: true,
      zh: `差额在逐行四舍五入的范围内（${rowCount}行×0.005=${formatMoney(max)}${unit}），可能是各行由元折算为${unit}时分别四舍五入所致，仍应调整使小计与明细一致。`,
      en: `The gap is within row-by-row rounding (${rowCount} rows × 0.005 = ${formatMoney(max)}); it may come from rounding 元 to ${unit} per row.`,
    };
  }
  return {
    fromRounding: false,
    zh: `差额超出逐行四舍五入可能造成的最大误差（${rowCount}行×0.005=${formatMoney(max)}${unit}），应为金额填错或漏列项目。`,
    en: `The gap exceeds what rounding ${rowCount} rows could cause (${formatMoney(max)}).`,
  };
}
