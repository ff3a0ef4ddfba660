import { PlanError, planExpandedInsert, planInsert, previewText, type ExpandedPlan } from "../../../src/domain/picker";
import type { IndicatorSpec } from "../../../src/domain/indicator/format";
import { resolveLevel1 } from "../../../src/domain/indicator/taxonomy";
import type { CellValue, SheetGrid } from "../../../src/domain/grid";
import { projectsOf, type Indicator, type TableModel, type TableRow } from "../../../src/domain/model";
import { readWorkbook } from "../../../src/domain/reader";
import { loadFixtureGrid, loadSampleGrid } from "../../support/fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { expandedGrid } = require("../../../scripts/fixtures/expanded") as { expandedGrid: (g: SheetGrid) => SheetGrid };

const GRID = expandedGrid(loadSampleGrid("002"));
const readGrid = (g: SheetGrid): TableModel => readWorkbook({ sheets: [g] }).tables[0];
const TABLE = readGrid(GRID);
const projectNamed = (t: TableModel, name: string) => projectsOf(t).find((r) => r.name === name)!;

const spec = (level1: [string, string], level2: [string, string], name: string, value: string): IndicatorSpec => ({
  level1: { code: level1[0], name: level1[1] }, level2: { code: level2[0], name: level2[1] }, name, periodValue: value, annualValue: value,
});
const AWARENESS = spec(["2", "效益指标"], ["22", "社会效益"], "政策知晓率", "≥90%");
const SATISFACTION = spec(["3", "满意度指标"], ["31", "服务对象满意度"], "参训人员满意度", "≥90%");
const COST = spec(["4", "成本指标"], ["41", "经济成本指标"], "项目总成本", "≤12万元");

/** Does what the host will do: insert the row (Excel grows areas the row lands inside), write, merge. */
function applyPlan(grid: SheetGrid, plan: ExpandedPlan): SheetGrid {
  const width = Math.max(...grid.rows.map((r) => r.length));
  const rows: CellValue[][] = grid.rows.map((r) => [...r]);
  let merges = (grid.merges ?? []).map((m) => ({ ...m }));
  if (plan.insertRow) {
    const at = plan.insertAfterRow; // 0-based index of the new row
    rows.splice(at, 0, Array(width).fill(null));
    merges = merges.map((m) => (m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m.bottom >= at ? { ...m, bottom: m.bottom + 1 } : m));
  }
  for (const ext of plan.mergeExtensions) {
    merges = merges.filter((m) => !(m.top === ext.from.top && m.left === ext.from.left && m.bottom === ext.from.bottom && m.right === ext.from.right));
    merges.push(ext.to);
  }
  for (const v of plan.values) rows[plan.row - 1][v.col] = v.value;
  return { ...grid, rows, merges };
}

const reading = (i: Indicator) => [resolveLevel1(i.level1 ?? "")?.code ?? null, i.level2?.code ?? null, i.name?.text ?? null, i.periodValue?.text ?? null, i.annualValue?.text ?? null];
const projectReading = (r: TableRow) => ({ name: r.name, agency: r.agency, goal: r.goal?.text, total: r.amounts?.total, indicators: r.indicators.map(reading) });

/** Writes the plan into the grid, reads the sheet again and checks every project. */
function expectWritten(project: string, s: IndicatorSpec, plan: ExpandedPlan) {
  const after = readGrid(applyPlan(GRID, plan));
  const before = projectsOf(TABLE);
  expect(projectsOf(after)).toHaveLength(before.length);
  projectsOf(after).forEach((p, k) => {
    const was = projectReading(before[k]);
    if (p.name !== project) return expect(projectReading(p)).toEqual(was);
    expect(projectReading(p)).toEqual({ ...was, indicators: [...was.indicators, [s.level1.code, s.level2!.code, s.name, s.periodValue, s.annualValue]] });
    expect(p.lastRow).toBe(before[k].lastRow + 1);
  });
  return after;
}

describe("planExpandedInsert on seed 002 in the expanded layout", () => {
  it("adds a row under the project's last indicator row, extends the project's merged cells and the 一级 run", () => {
    const p = projectNamed(TABLE, "非公经济专项经费"); // 产出 ×3 then 效益 ×2
    const plan = planExpandedInsert(TABLE, p, AWARENESS, { merges: GRID.merges });
    expect([plan.insertRow, plan.insertAfterRow, plan.row]).toEqual([true, p.row + 4, p.row + 5]);
    expect(plan.values.map((v) => [v.cell, v.value])).toEqual([
      [`G${p.row + 5}`, null], // the 一级 效益指标 merged over rows 4–5 goes on
      [`H${p.row + 5}`, "22-社会效益"],
      [`I${p.row + 5}`, "政策知晓率"],
      [`J${p.row + 5}`, "≥"],
      [`K${p.row + 5}`, "%"],
      [`L${p.row + 5}`, "≥90%"],
      [`M${p.row + 5}`, "≥90%"],
    ]);
    expect(plan.mergeExtensions.map((m) => `${m.fromA1}→${m.toA1}`)).toEqual([
      `G${p.row + 3}:G${p.row + 4}→G${p.row + 3}:G${p.row + 5}`,
      ...["A", "B", "C", "D", "E", "F"].map((c) => `${c}${p.row}:${c}${p.row + 4}→${c}${p.row}:${c}${p.row + 5}`),
    ]);
    const after = expectWritten(p.name, AWARENESS, plan);
    expect(projectNamed(after, p.name).indicators[5].level1?.span.cell).toBe(`G${p.row + 3}`);
  });

  it("writes the 一级 when the new indicator starts a new run, in the table's code style", () => {
    const p = projectNamed(TABLE, "非公经济专项经费");
    const plan = planExpandedInsert(TABLE, p, SATISFACTION, { merges: GRID.merges });
    expect(plan.values.find((v) => v.column === "level1")?.value).toBe("3-满意度指标");
    expect(plan.mergeExtensions.map((m) => m.fromA1[0])).toEqual(["A", "B", "C", "D", "E", "F"]);
    expectWritten(p.name, SATISFACTION, plan);
  });

  it("writes 指标性质 and 计量单位 as the table does (＝ for an exact number, 定性 for text)", () => {
    const p = projectNamed(TABLE, "工作经费");
    const exact = planExpandedInsert(TABLE, p, spec(["1", "产出指标"], ["11", "数量指标"], "服务面积", "846.13平方米"), { merges: GRID.merges });
    expect(exact.values.filter((v) => v.column === "nature" || v.column === "measureUnit").map((v) => v.value)).toEqual(["＝", "平方米"]);
    const text = planExpandedInsert(TABLE, p, spec(["2", "效益指标"], ["22", "社会效益"], "合法合规性", "年度法律纠纷为零"), { merges: GRID.merges });
    expect(text.values.filter((v) => v.column === "nature" || v.column === "measureUnit").map((v) => v.value)).toEqual(["定性", null]);
    // the last 一级 (4-成本指标) stands alone on its row, so the new 成本 row writes its own
    const cost = planExpandedInsert(TABLE, p, COST, { merges: GRID.merges });
    expect(cost.values.slice(0, 2).map((v) => v.value)).toEqual(["4-成本指标", "41-经济成本指标"]);
    expectWritten(p.name, COST, cost);
  });

  it("plans the same from the .xlsx fixture's own merged areas", async () => {
    const grid = (await loadFixtureGrid("seed-002-expanded")).sheets[0];
    const table = readGrid(grid);
    const p = projectNamed(table, "非公经济专项经费");
    const plan = planExpandedInsert(table, p, AWARENESS, { merges: grid.merges });
    const fromJson = planExpandedInsert(TABLE, projectNamed(TABLE, p.name), AWARENESS, { merges: GRID.merges });
    expect({ ...plan, sheet: "" }).toEqual({ ...fromJson, sheet: "" });
  });

  it("is what planInsert chooses for an expanded table", () => {
    const p = projectNamed(TABLE, "工作经费");
    expect(planInsert(TABLE, p, COST, { merges: GRID.merges })).toEqual(planExpandedInsert(TABLE, p, COST, { merges: GRID.merges }));
  });

  it("plans no merge without the sheet's merged areas, and says so", () => {
    const plan = planExpandedInsert(TABLE, projectNamed(TABLE, "非公经济专项经费"), AWARENESS);
    expect([plan.mergesKnown, plan.mergeExtensions]).toEqual([false, []]);
    expect(plan.values[0].value).toBe("2-效益指标");
  });

  it("previews the row, the cells and the merges", () => {
    const p = projectNamed(TABLE, "非公经济专项经费");
    const text = previewText(planExpandedInsert(TABLE, p, AWARENESS, { merges: GRID.merges }));
    expect(text.split("\n").slice(0, 4)).toEqual([
      `在第${p.row + 4}行下插入第${p.row + 5}行`,
      `G${p.row + 5} 一级指标：（合并单元格，同上）`,
      `H${p.row + 5} 二级指标：22-社会效益`,
      `I${p.row + 5} 三级指标：政策知晓率`,
    ]);
    expect(text).toContain(`合并区域 A${p.row}:A${p.row + 4} 扩展为 A${p.row}:A${p.row + 5}`);
  });
});

describe("planExpandedInsert on hand-built tables", () => {
  /** 项目名称 | 一级指标 | 二级指标 | 三级指标 | 计量单位 | 年度指标值, bare numbers beside the unit. */
  function table(rows: TableRow[], withUnit = true): TableModel {
    return {
      sheet: "展开表", layout: "expanded", moneyUnit: "万元", title: null, department: null, budgetYear: 2025, headerRow: 1,
      headerCells: {}, columns: withUnit ? { name: 0, level1: 1, level2: 2, level3: 3, measureUnit: 4, annualValue: 5 } : { name: 0, level1: 1, level2: 2, level3: 3, annualValue: 5 },
      missingColumns: [], rows,
    };
  }
  const ind = (row: number, l1: string, l2: string, name: string, value: string, unit: string | null): Indicator => {
    const [t] = readWorkbook({ sheets: [{ name: "x", rows: [["项目名称", "一级指标", "二级指标", "三级指标", "计量单位", "年度指标值"], ["甲", l1, l2, name, unit, value]] }] }).tables[0].rows[0].indicators;
    return { ...t, row };
  };
  const project = (name: string, row: number, lastRow: number, indicators: Indicator[]): TableRow => ({
    kind: "project", name, nameCell: `A${row}`, row, lastRow, agency: null, department: null, amounts: null, amountCells: {},
    goal: null, goalCell: null, indicators, indicatorCell: null, indicatorText: null,
  });

  it("writes bare numbers when the table keeps the unit in its own column, names without codes", () => {
    const p = project("培训项目", 2, 3, [ind(2, "产出指标", "数量指标", "培训人次", "200", "人次"), ind(3, "满意度指标", "满意度指标", "学员满意度", "90", "%")]);
    const plan = planExpandedInsert(table([p]), p, AWARENESS);
    expect(plan.values.map((v) => [v.cell, v.value])).toEqual([["B4", "效益指标"], ["C4", "社会效益"], ["D4", "政策知晓率"], ["E4", "%"], ["F4", "≥90"]]);
  });

  it("writes 指标方向性 from the comparator, in the table's wording", () => {
    const p = project("培训项目", 2, 2, [{ ...ind(2, "产出指标", "数量指标", "培训人次", "200", "人次"), direction: "正向指标" }]);
    const t = { ...table([p]), columns: { ...table([p]).columns, direction: 6 } };
    expect(planExpandedInsert(t, p, COST).values.find((v) => v.column === "direction")).toEqual({ column: "direction", header: "指标方向性", col: 6, cell: "G3", value: "反向指标" });
    expect(planExpandedInsert(t, p, AWARENESS).values.find((v) => v.column === "direction")?.value).toBe("正向指标");
    expect(planExpandedInsert(t, p, spec(["2", "效益指标"], ["22", "社会效益"], "合法合规性", "达到预期目标")).values.find((v) => v.column === "direction")?.value).toBeNull();
  });

  it("fills the project's own row when it has no indicator yet, and needs the indicator columns", () => {
    const p = project("新项目", 5, 5, []);
    const plan = planExpandedInsert(table([p], false), p, COST);
    expect([plan.insertRow, plan.row, plan.values.map((v) => v.column)]).toEqual([false, 5, ["level1", "level2", "level3", "annualValue"]]);
    expect(plan.values.map((v) => v.value)).toEqual(["4-成本指标", "41-经济成本指标", "项目总成本", "≤12万元"]);
    const noLevel3 = { ...table([p]), columns: { name: 0, level1: 1, annualValue: 5 } };
    expect(() => planExpandedInsert(noLevel3, p, COST)).toThrow(PlanError);
    expect(() => planExpandedInsert(noLevel3, p, COST)).toThrow("工作表“展开表”缺少“三级指标”或“年度指标值”列");
    expect(() => planExpandedInsert(table([p]), { ...p, kind: "total", name: "合计" }, COST)).toThrow("第5行“合计”不是项目行");
  });
});
