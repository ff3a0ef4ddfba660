/**
 * Money helpers shared by the reconciliation rules: the unit label, exact sums of a column over
 * rows (null when a cell is not a number: amount-not-number reports that instead), and the parts
 * list a finding carries so the user can jump to each row of the sum.
 */
import type { SumPart } from "../../finding";
import { Big, formatMoney, sumAmounts, type Amount, type MoneyUnit } from "../../money";
import type { AmountField, TableModel, TableRow } from "../../model";

export const unitLabel = (u: MoneyUnit | null): string => u ?? "";

/** The number in a row's column: blank is zero, text is unknown (null). */
export function cellAmount(row: TableRow, field: AmountField): Big | null {
  const a = row.amounts?.[field];
  if (!a || a.kind === "empty") return new Big(0);
  return a.kind === "number" ? a.value : null;
}

/** The exact sum of a column (through money's sumAmounts, so the amounts are added one way everywhere). */
export function sumOf(rows: readonly TableRow[], field: AmountField): Big | null {
  const list: Amount[] = [];
  for (let k = 0; k < rows.length; k++) {
    const a = rows[k].amounts?.[field];
    // blank adds nothing: no zero to make and add
    if (a && a.kind !== "empty") list.push(a);
  }
  return sumAmounts(list);
}

export function partsOf(rows: readonly TableRow[], field: AmountField): SumPart[] {
  return rows.map((r) => ({
    cell: r.amountCells[field] ?? r.nameCell,
    name: r.name,
    amount: formatMoney(cellAmount(r, field) ?? new Big(0)),
  }));
}

export function withUnit(b: Big, table: TableModel): string {
  return `${formatMoney(b)}${unitLabel(table.moneyUnit)}`;
}

/** Whether every amount in the rows is blank: a table (or row) without money to reconcile. */
export function allBlank(rows: readonly TableRow[], field: AmountField): boolean {
  for (let k = 0; k < rows.length; k++) if (!isBlank(rows[k], field)) return false;
  return true;
}

export function isBlank(row: TableRow, field: AmountField): boolean {
  return !row.amounts || row.amounts[field].kind === "empty";
}

/**
 * Agencies and the projects under each, by position: a project belongs to the agency row above
 * it (the reader's `agency` name can repeat across agencies; positions cannot).
 */
export interface AgencyGroup {
  agency: TableRow;
  projects: TableRow[];
}

export function agencyGroups(table: TableModel): { groups: AgencyGroup[]; looseProjects: TableRow[] } {
  const groups: AgencyGroup[] = [];
  const looseProjects: TableRow[] = [];
  let current: AgencyGroup | null = null;
  const rows = table.rows;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (r.kind === "agency") {
      current = { agency: r, projects: [] };
      groups.push(current);
    } else if (r.kind === "total") {
      current = null;
    } else if (current) current.projects.push(r);
    else looseProjects.push(r);
  }
  return { groups, looseProjects };
}
