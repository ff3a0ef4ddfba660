/**
 * The plain grid the reader consumes. Every host (Office JavaScript API, ExcelJS, in-memory) turns a worksheet
 * into this shape; nothing in src/domain knows where it came from. Plain data only, so it can be
 * serialised (the browser e2e loads it as JSON).
 */

/** A cell's value as Office JavaScript API `range.values` gives it. Error values arrive as their text ("#REF!"). */
export type CellValue = string | number | boolean | null;

/** What the reader needs of a cell's formatting to tell a subtotal from a project. */
export interface CellFormat {
  /** Excel's indent level (Format Cells → Alignment → Indent). */
  indent?: number;
  bold?: boolean;
  /**
   * The cell's number format code where it is not General ("0.00", "0.00%", "yyyy-mm-dd"), as Excel
   * stores it. A published table is read as it is shown: 14.0049 formatted "0.00" reads 14.00.
   */
  numberFormat?: string;
}

/**
 * A cell that holds a formula, in sheet coordinates (0-based). The cell's value in `rows` is the
 * result Excel cached when it last calculated; files written by tools and never opened in Excel
 * keep none (`cached: false`, value null), and a money verdict must not be built on that null.
 */
export interface FormulaCell {
  row: number;
  col: number;
  /** the formula text without the leading "=", as stored ("SUM(D5:D9)") */
  formula: string;
  cached: boolean;
}

/** A merged area, 0-based and inclusive, in sheet coordinates (A1 is row 0, column 0). */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /**
   * rows[r][c] is the cell at sheet row `originRow + r`, column `originCol + c` (0-based), so a
   * host can hand over a used range that does not start at A1. Rows may be ragged.
   */
  rows: CellValue[][];
  originRow?: number;
  originCol?: number;
  /** Same shape as rows where known; missing entries mean "no indent, not bold". */
  formats?: (CellFormat | null | undefined)[][];
  /** Only the top-left cell of a merged area holds the value. */
  merges?: MergedArea[];
  /** sheet rows (0-based) hidden by the user or by a filter: not part of the published table */
  hiddenRows?: number[];
  /** sheet columns (0-based) that are hidden */
  hiddenCols?: number[];
  /** every formula cell, where the source knows them (files do; the pane's read may not) */
  formulas?: FormulaCell[];
  /** absent = visible; "veryHidden" sheets (jixiao's 已说明 storage) can only be shown by code */
  visibility?: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}
