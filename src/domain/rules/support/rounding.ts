/**
 * Whether a gap between a subtotal and its rows can come from rounding: a table in 万元 (or 亿元)
 * is usually converted from 元 row by row, each row rounded to 0.01, so n rows can be off by at
 * most 0.005 × n. A table in 元 is not rounded and any gap is a real one.
 */
import { Big, formatMoney } from "../../money";
import type { TableModel } from "../../model";

export interface RoundingVerdict {
  /** within what rounding n rows could cause: a 尾差 (warning), not a wrong amount (error) */
  fromRounding: boolean;
  /** the message the reconciling rules report: roundingGap / beyondRounding / noRoundingInYuan */
  messageId: "roundingGap" | "beyondRounding" | "noRoundingInYuan";
  /** the most rounding could cause, with its unit (0.065万元); "" in 元 */
  allowance: string;
  unit: string;
}

export function roundingVerdict(table: TableModel, gap: Big, rowCount: number): RoundingVerdict {
  const unit = table.moneyUnit ?? "万元";
  if (unit === "元") return { fromRounding: false, messageId: "noRoundingInYuan", allowance: "", unit };
  const max = new Big("0.005").times(rowCount);
  const allowance = `${formatMoney(max)}${unit}`;
  if (gap.abs().lte(max)) return { fromRounding: true, messageId: "roundingGap", allowance, unit };
  return { fromRounding: false, messageId: "beyondRounding", allowance, unit };
}
