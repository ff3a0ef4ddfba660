/**
 * Formulas without cached results (a file written by a tool, never saved by Excel): plain sums are
 * worked out; anything else is one note per sheet and no money verdict built on a zero.
 */
import { checkWorkbook } from "../../../src/domain/check";
import type { CellValue, FormulaCell, SheetGrid } from "../../../src/domain/grid";
import { readWorkbook } from "../../../src/domain/reader";
import { compactSheet, project } from "./helpers";

/** 合计 on sheet row 4, the agency on row 5, two projects (10 and 20) on rows 6 and 7. */
function withFormulas(total: string, subtotal: string): SheetGrid {
  const sum = (name: string): CellValue[] => [name, null, null, null, null, null, null];
  const sheet = compactSheet([sum("合计"), sum("广州市工商业联合会"), project("工作经费", 10), project("购置经费", 20)]);
  const uncached = (row: number, col: number, formula: string): FormulaCell => ({ row, col, formula, cached: false });
  sheet.formulas = [uncached(3, 1, total), uncached(3, 2, total.replace(/B/g, "C")), uncached(4, 1, subtotal), uncached(4, 2, subtotal.replace(/B/g, "C"))];
  return sheet;
}

const check = (sheet: SheetGrid) => {
  const model = readWorkbook({ sheets: [sheet] });
  return { problems: model.problems, findings: checkWorkbook(model).findings };
};

describe("formulas without cached results", () => {
  it("works out plain sums, so the table reconciles as Excel would show it", () => {
    const { problems, findings } = check(withFormulas("B5", "SUM(B6:B7)"));
    expect(problems).toEqual([]);
    expect(findings.filter((f) => f.rule.endsWith("-mismatch"))).toEqual([]);
  });

  it("finds a subtotal whose SUM range leaves out one of its projects", () => {
    const { findings } = check(withFormulas("B5", "SUM(B6:B6)"));
    expect(findings.filter((f) => f.rule === "subtotal-mismatch").map((f) => [f.cell, f.actual, f.expected])).toEqual([["B5", "10.00", "30.00"]]);
  });

  it("notes once per sheet what it cannot work out, and builds no money verdict on it", () => {
    const { problems, findings } = check(withFormulas("VLOOKUP(A5,Sheet2!A:B,2,0)", "B6+B7"));
    expect(problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([["uncalculated-formulas", "Sheet1", "B4"]]);
    expect(problems[0].message).toContain("公式没有计算结果，请在 Excel 中打开并保存后再检查");
    expect(problems[0].message).toContain("B4（=VLOOKUP(A5,Sheet2!A:B,2,0)）");
    expect(findings.filter((f) => f.rule.endsWith("-mismatch"))).toEqual([]);
  });
});
