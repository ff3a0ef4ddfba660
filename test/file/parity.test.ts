/**
 * The file layer against the ExcelJS path it replaced (kept in test/support as the reference): for
 * every fixture workbook the two grids hold the same values, indent and bold, merges and sheet
 * visibility. The new layer adds what ExcelJS did not give (number formats, hidden rows and
 * columns, formula cells) and pads less (no trailing empty cells); those are compared where both have them.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbookBytes } from "../../src/file";
import { loadWorkbookGridWithExcelJs } from "../support/exceljs-grid";
import { FIXTURES_DIR } from "../support/fixtures";
import { comparable } from "./comparable";

const readable = fs
  .readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith(".xlsx") && !["corrupt.xlsx", "encrypted.xlsx", "not-a-workbook.xlsx"].includes(f))
  .sort();

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
