/**
 * The grid the reader gets from what an Office.js read returned, built to match the CLI's grid of
 * the same workbook (test/host/grid-paths.test.ts compares them cell by cell): Office's "" for an
 * empty cell becomes null, a date serial under a date format becomes its ISO date, indent and bold
 * appear only where set, a number format only where it is not General or text, and a blank sheet
 * (Office reports A1 with "") has no rows, as the in-memory host reports it.
 */
import type { CellFormat, CellValue, MergedArea, SheetGrid } from "../domain/grid";
import { compactFormat } from "./memory-workbook";
import { isDateFormat, isPlainFormat, serialToIso } from "./office-number-formats";

export type Props = Excel.CellProperties[][];

/** Grid columns from..to (inclusive). */
export interface ColumnSpan {
  from: number;
  to: number;
}

/** One read of a block of rows: parallel matrices, and the merged areas found in it. */
export interface CellBlock {
  values: CellValue[][];
  numberFormats: string[][];
  /** indent/bold of the `styled` columns only (props[r][0] is column styled.from) */
  props: Props | null;
  styled: ColumnSpan | null;
  merges: MergedArea[];
}

export function buildGrid(name: string, originRow: number, originCol: number, block: CellBlock): SheetGrid {
  const rows = block.values.map((row, r) =>
    row.map((v, c) => {
      if (v === "") return null;
      return typeof v === "number" && isDateFormat(block.numberFormats[r]?.[c]) ? serialToIso(v) : v;
    }),
  );
  if (rows.every((row) => row.every((v) => v === null))) return { name, rows: [] };
  const grid: SheetGrid = { name, rows, originRow, originCol };
  let any = false;
  const formats: (CellFormat | null)[][] = rows.map((row, r) =>
    row.map((_, c) => {
      const p = block.styled && c >= block.styled.from && c <= block.styled.to ? block.props?.[r]?.[c - block.styled.from] : undefined;
      const f = withNumberFormat(compactFormat(p?.format?.indentLevel, p?.format?.font?.bold), block.numberFormats[r]?.[c]);
      if (f) any = true;
      return f;
    }),
  );
  if (any) grid.formats = formats;
  if (block.merges.length) grid.merges = block.merges;
  return grid;
}

function withNumberFormat(f: CellFormat | null, numberFormat: string | undefined): CellFormat | null {
  if (isPlainFormat(numberFormat)) return f;
  return { ...f, numberFormat };
}
