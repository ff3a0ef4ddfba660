/**
 * Amounts as the table shows them: a cell holding 14.0049 formatted 0.00 reads 14.00, and where the
 * hidden decimals make shown and held values disagree the finding says so.
 */
import { checkWorkbook } from "../../../src/domain/check";
import type { CellFormat, CellValue, SheetGrid } from "../../../src/domain/grid";
import { shownDecimals } from "../../../src/domain/money";
import { readWorkbook } from "../../../src/domain/reader";
import { compactSheet, project } from "./helpers";

const TWO_DECIMALS: CellFormat = { numberFormat: "0.00" };
/** Data starts on grid row 3 (title, unit, header above); every amount cell formatted 0.00. */
function formatted(body: CellValue[][]): SheetGrid {
  const sheet = compactSheet(body);
  sheet.formats = sheet.rows.map((row, r) => (r < 3 ? [] : row.map((_, c) => (c >= 1 && c <= 4 ? TWO_DECIMALS : null))));
  return sheet;
}
const agencyRow = (name: string, total: number): CellValue[] => [name, total, total, null, null, null, null];
const mismatches = (sheet: SheetGrid) => checkWorkbook(readWorkbook({ sheets: [sheet] })).findings.filter((f) => f.rule.endsWith("-mismatch"));

describe("displayed amounts", () => {
  it("reconciles what the table shows: 14.0049 shown as 14.00 ties with a subtotal of 34.00", () => {
    const sheet = formatted([agencyRow("合计", 34), agencyRow("广州市工商业联合会", 34), project("工作经费", 14.0049), project("购置经费", 20)]);
    expect(mismatches(sheet)).toEqual([]);
    // the same cells unformatted are 0.0049 apart (the 合计 ties with its agency)
    delete sheet.formats;
    expect(mismatches(sheet).map((f) => [f.rule, f.actual, f.expected])).toEqual([["subtotal-mismatch", "34.00", "34.0049"]]);
  });

  it("says where hidden decimals change the verdict: shown 20.01 against 20.00, held values tie", () => {
    const sheet = formatted([agencyRow("广州市工商业联合会", 20.008), project("工作经费", 10.004), project("购置经费", 10.004)]);
    const [f] = mismatches(sheet);
    expect([f.rule, f.actual, f.expected]).toEqual(["subtotal-mismatch", "20.01", "20.00"]);
    expect(f.message).toContain("B4显示为 20.01，单元格实际值 20.008");
    expect(f.message).toContain("按单元格实际值计算两者相符");
  });

  it.each([
    ["0.00", 2],
    ["#,##0.00_ ", 2],
    ["0.00;[Red]-0.00", 2],
    ['"¥"#,##0.0', 1],
    ["0", 0],
    ["General", null],
    ["0.0%", null],
    ["yyyy-mm-dd", null],
    ["@", null],
  ])("format %p shows %p decimals", (format, decimals) => {
    expect(shownDecimals(format)).toBe(decimals);
  });
});
