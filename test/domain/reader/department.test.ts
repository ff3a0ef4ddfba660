/**
 * A 300-project department workbook kept by hand (scripts/fixtures/department.js): 12 units each
 * named above its projects with a 小计 below, 合计 last, both dialects, five numbering habits,
 * multi-year projects, five planted defects. Every planted defect is found, and nothing else is an
 * error: the reading is exact where a wrong one would raise hundreds of findings.
 */
import { checkWorkbook } from "../../../src/domain/check";
import { loadFixtureModel } from "../../support/fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { departmentGrid, UNITS } = require("../../../scripts/fixtures/department") as {
  departmentGrid: () => { planted: { rule: string; cell: string }[] };
  UNITS: string[];
};

describe("a 300-project department workbook kept by hand", () => {
  const planted = departmentGrid().planted;
  const result = loadFixtureModel("department-300").then(checkWorkbook);

  it("reads 300 projects of 5 indicators under its 12 units", async () => {
    const { tables } = await result;
    expect(tables.map((t) => [t.layout, t.projects, t.agencies, t.indicators])).toEqual([["compact", 300, 12, 1500]]);
  });

  it("finds every planted defect at its cell", async () => {
    const { findings } = await result;
    expect(planted).toHaveLength(5);
    for (const p of planted) expect(findings.filter((f) => f.rule === p.rule).map((f) => f.cell)).toContain(p.cell);
  });

  it("raises nothing that was not planted, and nothing on a 小计, 合计 or unit-name row as a project", async () => {
    const { findings } = await result;
    const plantedAt = new Set(planted.map((p) => `${p.rule} ${p.cell}`));
    expect(findings.filter((f) => !plantedAt.has(`${f.rule} ${f.cell}`))).toEqual([]);
    const phantom = new Set(["", "小计", "合计", ...UNITS]);
    expect(findings.filter((f) => f.project !== null && phantom.has(f.project))).toEqual([]);
  });
});
