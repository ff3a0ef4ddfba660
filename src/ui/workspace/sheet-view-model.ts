/**
 * What the sheet view draws for one sheet of the in-memory workbook: the rows and columns shown
 * (hidden ones left out, the numbers jumping as in Excel), each cell's text, merged areas as one
 * cell, the marks' severities, the cells the pane changed since the workbook was opened (compared
 * with the opened grid, rows aligned so an insert shifts nothing) and the selected cell. Pure: the
 * component only windows and paints it.
 */
import type { CellValue, WorkbookGrid } from "../../domain/grid";
import type { Severity } from "../../domain/finding";
import { shownDecimals } from "../../domain/money";
import { markSeverity } from "../../host/marks";
import { effectiveFill, findSheet, getStyle, getValue, usedRect, workbookFromGrid, type MemorySheet, type MemoryWorkbook } from "../../host/memory-workbook";
import { contains, parseRange, type CellRect } from "../../host/ranges";

/**
 * The opened workbook's sheets as they were (values in sheet coordinates), and how far each sheet's
 * journal of row inserts and deletes (memory-rows.ts, the one 下载 replays) had got by then.
 */
export type Baseline = ReadonlyMap<string, { values: readonly (readonly CellValue[])[]; shiftsSeen: number }>;

/** `live`: the workbook the pane works on, when the baseline is taken from it after it was built. */
export function baselineOf(grid: WorkbookGrid, live?: MemoryWorkbook): Baseline {
  const built = workbookFromGrid(grid);
  return new Map(
    grid.sheets.map((g, i) => [
      g.name,
      { values: built.sheets[i].values.map((row) => [...row]), shiftsSeen: (live && findSheet(live, g.name)?.rowShifts?.length) || 0 },
    ]),
  );
}

export interface SheetTab {
  name: string;
  /** not in the opened workbook: the pane added it (审核意见表, 新建) */
  added: boolean;
  hidden: boolean;
}

/** Every sheet a user could show in Excel, in order; the very hidden 已说明 storage stays out, as in Excel. */
export function sheetTabs(wb: MemoryWorkbook, baseline: Baseline): SheetTab[] {
  return wb.sheets
    .filter((s) => s.visibility !== "VeryHidden")
    .map((s) => ({ name: s.name, added: !baseline.has(s.name), hidden: s.visibility === "Hidden" }));
}

export interface CellView {
  /** the cell the text comes from (a merged area's first cell) */
  row: number;
  col: number;
  text: string;
  severity: Severity | null;
  changed: boolean;
  selected: boolean;
  fill: string | null;
  bold: boolean;
}

export interface SheetModel {
  name: string;
  /** the sheet rows shown, in order (0-based) */
  rows: readonly number[];
  /** the sheet columns shown, in order (0-based) */
  cols: readonly number[];
  /** width in px of each shown column */
  widths: readonly number[];
  /** the selected cell when it is on this sheet */
  selected: { row: number; col: number } | null;
  /** the merged area holding (row, col), if any */
  mergeOf(row: number, col: number): CellRect | null;
  /** what is drawn for (row, col): a merged area shows its first cell */
  cell(row: number, col: number): CellView;
}

/** A cell as drawn in a window of rows: spans count shown rows and columns inside the window. */
export interface DrawnCell extends CellView {
  rowSpan: number;
  colSpan: number;
}

export interface DrawnRow {
  /** the sheet row (0-based) */
  row: number;
  /** its place among the shown rows */
  index: number;
  cells: DrawnCell[];
}

const MIN_WIDTH = 48;
const MAX_WIDTH = 240;

const key = (row: number, col: number): string => `${row},${col}`;

/** A value as the sheet shows it (numbers as Excel's General format would, near enough). */
export function cellText(value: CellValue, numberFormat?: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    // the amount formats budget tables use (0.00, #,##0.00_ , 0.0): the decimals and the thousands
    // separator; dates, percentages and the rest show as General would
    const decimals = shownDecimals(numberFormat);
    if (decimals === null) return String(Number(value.toPrecision(12)));
    const fixed = value.toFixed(decimals);
    if (!numberFormat?.split(";")[0].includes(",")) return fixed;
    const [whole, fraction] = fixed.split(".");
    const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
    return fraction === undefined ? grouped : `${grouped}.${fraction}`;
  }
  return value;
}

/** A column wide enough for its longest text, within bounds (CJK characters count about double). */
function textWidth(text: string): number {
  let px = 12;
  for (const ch of text) px += ch.codePointAt(0)! > 0x2e80 ? 13 : 7;
  return px;
}

function marksOf(sheet: MemorySheet): Map<string, Severity> {
  const marks = new Map<string, Severity>();
  for (const cf of sheet.conditionalFormats) {
    const severity = markSeverity(cf.formula);
    if (!severity) continue;
    for (const r of cf.ranges)
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) if (!marks.has(key(row, col))) marks.set(key(row, col), severity);
  }
  return marks;
}

/** A cell for comparison: empty and null are the same, 1 and "1" are not. */
function valueKey(value: CellValue | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  return typeof value === "string" ? `s${value}` : `${typeof value}${String(value)}`;
}

/**
 * Which opened row each live row holds (null: a row the pane inserted), from the host's own journal
 * of whole-row inserts and deletes: exact, and the same record 下载 replays on the file.
 */
function rowOrigins(sheet: MemorySheet, shiftsSeen: number, count: number): (number | null)[] {
  const shifts = (sheet.rowShifts ?? []).slice(shiftsSeen);
  // long enough that no insert or delete reaches past its end
  const origin: (number | null)[] = Array.from({ length: count + shifts.length }, (_, r) => r);
  for (const shift of shifts) {
    if (shift.insert) origin.splice(shift.at, 0, null);
    else origin.splice(shift.at, 1);
  }
  return origin.slice(0, count);
}

/** The cells whose text differs from the opened sheet's row they came from (inserted rows: every non-empty cell). */
function changedCells(sheet: MemorySheet, base: Baseline extends ReadonlyMap<string, infer B> ? B : never, width: number, height: number): Set<string> {
  const origin = rowOrigins(sheet, base.shiftsSeen, height);
  const changed = new Set<string>();
  origin.forEach((was, r) => {
    for (let c = 0; c < width; c++) {
      const now = valueKey(getValue(sheet, r, c));
      const before = was === null ? "" : valueKey(base.values[was]?.[c]);
      if (now !== before) changed.add(key(r, c));
    }
  });
  return changed;
}

function extent(sheet: MemorySheet): { bottom: number; right: number } {
  const used = usedRect(sheet);
  let bottom = used?.bottom ?? 0;
  let right = used?.right ?? 0;
  for (const m of sheet.merges) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  return { bottom, right };
}

/** A sheet's model without the selection: costly on a long sheet, so it is kept while only the selection moves. */
export type SheetContent = Omit<SheetModel, "selected" | "cell"> & { cell(row: number, col: number): Omit<CellView, "selected"> };

export function sheetContent(sheet: MemorySheet, baseline: Baseline): SheetContent {
  const { bottom, right } = extent(sheet);
  const base = baseline.get(sheet.name);
  const changed = base ? changedCells(sheet, base, right + 1, bottom + 1) : new Set<string>();
  // the host keeps the file's hidden rows and moves them with the rows the pane inserts
  const rows = Array.from({ length: bottom + 1 }, (_, r) => r).filter((r) => !sheet.hiddenRows?.has(r));
  const cols = Array.from({ length: right + 1 }, (_, c) => c).filter((c) => !sheet.hiddenCols?.has(c));
  const marks = marksOf(sheet);
  const numberFormat = (r: number, c: number): string | undefined => sheet.numberFormats?.get(key(r, c));

  const merges = new Map<string, CellRect>();
  for (const m of sheet.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) merges.set(key(r, c), m);

  const widths = cols.map((c) => {
    const set = sheet.columnWidths?.get(c);
    if (set !== undefined) return Math.round(Math.min(Math.max((set * 4) / 3, MIN_WIDTH), MAX_WIDTH * 2));
    let px = MIN_WIDTH;
    for (const r of rows) {
      if (merges.has(key(r, c))) continue; // a merged title spans its columns
      px = Math.max(px, textWidth(cellText(getValue(sheet, r, c), numberFormat(r, c))));
      if (px >= MAX_WIDTH) break;
    }
    return Math.min(px, MAX_WIDTH);
  });

  return {
    name: sheet.name,
    rows,
    cols,
    widths,
    mergeOf: (row, col) => merges.get(key(row, col)) ?? null,
    cell(row, col) {
      const merge = merges.get(key(row, col));
      const at = merge ? { row: merge.top, col: merge.left } : { row, col };
      return {
        ...at,
        text: cellText(getValue(sheet, at.row, at.col), numberFormat(at.row, at.col)),
        severity: marks.get(key(at.row, at.col)) ?? null,
        changed: changed.has(key(at.row, at.col)),
        fill: effectiveFill(sheet, at.row, at.col),
        bold: getStyle(sheet, at.row, at.col).font.bold,
      };
    },
  };
}

/** The content with the workbook's selection on it (a selection inside a merged area selects the area). */
export function withSelection(content: SheetContent, selection: MemoryWorkbook["selection"]): SheetModel {
  const rect = selection?.sheet === content.name ? parseRange(selection.cell) : null;
  const selected = rect ? { row: rect.top, col: rect.left } : null;
  return {
    ...content,
    selected,
    cell(row, col) {
      const merge = content.mergeOf(row, col);
      const isSelected = selected !== null && (merge ? contains(merge, selected.row, selected.col) : selected.row === row && selected.col === col);
      return { ...content.cell(row, col), selected: isSelected };
    },
  };
}

export function sheetModel(wb: MemoryWorkbook, sheet: MemorySheet, baseline: Baseline): SheetModel {
  return withSelection(sheetContent(sheet, baseline), wb.selection);
}

/**
 * The cells to draw for shown rows [first, last): a merged area is drawn once, at its first row
 * and column inside the window (so it stays visible when its own first row is scrolled away), its
 * spans cut at the window's edge.
 */
export function windowRows(model: SheetModel, first: number, last: number): DrawnRow[] {
  const from = Math.max(0, first);
  const to = Math.min(model.rows.length, last);
  const inWindow = model.rows.slice(from, to);
  const count = (list: readonly number[], lo: number, hi: number): number => list.filter((x) => x >= lo && x <= hi).length;
  const out: DrawnRow[] = [];
  inWindow.forEach((row, k) => {
    const cells: DrawnCell[] = [];
    for (const col of model.cols) {
      const merge = model.mergeOf(row, col);
      if (!merge) {
        cells.push({ ...model.cell(row, col), rowSpan: 1, colSpan: 1 });
        continue;
      }
      const firstRow = inWindow.find((r) => r >= merge.top && r <= merge.bottom);
      const firstCol = model.cols.find((c) => c >= merge.left && c <= merge.right);
      if (row !== firstRow || col !== firstCol) continue;
      cells.push({ ...model.cell(row, col), rowSpan: count(inWindow, row, merge.bottom), colSpan: count(model.cols, merge.left, merge.right) });
    }
    out.push({ row, index: from + k, cells });
  });
  return out;
}
