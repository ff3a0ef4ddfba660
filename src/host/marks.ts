/**
 * How findings are marked in a sheet, shared by both hosts. A mark is a conditional format, never a
 * change to a cell's own format, so clearing it cannot damage anything. Each rule carries its own
 * signature in its formula, =ISTEXT("jixiao:mark:error"), which is always TRUE and survives saving,
 * reopening and reloading the pane (conditional format ids do not: they are per session). Clearing
 * deletes exactly the rules with that signature and leaves the user's own rules alone.
 */
import type { Severity } from "../domain/finding";
import { fromA1 } from "../domain/address";
import { HostError, type Mark } from "./host";
import { formatRange, type CellRect } from "./ranges";

/** Light fills in Excel's own "good/neutral/bad" palette, readable with the user's font colours. */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export function markFormula(severity: Severity): string {
  return `=ISTEXT("jixiao:mark:${severity}")`;
}

const SIGNATURE = /^=\s*ISTEXT\(\s*"jixiao:mark:(error|warning|info)"\s*\)\s*$/i;

/** True for a conditional format formula this add-in wrote. */
export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && SIGNATURE.test(formula);
}

/** The severity a mark's formula carries; null for any other formula. */
export function markSeverity(formula: string | null | undefined): Severity | null {
  const m = typeof formula === "string" ? SIGNATURE.exec(formula) : null;
  return m ? (m[1].toLowerCase() as Severity) : null;
}

export interface MarkPlan {
  sheet: string;
  severity: Severity;
  areas: CellRect[];
  /** the areas as one address list for worksheet.getRanges ("B7:B9, D12") */
  address: string;
}

/**
 * One rule's share of the areas: getRanges fails somewhere near 500 areas / 8k characters of
 * address (undocumented, office-js#5198; excel-limits.md row 3), so a rule stays well under both.
 */
export const MAX_AREAS_PER_RULE = 300;
export const MAX_ADDRESS_CHARS = 6_000;

/**
 * Groups marks into few conditional formats per sheet and severity (so the number of rules stays
 * small, office-js#3336), a cell marked twice keeping its most severe mark, packs each column's
 * consecutive cells into one area ("F7:F12") to keep the address list short, and splits a list
 * over MAX_AREAS_PER_RULE areas or MAX_ADDRESS_CHARS characters into several rules.
 */
export function planMarks(marks: readonly Mark[]): MarkPlan[] {
  const worst = new Map<string, Map<string, { row: number; col: number; severity: Severity }>>();
  for (const m of marks) {
    const at = fromA1(m.cell);
    if (!at) throw new HostError(`无法标记：工作表“${m.sheet}”中的“${m.cell}”不是单元格地址。`, "InvalidArgument");
    const cells = worst.get(m.sheet) ?? new Map<string, { row: number; col: number; severity: Severity }>();
    worst.set(m.sheet, cells);
    const id = `${at.row},${at.col}`;
    const had = cells.get(id);
    if (!had || RANK[m.severity] > RANK[had.severity]) cells.set(id, { ...at, severity: m.severity });
  }
  const plans: MarkPlan[] = [];
  for (const [sheet, cells] of worst) {
    for (const severity of ["error", "warning", "info"] as const) {
      const picked = [...cells.values()].filter((c) => c.severity === severity);
      if (!picked.length) continue;
      for (const areas of batches(columnRuns(picked))) plans.push({ sheet, severity, areas, address: areas.map(formatRange).join(", ") });
    }
  }
  return plans;
}

function batches(areas: CellRect[]): CellRect[][] {
  const out: CellRect[][] = [];
  let current: CellRect[] = [];
  let chars = 0;
  for (const area of areas) {
    const length = formatRange(area).length + 2;
    if (current.length && (current.length >= MAX_AREAS_PER_RULE || chars + length > MAX_ADDRESS_CHARS)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(area);
    chars += length;
  }
  if (current.length) out.push(current);
  return out;
}

function columnRuns(cells: { row: number; col: number }[]): CellRect[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: CellRect[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.left === c.col && last.bottom + 1 === c.row) last.bottom = c.row;
    else runs.push({ top: c.row, left: c.col, bottom: c.row, right: c.col });
  }
  return runs;
}
