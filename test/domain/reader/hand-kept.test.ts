/**
 * Hand-kept summary structure: 小计 below its projects under unit-name rows, 合计 as the last row,
 * and a 资金使用单位 column merged over its projects. Every project gets its agency, no 小计 /
 * 合计 / unit-name row is a project, and the money rules reconcile each 小计 with its own projects
 * and the 合计 with the 小计s.
 */
import { checkWorkbook } from "../../../src/domain/check";
import type { CellValue, SheetGrid } from "../../../src/domain/grid";
import { agenciesOf, projectsOf } from "../../../src/domain/model";
import { readWorkbook } from "../../../src/domain/reader";
import { subtotalName } from "../../../src/domain/reader/subtotals";
import { COMPACT_HEADER, GOAL, IND2, TITLE, compactSheet, project } from "./helpers";

const blankRow = (name: string): CellValue[] => [name, null, null, null, null, null, null];
const sumRow = (name: string, total: number): CellValue[] => [name, total, total, null, null, null, null];

/** Two units, each named on a row of its own above its projects and summed by a 小计 below. */
const SUBTOTALS_BELOW = compactSheet([
  blankRow("广州市工商业联合会"),
  project("法律服务经费", 10),
  project("培训经费", 20.5, GOAL, IND2),
  sumRow("小计", 30.5),
  blankRow("广州市商会服务中心"),
  project("法律服务经费", 5),
  project("宣传经费", 4),
  // off by a cent: 5 + 4 = 9.00
  sumRow("小计", 9.01),
  sumRow("合计", 39.51),
]);

/** The same table with a 资金使用单位 column merged over each unit's projects and 小计. */
function mergedAgencyColumn(): SheetGrid {
  const header = ["资金使用单位", ...COMPACT_HEADER.map((h) => (h.startsWith("项目名称") ? "项目名称" : h))];
  const body: CellValue[][] = [
    ["广州市工商业联合会", ...project("法律服务经费", 10)],
    [null, ...project("培训经费", 20.5, GOAL, IND2)],
    [null, ...project("法律服务经费", 1)],
    [null, ...sumRow("小计", 31.5)],
    ["广州市商会服务中心", ...project("法律服务经费", 5)],
    [null, ...project("宣传经费", 4)],
    [null, ...sumRow("小计", 9)],
    [null, ...sumRow("合计", 40.5)],
  ];
  return {
    name: "Sheet1",
    rows: [[TITLE], ["单位：万元"], header, ...body],
    merges: [
      { top: 3, left: 0, bottom: 6, right: 0 },
      { top: 7, left: 0, bottom: 9, right: 0 },
    ],
  };
}

const phantom = new Set(["", "小计", "合计", "广州市工商业联合会", "广州市商会服务中心"]);

describe("subtotals below their projects", () => {
  const model = readWorkbook({ sheets: [SUBTOTALS_BELOW] });
  const table = model.tables[0];
  const result = checkWorkbook(model);

  it("reads 4 projects under 2 agencies; no 小计, 合计 or unit-name row is a project", () => {
    expect(projectsOf(table).map((p) => [p.name, p.agency])).toEqual([
      ["法律服务经费", "广州市工商业联合会"],
      ["培训经费", "广州市工商业联合会"],
      ["法律服务经费", "广州市商会服务中心"],
      ["宣传经费", "广州市商会服务中心"],
    ]);
    expect(agenciesOf(table).map((a) => [a.name, a.nameCell, a.amountCells.total])).toEqual([
      ["广州市工商业联合会", "A4", "B7"],
      ["广州市商会服务中心", "A8", "B11"],
    ]);
    expect(result.tables[0]).toMatchObject({ projects: 4, agencies: 2, indicators: 5 });
  });

  it("reconciles each 小计 with its own projects and the 合计 with the 小计s", () => {
    const money = result.findings.filter((f) => f.rule.endsWith("-mismatch"));
    expect(money.map((f) => [f.rule, f.cell, f.agency, f.expected, f.actual, f.difference])).toEqual([
      ["subtotal-mismatch", "B11", "广州市商会服务中心", "9.00", "9.01", "0.01"],
    ]);
  });

  it("puts no finding on a phantom project, and a name repeated under two agencies is no duplicate", () => {
    expect(result.findings.filter((f) => f.project !== null && phantom.has(f.project))).toEqual([]);
    expect(result.findings.filter((f) => f.rule === "duplicate-project")).toEqual([]);
  });
});

describe("a 资金使用单位 column merged over its projects", () => {
  const model = readWorkbook({ sheets: [mergedAgencyColumn()] });
  const table = model.tables[0];
  const result = checkWorkbook(model);

  it("gives every project the agency of its merged cell", () => {
    expect(projectsOf(table).map((p) => p.agency)).toEqual([
      "广州市工商业联合会",
      "广州市工商业联合会",
      "广州市工商业联合会",
      "广州市商会服务中心",
      "广州市商会服务中心",
    ]);
    expect(agenciesOf(table).map((a) => a.name)).toEqual(["广州市工商业联合会", "广州市商会服务中心"]);
  });

  it("finds the duplicate within one agency only, and no money error where the 小计s tie", () => {
    const dup = result.findings.filter((f) => f.rule === "duplicate-project");
    expect(dup.map((f) => [f.cell, f.agency, f.project])).toEqual([["B6", "广州市工商业联合会", "法律服务经费"]]);
    expect(result.findings.filter((f) => f.rule.endsWith("-mismatch"))).toEqual([]);
    expect(result.findings.filter((f) => f.project !== null && phantom.has(f.project))).toEqual([]);
  });
});

describe("subtotalName", () => {
  it.each([
    ["小计", ""],
    ["小 计", ""],
    ["单位小计", ""],
    ["市工商联小计", "市工商联"],
    ["小计：市工商联", "市工商联"],
    ["（市工商联）小计", "市工商联"],
    ["培训经费", null],
    ["合计", null],
  ])("%s → %p", (name, expected) => {
    expect(subtotalName(name)).toBe(expected);
  });
});
