/**
 * The arithmetic shared by subtotal-mismatch and total-mismatch: a row's amount against the exact
 * sum of the rows under it, the total column first and the source columns only when the total
 * ties (so one wrong subtotal gives one finding, not four).
 */
import type { Finding } from "../../finding";
import { amountMicros, Big, formatMoney } from "../../money";
import type { AmountField, TableModel, TableRow } from "../../model";
import { AMOUNT_FIELDS, COLUMN_NAMES } from "./columns";
import { rowFinding, type RuleRef } from "./findings";
import { allBlank, cellAmount, isBlank, partsOf, sumOf, withUnit } from "./money-rows";
import { roundingVerdict } from "./rounding";

export interface ReconcileSpec {
  rule: RuleRef;
  table: TableModel;
  /** the subtotal or total row */
  row: TableRow;
  /** how the row is named in the message (资金使用单位“…” / 合计) */
  rowLabel: string;
  rowLabelEn: string;
  /** the rows it should add up to, and how they are named (项目 / 资金使用单位) */
  parts: readonly TableRow[];
  partsLabel: string;
  partsLabelEn: string;
  /** gaps at or below this are ignored */
  tolerance: Big;
  /** how many rounded rows lie under the sum (for the rounding verdict) */
  roundedRows: number;
}

export function reconcile(spec: ReconcileSpec): Finding | null {
  for (let j = 0; j < AMOUNT_FIELDS.length; j++) {
    const f = reconcileColumn(spec, AMOUNT_FIELDS[j]);
    if (f) return f;
  }
  return null;
}

function reconcileColumn(spec: ReconcileSpec, field: AmountField): Finding | null {
  const { table, row, parts } = spec;
  if (!row.amounts || parts.length === 0 || (isBlank(row, field) && allBlank(parts, field))) return null;
  // a formula without a result is no zero: the reader noted it, and no verdict is built on it
  if (unknownAmount(row, field) || parts.some((p) => unknownAmount(p, field))) return null;
  // nearly every subtotal ties: exact millionths say so without a big.js value per amount
  if (tiesExactly(row, parts, field)) return null;
  const actual = cellAmount(row, field);
  const expected = sumOf(parts, field);
  if (actual === null || expected === null) return null; // amount-not-number reports text amounts
  const diff = actual.minus(expected);
  if (diff.eq(0) || diff.abs().lte(spec.tolerance)) return null;
  const col = COLUMN_NAMES[field];
  const verdict = roundingVerdict(table, diff, spec.roundedRows);
  // each part's amount formatted once, for the parts list and the subject alike
  const list = partsOf(parts, field);
  return rowFinding(spec.rule, table, row, {
    cell: row.amountCells[field] ?? row.nameCell,
    field: col.zh,
    subject: `${formatMoney(actual)}|${list.map((p) => p.amount).join(",")}`,
    message:
      `${spec.rowLabel}的${col.zh}为${withUnit(actual, table)}，其下${parts.length}个${spec.partsLabel}之和为` +
      `${withUnit(expected, table)}，相差${withUnit(diff.abs(), table)}。${verdict.zh}${hiddenDecimalsNote(row, parts, field)}`,
    messageEn:
      `${spec.rowLabelEn}: ${col.en} ${formatMoney(actual)} but its ${parts.length} ${spec.partsLabelEn} add up to ` +
      `${formatMoney(expected)} (difference ${formatMoney(diff)}). ${verdict.en}`,
    expected: formatMoney(expected),
    actual: formatMoney(actual),
    difference: formatMoney(diff),
    parts: list,
  });
}

/**
 * What the table hides where a cell's format shows fewer decimals than it holds: the verdict above
 * is on the amounts as shown; this says which cells differ from what they show and whether the
 * cells' own values would tie ("显示为 79.00，单元格实际值 79.0147"). "" when no cell hides any.
 */
function hiddenDecimalsNote(row: TableRow, parts: readonly TableRow[], field: AmountField): string {
  const rows = [row, ...parts];
  const hidden = rows.filter((r) => cellValueOf(r, field) !== null);
  if (hidden.length === 0) return "";
  const own = (r: TableRow) => cellValueOf(r, field) ?? cellAmount(r, field) ?? new Big(0);
  const gap = parts.reduce((sum, p) => sum.minus(own(p)), own(row));
  const shown = hidden
    .slice(0, 3)
    .map((r) => `${r.amountCells[field] ?? r.nameCell}显示为 ${formatMoney(cellAmount(r, field) ?? new Big(0))}，单元格实际值 ${cellValueOf(r, field)!.toString()}`)
    .join("；");
  const more = hidden.length > 3 ? `等${hidden.length}处` : "";
  const verdict = gap.eq(0) ? "按单元格实际值计算两者相符，差额来自显示的小数位" : `按单元格实际值计算相差 ${gap.abs().toString()}`;
  return `（${shown}${more}；${verdict}。）`;
}

function unknownAmount(r: TableRow, field: AmountField): boolean {
  const a = r.amounts?.[field];
  return a !== undefined && a.kind === "empty" && a.formula !== undefined;
}

function cellValueOf(r: TableRow, field: AmountField): Big | null {
  const a = r.amounts?.[field];
  return a && a.kind === "number" && a.cellValue !== undefined ? new Big(a.cellValue) : null;
}

/**
 * Whether the row's amount equals the sum of the parts', in exact millionths. False when it does
 * not or when an amount has no millionths (text, more than 6 decimals, huge): big.js then decides.
 */
function tiesExactly(row: TableRow, parts: readonly TableRow[], field: AmountField): boolean {
  const expected = amountMicros(row.amounts![field]);
  if (expected === null) return false;
  let sum = 0;
  for (let k = 0; k < parts.length; k++) {
    const a = parts[k].amounts?.[field];
    if (!a) continue;
    const m = amountMicros(a);
    if (m === null) return false;
    sum += m;
    if (!Number.isSafeInteger(sum)) return false;
  }
  return sum === expected;
}
