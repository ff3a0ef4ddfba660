/**
 * One worksheet part → SheetGrid, in one pass over its XML tokens. The grid reaches only as far as
 * the cells that hold a value (or a formula): trailing empty rows and columns, cells that are only
 * formatted, a `<dimension>` or a merge reaching XFD1048576 cost nothing. A value beyond the row or
 * column limit is refused before the grid grows to reach it.
 */
import { columnLetter, toA1 } from "../domain/address";
import type { CellFormat, CellValue, FormulaCell, MergedArea, SheetGrid } from "../domain/grid";
import type { FileLimits } from "./limits";
import { ReadError } from "./read-error";
import { shiftFormula } from "./shared-formula";
import { unescapeText } from "./shared-strings";
import { serialToIso } from "./number-formats";
import type { SheetPart } from "./package-parts";
import type { Styles } from "./styles";
import { attr, parsePart, type Attributes } from "./xml";
import type { ZipPackage } from "./zip";

export interface SheetContext {
  zip: ZipPackage;
  file: string;
  limits: FileLimits;
  strings: string[];
  styles: Styles;
  date1904: boolean;
  /** cells with a value read so far in this file (the cell limit is per file) */
  cells: { count: number };
}

/** The cell being read: its parts arrive as separate elements (<f>, <v>, <is><t>). */
interface OpenCell {
  row: number;
  col: number;
  style: number;
  type: string;
  value: string | null;
  inline: string | null;
  formula: string | null;
  shared: { si: string; master: boolean } | null;
}

type Capture = "v" | "f" | "t" | null;

export function readSheet(sheet: SheetPart, ctx: SheetContext): SheetGrid {
  const rows: CellValue[][] = [];
  const formats: (CellFormat | null)[][] = [];
  const formulas: FormulaCell[] = [];
  const mergeRefs: string[] = [];
  const hiddenRows: number[] = [];
  const hiddenColRanges: [number, number][] = [];
  const sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();
  let row = -1;
  let col = -1;
  let cell: OpenCell | null = null;
  let capture: Capture = null;
  let text = "";
  let phonetic = 0;

  const store = (c: OpenCell): void => {
    const value = cellValue(c, ctx, sheet);
    if (value === undefined && c.formula === null) return;
    if (c.row >= ctx.limits.rows || c.col >= ctx.limits.cols) throw beyondLimits(ctx, sheet, c.row, c.col);
    if (++ctx.cells.count > ctx.limits.cells) {
      throw new ReadError(`文件“${ctx.file}”过大，未读取：有内容的单元格超过 ${ctx.limits.cells} 个（读到工作表“${sheet.name}”的 ${toA1(c.row, c.col)}）。`, "too-large", ctx.file);
    }
    while (rows.length <= c.row) rows.push([]);
    const values = rows[c.row];
    while (values.length < c.col) values.push(null);
    values[c.col] = value ?? null;
    const format = ctx.styles.get(c.style).format;
    if (format) {
      while (formats.length <= c.row) formats.push([]);
      const rowFormats = formats[c.row];
      while (rowFormats.length < c.col) rowFormats.push(null);
      rowFormats[c.col] = format;
    }
    if (c.formula !== null) formulas.push({ row: c.row, col: c.col, formula: formulaText(c, sharedFormulas), cached: value !== undefined });
  };

  parsePart(ctx.zip, sheet.part, ctx.file, {
    open(name, a) {
      switch (name) {
        case "row":
          row = rowNumber(a, row);
          col = -1;
          if (isTrue(attr(a, "hidden")) && row < ctx.limits.rows) hiddenRows.push(row);
          return;
        case "c": {
          const at = cellAddress(attr(a, "r"), row, col);
          row = at.row;
          col = at.col;
          cell = { row, col, style: Number(attr(a, "s") ?? 0), type: attr(a, "t") ?? "n", value: null, inline: null, formula: null, shared: null };
          return;
        }
        case "v":
          capture = "v";
          text = "";
          return;
        case "f":
          if (!cell) return;
          capture = "f";
          text = "";
          if (attr(a, "t") === "shared") cell.shared = { si: attr(a, "si") ?? "", master: attr(a, "ref") !== undefined };
          return;
        case "is":
          if (cell) cell.inline = "";
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (cell !== null && cell.inline !== null && phonetic === 0) {
            capture = "t";
            text = "";
          }
          return;
        case "col":
          if (isTrue(attr(a, "hidden"))) hiddenColRanges.push([Number(attr(a, "min")) - 1, Number(attr(a, "max")) - 1]);
          return;
        case "mergeCell":
          mergeRefs.push(attr(a, "ref") ?? "");
          return;
      }
    },
    text(t) {
      if (capture) text += t;
    },
    close(name) {
      if (name === "rPh") phonetic--;
      else if (capture === name && cell) {
        if (capture === "v") cell.value = text;
        else if (capture === "f") cell.formula = text;
        else cell.inline = (cell.inline ?? "") + text;
        capture = null;
      } else if (name === "c" && cell) {
        store(cell);
        cell = null;
        capture = null;
      }
    },
  });

  const lastCol = rows.reduce((n, r) => Math.max(n, r.length), 0) - 1;
  const merges = clipMerges(mergeRefs, rows.length - 1, lastCol);
  clearMergedCells(rows, merges, ctx, sheet);
  const grid: SheetGrid = { name: sheet.name, rows, formats, merges, formulas };
  const hidden = hiddenRows.filter((r) => r < rows.length);
  if (hidden.length > 0) grid.hiddenRows = hidden;
  const hiddenCols = expandColumns(hiddenColRanges, lastCol);
  if (hiddenCols.length > 0) grid.hiddenCols = hiddenCols;
  if (sheet.visibility) grid.visibility = sheet.visibility;
  return grid;
}

/** The cell's value; undefined when it holds none (only formatted, or a formula Excel never calculated). */
function cellValue(c: OpenCell, ctx: SheetContext, sheet: SheetPart): CellValue | undefined {
  if (c.type === "inlineStr") return c.inline === null ? undefined : unescapeText(c.inline);
  if (c.value === null) return undefined;
  switch (c.type) {
    case "s": {
      const s = ctx.strings[Number(c.value)];
      if (s === undefined) throw new ReadError(`文件“${ctx.file}”已损坏：工作表“${sheet.name}”的 ${toA1(c.row, c.col)} 引用了不存在的共享字符串 ${c.value}。`, "corrupt", ctx.file);
      return s;
    }
    case "str":
    case "d":
      return unescapeText(c.value);
    case "b":
      return c.value === "1" || c.value === "true";
    case "e":
      return c.value;
    default: {
      const n = parseFloat(c.value);
      if (Number.isNaN(n)) return c.value;
      return ctx.styles.get(c.style).isDate ? serialToIso(n, ctx.date1904) : n;
    }
  }
}

function formulaText(c: OpenCell, shared: Map<string, { formula: string; row: number; col: number }>): string {
  const own = c.formula ?? "";
  if (!c.shared) return own;
  if (c.shared.master || own !== "") {
    shared.set(c.shared.si, { formula: own, row: c.row, col: c.col });
    return own;
  }
  const master = shared.get(c.shared.si);
  return master ? shiftFormula(master.formula, c.row - master.row, c.col - master.col) : "";
}

function rowNumber(a: Attributes, previous: number): number {
  const r = attr(a, "r");
  const n = r === undefined ? previous + 2 : Number(r);
  return Number.isInteger(n) && n >= 1 ? n - 1 : previous + 1;
}

/** "B12" → its 0-based row and column; a cell without r follows the previous one. */
function cellAddress(ref: string | undefined, row: number, col: number): { row: number; col: number } {
  if (!ref) return { row: Math.max(row, 0), col: col + 1 };
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122 || ref[i] === "$") break;
    c = c * 26 + (code - 96);
  }
  const r = Number(ref.slice(i).replace("$", ""));
  return { row: Number.isInteger(r) && r >= 1 ? r - 1 : Math.max(row, 0), col: c > 0 ? c - 1 : col + 1 };
}

function beyondLimits(ctx: SheetContext, sheet: SheetPart, row: number, col: number): ReadError {
  const at = col < 16384 && row < 1048576 ? `单元格 ${toA1(row, col)}` : `第 ${row + 1} 行`;
  return new ReadError(
    `文件“${ctx.file}”过大，未读取：工作表“${sheet.name}”的${at}有内容，超出 ${ctx.limits.rows} 行 × ${ctx.limits.cols} 列（${columnLetter(ctx.limits.cols - 1)} 列）的上限。`,
    "too-large",
    ctx.file,
  );
}

/** Merged ranges cut to the rows and columns that hold values; a range wholly outside them is dropped. */
function clipMerges(refs: string[], lastRow: number, lastCol: number): MergedArea[] {
  const out: MergedArea[] = [];
  for (const ref of refs) {
    const [a, b] = ref.split(":");
    const tl = cellAddress(a, -1, -1);
    const br = b ? cellAddress(b, -1, -1) : tl;
    if (!a || tl.row > lastRow || tl.col > lastCol) continue;
    out.push({ top: tl.row, left: tl.col, bottom: Math.min(br.row, lastRow), right: Math.min(br.col, lastCol) });
  }
  return out;
}

/**
 * Only the top-left cell of a merged area holds the value (Excel shows no other). The work is
 * bounded by the sheet's extent: merges that overlap (which Excel itself refuses) cannot multiply it.
 */
function clearMergedCells(rows: CellValue[][], merges: MergedArea[], ctx: SheetContext, sheet: SheetPart): void {
  const lastCol = rows.reduce((n, r) => Math.max(n, r.length), 0);
  let budget = rows.length * lastCol + merges.length;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const values = rows[r];
      const end = Math.min(m.right, values.length - 1);
      budget -= 1 + Math.max(0, end - m.left);
      if (budget < 0) throw new ReadError(`文件“${ctx.file}”已损坏：工作表“${sheet.name}”的合并区域互相重叠。`, "corrupt", ctx.file);
      for (let c = m.left; c <= end; c++) if (r !== m.top || c !== m.left) values[c] = null;
    }
  }
}

function expandColumns(ranges: [number, number][], lastCol: number): number[] {
  const hidden = new Set<number>();
  for (const [from, to] of ranges) for (let c = Math.max(from, 0); c <= Math.min(to, lastCol); c++) hidden.add(c);
  return [...hidden].sort((x, y) => x - y);
}

function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}
