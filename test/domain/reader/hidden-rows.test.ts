/** Hidden rows are left out of the table, with one note naming them and what the 合计 counts. */
import type { CellValue } from "../../../src/domain/grid";
import { projectsOf } from "../../../src/domain/model";
import { compactSheet, project, readOne } from "./helpers";

const totalRow = (total: number): CellValue[] => ["合计", total, total, null, null, null, null];

/** 合计 on sheet row 4, projects on rows 5–7; row 6 (0-based 5) hidden. */
function withHiddenRow(total: number) {
  const sheet = compactSheet([totalRow(total), project("工作经费", 10), project("旧项目经费", 30), project("购置经费", 5)]);
  sheet.hiddenRows = [5];
  return readOne(sheet);
}

describe("hidden rows", () => {
  it("leaves a hidden row out and says the 合计 does not count it", () => {
    const t = withHiddenRow(15);
    expect(projectsOf(t).map((p) => p.name)).toEqual(["工作经费", "购置经费"]);
    expect(t.notes).toEqual(["第 6 行已隐藏，不属于公布的表格，未作检查；合计（B4）不含这些行的金额。"]);
  });

  it("says so when the 合计 counts the hidden row's money", () => {
    expect(withHiddenRow(45).notes).toEqual(["第 6 行已隐藏，不属于公布的表格，未作检查；合计（B4）包含这些行的金额，与公布的明细不符。"]);
  });

  it("notes nothing where no row is hidden", () => {
    const t = readOne(compactSheet([totalRow(15), project("工作经费", 10), project("购置经费", 5)]));
    expect(t.notes).toBeUndefined();
  });
});
