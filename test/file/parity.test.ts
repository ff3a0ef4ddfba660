/**
 * The file layer against the ExcelJS path it replaced (kept in test/support as the reference): for
 * every fixture workbook the two grids hold the same values, indent and bold, merges and sheet
 * visibility. The new layer adds what ExcelJS did not give (number formats, hidden rows and
 * columns, formula cells) and pads less (no trailing empty cells); those are compared where both have them.
 */
import * as fs from "fs";
import * as path from "path";
import type { CellFormat, CellValue, SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { readWorkbookBytes } from "../../src/file";
import { loadWorkbookGridWithExcelJs } from "../support/exceljs-grid";
import { FIXTURES_DIR } from "../support/fixtures";

const readable = fs
  .readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith(".xlsx") && !["corrupt.xlsx", "encrypted.xlsx", "not-a-workbook.xlsx"].includes(f))
  .sort();

/** What both paths give: values and indent/bold with trailing empties dropped, merges as a set. */
export function comparable(grid: WorkbookGrid) {
  return grid.sheets.map((s: SheetGrid) => ({
    name: s.name,
    visibility: s.visibility ?? "visible",
    rows: trimRows(s.rows.map((r) => trim(r.map((v: CellValue) => v ?? null), (v) => v === null))),
    formats: trimRows(
      s.rows.map((r, i) =>
        trim(
          r.map((v, j) => (v === null ? null : readerFormat(s.formats?.[i]?.[j]))),
          (f) => f === null,
        ),
      ),
    ),
    merges: [...(s.merges ?? [])].map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort(),
  }));
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

describe("the file layer reads every fixture as the ExcelJS path did", () => {
  it("has fixtures to compare", () => {
    expect(readable.length).toBeGreaterThanOrEqual(12);
  });

  it.each(readable)("%s", async (name) => {
    const file = path.join(FIXTURES_DIR, name);
    const reference = await loadWorkbookGridWithExcelJs(file);
    const grid = await readWorkbookBytes(fs.readFileSync(file), file);
    expect(comparable(grid)).toEqual(comparable(reference));
  });
});
