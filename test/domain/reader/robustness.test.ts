/** Whatever a workbook holds, the reader returns a model: odd input becomes a ReadProblem, never a throw. */
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/domain/grid";
import { projectsOf } from "../../../src/domain/model";
import { readWorkbook } from "../../../src/domain/reader";
import { GOAL, IND1, compactSheet, project, readOne } from "./helpers";

describe("odd input", () => {
  it("reads a 30,000-character indicator cell and goal", () => {
    let ind = "";
    for (let k = 1; ind.length < 30000; k++) ind += `${k}、1-产出指标；11-数量指标；会议人数第${k}项；实施周期指标值:大于等于700人；年度指标值:大于等于700人。`;
    ind = ind.slice(0, 30000);
    const t = readOne(compactSheet([project("广州市工商业联合会换届经费", 53.75, "按".repeat(30000), ind)]));
    const p = projectsOf(t)[0];
    expect(p.indicatorText).toHaveLength(30000);
    expect(p.indicators.length).toBeGreaterThan(400);
    expect(p.goal?.text).toHaveLength(30000);
  });

  it("finds no table in a sheet full of #REF!, and names the sheet", () => {
    const rows: CellValue[][] = Array.from({ length: 40 }, () => Array.from({ length: 7 }, () => "#REF!"));
    const model = readWorkbook({ sheets: [{ name: "引用错误", rows }] });
    expect(model.tables).toEqual([]);
    expect(model.problems.map((p) => p.code)).toEqual(["no-table"]);
    expect(model.problems[0].message).toContain("“引用错误”");
  });

  it("reports #REF! in a goal or indicator cell with its sheet and cell", () => {
    const t = readWorkbook({ sheets: [compactSheet([project("政府雇员公用经费", 0.9, "#REF!", "#REF!")], undefined, "白云区")] });
    expect(t.tables).toHaveLength(1);
    expect(t.problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([
      ["unreadable", "白云区", "F4"],
      ["unreadable", "白云区", "G4"],
    ]);
    expect(t.problems[0].message).toContain("#REF!");
    expect(t.problems[0].message).toContain("F4");
  });

  it("copes with ragged rows, holes, booleans and numbers where text belongs", () => {
    const rows = [
      ["项目名称", "总计", "绩效目标", "绩效指标"],
      ["工作经费"],
      [],
      [12345, 1, true, IND1],
    ] as CellValue[][];
    // a hole where a row should be, as a sparse array from a careless host
    rows[6] = ["购置经费", 2, GOAL, IND1];
    const t = readOne({ name: "S", rows });
    // a name alone is a project lacking its goal (nothing confirms an agency), a number is a name
    expect(projectsOf(t).map((p) => p.name)).toEqual(["工作经费", "12345", "购置经费"]);
    expect(projectsOf(t)[1].goal?.text).toBe("TRUE");
  });

  it("returns a no-table problem for a workbook without sheets or with malformed sheets", () => {
    expect(readWorkbook({ sheets: [] }).problems[0].message).toBe("未找到绩效目标表：工作簿中没有工作表。");
    const bad = { sheets: [{ name: "坏", rows: null }, { name: "空", rows: [] }] } as unknown as WorkbookGrid;
    const model = readWorkbook(bad);
    expect(model.tables).toEqual([]);
    expect(model.problems.map((p) => p.code)).toEqual(["no-table"]);
  });

  it("reads values of unexpected types as text instead of failing", () => {
    const sheet = compactSheet([project("工作经费", 12)]);
    (sheet.rows[3] as unknown[])[5] = { richText: [{ text: "对象" }] };
    const t = readOne(sheet as SheetGrid);
    expect(projectsOf(t)[0].goal?.text).toBe("[object Object]");
  });
});

describe("a grammar failure", () => {
  afterEach(() => jest.restoreAllMocks());

  it("becomes a problem naming the cell, and the rest of the table is still read", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const grammar = require("../../../src/domain/indicator/parse");
    const real = grammar.parseIndicatorCell;
    jest.spyOn(grammar, "parseIndicatorCell").mockImplementation((...args: unknown[]) => {
      if (args[1] === "G4") throw new Error("栈溢出");
      return real(...args);
    });
    const model = readWorkbook({ sheets: [compactSheet([project("工作经费", 12), project("购置经费", 36.04, GOAL, IND1)], undefined, "表")] });
    expect(model.problems).toEqual([
      { code: "unreadable", sheet: "表", cell: "G4", message: "工作表“表”单元格 G4 的绩效指标无法解析：栈溢出" },
    ]);
    expect(projectsOf(model.tables[0]).map((p) => p.indicators.length)).toEqual([0, 1]);
  });
});
