/**
 * What the file layer and the ExcelJS path both give of a workbook: values, and indent and bold
 * where a cell holds a value, with trailing empty cells and rows dropped (ExcelJS stops a row at its
 * last cell, the file layer at its last value); merges as a set, clipped to the cells that hold
 * values (the file layer's deliberate difference: a merge reaching past the content costs nothing);
 * sheet names and visibility.
 */
import type { CellFormat, CellValue, MergedArea, SheetGrid, WorkbookGrid } from "../../src/domain/grid";

export function comparable(grid: WorkbookGrid) {
  return grid.sheets.map((s: SheetGrid) => {
    const rows = trimRows(s.rows.map((r) => trim(r.map((v: CellValue) => v ?? null), (v) => v === null)));
    const formats = trimRows(s.rows.map((r, i) => trim(r.map((v, j) => (v === null ? null : readerFormat(s.formats?.[i]?.[j]))), (f) => f === null)));
    return { name: s.name, visibility: s.visibility ?? "visible", rows, formats, merges: clipped(s.merges ?? [], rows) };
  });
}

function clipped(merges: MergedArea[], rows: CellValue[][]): string[] {
  const lastRow = rows.length - 1;
  const lastCol = rows.reduce((n, r) => Math.max(n, r.length), 0) - 1;
  return merges
    .filter((m) => m.top <= lastRow && m.left <= lastCol)
    .map((m) => `${m.top},${m.left}:${Math.min(m.bottom, lastRow)},${Math.min(m.right, lastCol)}`)
    .sort();
}

function readerFormat(f: CellFormat | null | undefined): CellFormat | null {
  if (!f || (!f.indent && !f.bold)) return null;
  return { ...(f.indent ? { indent: f.indent } : {}), ...(f.bold ? { bold: true } : {}) };
}

function trim<T>(xs: T[], empty: (x: T) => boolean): T[] {
  let end = xs.length;
  while (end > 0 && empty(xs[end - 1])) end--;
  return xs.slice(0, end);
}

function trimRows<T>(rows: T[][]): T[][] {
  return trim(rows, (r) => r.length === 0);
}
