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
  /** absent = visible; "veryHidden" sheets (jixiao's 已说明 storage) can only be shown by code */
  visibility?: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}
