/**
 * The review sheet (审核意见表) as the operations a host performs, from the domain's description
 * (ReviewSheetData, src/domain/review/review-sheet.ts). Both hosts render this one plan: OfficeHost
 * as Office.js calls (review-sheet-office.ts), MemoryHost into its workbook (review-sheet-memory.ts),
 * so the demo, the pane's tests and Excel get the same sheet. Pure data; no Office or DOM.
 */
import { columnLetter } from "../domain/address";
import type { ReviewSheetData, ReviewStyle } from "../domain/review";
import type { CellAlignment } from "./memory-workbook";
import { formatRange, parseRange, type CellRect } from "./ranges";

/** What one style entry sets on its range, in Office.js terms. */
export interface RangeFormatPatch {
  bold?: boolean;
  fontSize?: number;
  fontColor?: string;
  underline?: "Single";
  fill?: string;
  alignment?: CellAlignment;
  /** thin borders on every edge of every cell (EdgeTop…EdgeRight, InsideHorizontal, InsideVertical) */
  border?: boolean;
}

export interface RangeFormatOp {
  /** "A4:H4" */
  address: string;
  rect: CellRect;
  patch: RangeFormatPatch;
}

/** A run of consecutive link cells in one column, written as one N×1 `formulas` array. */
export interface FormulaRun {
  address: string;
  rect: CellRect;
  formulas: string[][];
  /** what each formula shows (its value in the in-memory workbook) */
  shown: (string | number)[][];
}

export interface ReviewSheetPlan {
  name: string;
  /** "A1:H23": the whole written rectangle */
  address: string;
  rows: number;
  cols: number;
  /**
   * Every cell's value as one 2-D array ("" for an empty cell and for a link cell, whose formula
   * follows). Texts are already neutralised by the domain, so no value here starts a formula.
   */
  values: (string | number)[][];
  /** "@" (text) for text cells, so Excel keeps "2025-03-01" or "12.50" as typed; "General" otherwise */
  numberFormats: string[][];
  formulas: FormulaRun[];
  merges: { address: string; rect: CellRect }[];
  formats: RangeFormatOp[];
  /** per column, in points (Office.js columnWidth) */
  columnWidths: number[];
  freezeRows: number;
  print: {
    orientation: "Landscape";
    paperSize: "A4";
    /** "$4:$4" */
    titleRows: string;
    printArea: string;
    centerHorizontally: boolean;
    /** percent: the columns fit one A4 landscape page wide (see printScale) */
    scale: number;
  };
}

export const THIN_BORDER = { style: "Continuous", color: "#000000", weight: "Thin" } as const;
export const LINK_COLOR = "#0563C1";

/** Excel's column width in characters (Calibri/等线 11, 7 px per digit) as Office.js points. */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A4 landscape (841.9 pt) less Excel's default 0.7" side margins: the printable width. */
const A4_LANDSCAPE_PRINTABLE_PT = 841.9 - 2 * 50.4;

/**
 * A print scale that fits every column on one page wide. A scale (10–400) is what every Excel
 * accepts; "fit to 1 page wide, any number tall" needs a verticalFitToPages value whose meaning
 * for "automatic" the Office.js docs do not give.
 */
export function printScale(widthsPt: readonly number[]): number {
  const total = widthsPt.reduce((a, b) => a + b, 0);
  if (total <= A4_LANDSCAPE_PRINTABLE_PT) return 100;
  return Math.max(10, Math.floor((A4_LANDSCAPE_PRINTABLE_PT / total) * 100));
}

const HORIZONTAL: Record<NonNullable<ReviewStyle["horizontal"]>, CellAlignment["horizontal"]> = {
  left: "Left",
  center: "Center",
  right: "Right",
};
const VERTICAL: Record<NonNullable<ReviewStyle["vertical"]>, CellAlignment["vertical"]> = { top: "Top", middle: "Center" };

function rectOf(address: string): CellRect {
  const rect = parseRange(address);
  if (!rect) throw new Error(`审核意见表：无法识别的单元格地址“${address}”`);
  return rect;
}

export function planReviewSheet(data: ReviewSheetData): ReviewSheetPlan {
  const cols = data.columns.length;
  const rows = Math.max(1, data.rows.length);
  const values: (string | number)[][] = [];
  const numberFormats: string[][] = [];
  const linkAt = new Set<string>();
  for (let r = 0; r < rows; r++) {
    const row = data.rows[r] ?? [];
    const vals: (string | number)[] = [];
    const fmts: string[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = row[c];
      if (cell?.formula) {
        linkAt.add(`${r},${c}`);
        vals.push("");
        fmts.push("General");
      } else {
        const v = cell?.value ?? "";
        vals.push(v);
        fmts.push(typeof v === "string" && v !== "" ? "@" : "General");
      }
    }
    values.push(vals);
    numberFormats.push(fmts);
  }

  const formulas: FormulaRun[] = [];
  for (let c = 0; c < cols; c++) {
    let run: FormulaRun | null = null;
    for (let r = 0; r < rows; r++) {
      const cell = data.rows[r]?.[c];
      if (!cell?.formula) {
        run = null;
        continue;
      }
      if (!run) {
        run = { address: "", rect: { top: r, left: c, bottom: r, right: c }, formulas: [], shown: [] };
        formulas.push(run);
      }
      run.rect.bottom = r;
      run.formulas.push([cell.formula]);
      run.shown.push([cell.value ?? ""]);
    }
  }
  for (const f of formulas) f.address = formatRange(f.rect);

  const formats: RangeFormatOp[] = [];
  for (const style of data.styles) {
    const rect = rectOf(style.range);
    const patch: RangeFormatPatch = {};
    if (style.bold !== undefined) patch.bold = style.bold;
    if (style.fontSize) patch.fontSize = style.fontSize;
    if (style.color) patch.fontColor = style.color;
    if (style.fill) patch.fill = style.fill;
    const alignment: CellAlignment = {};
    if (style.horizontal) alignment.horizontal = HORIZONTAL[style.horizontal];
    if (style.vertical) alignment.vertical = VERTICAL[style.vertical];
    if (style.wrap !== undefined) alignment.wrap = style.wrap;
    if (Object.keys(alignment).length) patch.alignment = alignment;
    if (style.border) patch.border = true;
    if (Object.keys(patch).length) formats.push({ address: formatRange(rect), rect, patch });
    // A link looks like one only where the cell holds a link (a cell too long for a formula is text).
    if (style.link) formats.push(...linkFormats(rect, linkAt));
  }

  const columnWidths = data.columns.map((c) => widthInPoints(c.width));
  const { first, last } = data.print.repeatRows;
  return {
    name: data.name,
    address: `A1:${columnLetter(cols - 1)}${rows}`,
    rows,
    cols,
    values,
    numberFormats,
    formulas,
    merges: data.merges.map((m) => ({ address: m, rect: rectOf(m) })),
    formats,
    columnWidths,
    freezeRows: data.freezeRows,
    print: {
      orientation: "Landscape",
      paperSize: "A4",
      titleRows: `$${first}:$${last}`,
      printArea: data.print.printArea,
      centerHorizontally: data.print.horizontalCentered,
      scale: printScale(columnWidths),
    },
  };
}

/** The link cells inside `rect`, as column runs, each blue and underlined. */
function linkFormats(rect: CellRect, linkAt: ReadonlySet<string>): RangeFormatOp[] {
  const out: RangeFormatOp[] = [];
  for (let c = rect.left; c <= rect.right; c++) {
    let run: CellRect | null = null;
    for (let r = rect.top; r <= rect.bottom + 1; r++) {
      if (r <= rect.bottom && linkAt.has(`${r},${c}`)) {
        if (run) run.bottom = r;
        else run = { top: r, left: c, bottom: r, right: c };
        continue;
      }
      if (run) out.push({ address: formatRange(run), rect: run, patch: { fontColor: LINK_COLOR, underline: "Single" } });
      run = null;
    }
  }
  return out;
}
