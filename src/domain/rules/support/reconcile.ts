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
import type { Localized, MessageTemplate, RuleOptions } from "../rule";
import { allBlank, cellAmount, isBlank, partsOf, sumOf, withUnit } from "./money-rows";
import { roundingVerdict } from "./rounding";

export interface ReconcileSpec {
  rule: RuleRef;
  table: TableModel;
  /** the subtotal or total row */
  row: TableRow;
  /** how the row is named in the message (资金使用单位“…” / 合计) */
  rowLabel: Localized;
  /** the rows it should add up to, and how they are named (项目 / 资金使用单位) */
  parts: readonly TableRow[];
  partsLabel: Localized;
  /** gaps at or below this are ignored */
  tolerance: Big;
  /** how many rounded rows lie under the sum (for the rounding verdict) */
  roundedRows: number;
}

const GAP_ZH = "{rowLabel}的{column}为{actual}，其下{count}个{partsLabel}之和为{expected}，相差{difference}。";
const GAP_EN = "{rowLabel}: {column} {actual} but its {count} {partsLabel} add up to {expected} (difference {difference}).";

/** The messages of both reconciling rules: a 尾差 within rounding (warning), a real gap (error). */
export const RECONCILE_MESSAGES: Record<string, MessageTemplate> = {
  roundingGap: {
    zh: `${GAP_ZH}差额在逐行四舍五入的范围内（{rows}行×0.005={allowance}），属尾差：可能是各行由元折算为{unit}时分别四舍五入所致，仍应调整使小计与明细一致。{hidden}`,
    en: `${GAP_EN} A rounding gap (尾差): within what rounding {rows} rows could cause ({allowance}).`,
  },
  beyondRounding: {
    zh: `${GAP_ZH}差额超出逐行四舍五入可能造成的最大误差（{rows}行×0.005={allowance}），应为金额填错或漏列项目。{hidden}`,
    en: `${GAP_EN} The gap exceeds what rounding {rows} rows could cause ({allowance}).`,
  },
  noRoundingInYuan: {
    zh: `${GAP_ZH}本表以元为单位，不存在折算舍入，差额应为金额填错或漏列。{hidden}`,
    en: `${GAP_EN} The table is in 元, so the gap cannot come from rounding.`,
  },
};

/** Both reconciling rules may ignore gaps up to a tolerance, in the table's unit (default none). */
export const TOLERANCE_OPTIONS: RuleOptions = {
  defaults: { tolerance: 0 },
  schema: (z) => z.object({ tolerance: z.number().min(0).default(0) }),
};

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
    // a 尾差 is a warning: the reviewer asks for it to be evened out, not for the amounts to be redone
    severity: verdict.fromRounding ? "warning" : "error",
    messageId: verdict.messageId,
    data: {
      rowLabel: spec.rowLabel,
      column: col,
      actual: withUnit(actual, table),
      count: parts.length,
      partsLabel: spec.partsLabel,
      expected: withUnit(expected, table),
      difference: withUnit(diff.abs(), table),
      rows: spec.roundedRows,
      allowance: verdict.allowance,
      unit: verdict.unit,
      // where a cell's format hides decimals, what the cells themselves hold (Chinese only: it quotes cells)
      hidden: { zh: hiddenDecimalsNote(row, parts, field), en: "" },
    },
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
