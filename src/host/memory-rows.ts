/**
 * Whole-row insert and delete, merge and unmerge, and formulas on an in-memory sheet, behaving as
 * Excel does, so MemoryHost and the fake Office.js runtime (which both work on a MemoryWorkbook)
 * show what Excel would:
 *  - inserting row `at` shifts every value, format, merged area, conditional format and formula
 *    reference at or below it down one; an area that spans the row (top < at <= bottom) grows; an
 *    area ending on the row above does not (the picker extends those itself); the new row takes the
 *    formats of the row above ("Format Same As Above");
 *  - deleting row `at` is the mirror: areas spanning it shrink, a reference to the row itself
 *    becomes #REF!.
 * Formula references are adjusted for same-sheet A1 references and ranges (B7, $B$7, B6:B18);
 * references into other sheets are left alone (enough for the tables' subtotal formulas).
 */
import type { CellValue } from "../domain/grid";
import { deleteRect, insertRect, shiftFormula, type RowShift } from "../file/formula-shift";
import { getStyle, getValue, setValue, type MemorySheet } from "./memory-workbook";
import { intersects, type CellRect } from "./ranges";

const key = (row: number, col: number): string => `${row},${col}`;
const rowOfKey = (k: string): [number, number] => k.split(",").map(Number) as [number, number];

/** Sets a cell's formula and its current result (a test writing a formula as a user would). */
export function setFormula(sheet: MemorySheet, row: number, col: number, formula: string, result: CellValue = null): void {
  (sheet.formulas ??= new Map()).set(key(row, col), formula);
  setValue(sheet, row, col, result);
}

export function getFormula(sheet: MemorySheet, row: number, col: number): string | null {
  return sheet.formulas?.get(key(row, col)) ?? null;
}

/** A value written over a cell replaces its formula, as typing over it does. */
export function writeValue(sheet: MemorySheet, row: number, col: number, value: CellValue): void {
  sheet.formulas?.delete(key(row, col));
  setValue(sheet, row, col, value === "" ? null : value);
}

/** What Office.js `range.formulas` reports for a cell: the formula, else the value ("" when empty). */
export function formulaOrValue(sheet: MemorySheet, row: number, col: number): CellValue {
  return getFormula(sheet, row, col) ?? getValue(sheet, row, col) ?? "";
}

type RowMap = (row: number) => number | null;

function remapKeys<T>(map: Map<string, T>, to: RowMap): Map<string, T> {
  const out = new Map<string, T>();
  for (const [k, v] of map) {
    const [r, c] = rowOfKey(k);
    const moved = to(r);
    if (moved !== null) out.set(key(moved, c), v);
  }
  return out;
}

function shiftFormulas(sheet: MemorySheet, at: number, inserted: boolean, to: RowMap): void {
  if (!sheet.formulas?.size) return;
  const moved = remapKeys(sheet.formulas, to);
  for (const [k, f] of moved) moved.set(k, shiftFormula(f, at, inserted));
  sheet.formulas = moved;
}

// ---- rows ----

/**
 * Records a whole-row insert or delete, so 下载 can replay it on the opened file. Deleting the row
 * just inserted at the same place (the picker's 撤销插入) cancels it out of the journal.
 */
function journal(sheet: MemorySheet, shift: RowShift): void {
  const rows = (sheet.rowShifts ??= []);
  const last = rows[rows.length - 1];
  if (!shift.insert && last?.insert && last.at === shift.at) rows.pop();
  else rows.push(shift);
  // an undone insert leaves the sheet as it was, journal included
  if (!rows.length) delete sheet.rowShifts;
}

/** Number formats and hidden rows move with their rows, as the values and styles do. */
function moveRowFacts(sheet: MemorySheet, to: RowMap): void {
  if (sheet.numberFormats?.size) sheet.numberFormats = remapKeys(sheet.numberFormats, to);
  if (sheet.hiddenRows?.size) {
    const moved = [...sheet.hiddenRows].map(to).filter((r): r is number => r !== null);
    sheet.hiddenRows = new Set(moved);
  }
}

/** Inserts one whole row at 0-based `at` (the old row `at` becomes `at + 1`). */
export function insertSheetRow(sheet: MemorySheet, at: number): void {
  journal(sheet, { insert: true, at });
  if (at < sheet.values.length) sheet.values.splice(at, 0, []);
  const down: RowMap = (r) => (r >= at ? r + 1 : r);
  const styles = remapKeys(sheet.styles, down);
  if (at > 0) {
    for (const k of sheet.styles.keys()) {
      const [r, c] = rowOfKey(k);
      if (r === at - 1) styles.set(key(at, c), getStyle(sheet, r, c));
    }
  }
  sheet.styles = styles;
  moveRowFacts(sheet, down);
  sheet.merges = sheet.merges.map((m) => insertRect(m, at));
  for (const cf of sheet.conditionalFormats) cf.ranges = cf.ranges.map((r) => insertRect(r, at));
  shiftFormulas(sheet, at, true, down);
}

/** Deletes one whole row at 0-based `at`; what is below moves up. */
export function deleteSheetRow(sheet: MemorySheet, at: number): void {
  journal(sheet, { insert: false, at });
  if (at < sheet.values.length) sheet.values.splice(at, 1);
  const up: RowMap = (r) => (r === at ? null : r > at ? r - 1 : r);
  sheet.styles = remapKeys(sheet.styles, up);
  moveRowFacts(sheet, up);
  sheet.merges = sheet.merges
    .map((m) => deleteRect(m, at))
    .filter((m): m is CellRect => m !== null && (m.bottom > m.top || m.right > m.left));
  for (const cf of sheet.conditionalFormats) {
    cf.ranges = cf.ranges.map((r) => deleteRect(r, at)).filter((r): r is CellRect => r !== null);
  }
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
  shiftFormulas(sheet, at, false, up);
}

// ---- merged areas ----

const contains = (outer: CellRect, inner: CellRect) =>
  inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;

export class MergeConflict extends Error {
  constructor(readonly area: CellRect) {
    super("merge conflict");
  }
}

/**
 * Merges `area`. Merged areas inside it are absorbed (the first keeps its place in the list, so an
 * extension followed by a shrink restores the list exactly); one that only partly overlaps is a
 * conflict, as in Excel. Values other than the top-left cell's are cleared, as Excel does.
 */
export function mergeArea(sheet: MemorySheet, area: CellRect): void {
  const touching = sheet.merges.filter((m) => intersects(m, area));
  const partial = touching.find((m) => !contains(area, m));
  if (partial) throw new MergeConflict(partial);
  const first = touching.length ? sheet.merges.indexOf(touching[0]) : sheet.merges.length;
  const rest = sheet.merges.filter((m) => !touching.includes(m));
  rest.splice(Math.min(first, rest.length), 0, { ...area });
  sheet.merges = rest;
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) writeValue(sheet, r, c, null);
}

/** Removes every merged area that intersects `area`. */
export function unmergeArea(sheet: MemorySheet, area: CellRect): void {
  sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
}

export function hasMerge(sheet: MemorySheet, area: CellRect): boolean {
  return sheet.merges.some((m) => m.top === area.top && m.left === area.left && m.bottom === area.bottom && m.right === area.right);
}
