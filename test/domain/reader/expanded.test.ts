/**
 * The expanded layout (one row per indicator): seed 002 rebuilt the way such tables are published
 * (scripts/fixtures/expanded.js, the same code that writes seed-002-expanded.xlsx), compared with
 * the compact seed it came from, plus the continuation styles real exports use.
 */
import type { SheetGrid } from "../../../src/domain/grid";
import { agenciesOf, projectsOf } from "../../../src/domain/model";
import { GOAL, TITLE, readOne } from "./helpers";
import { loadSampleGrid, loadSampleModel } from "../../support/fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { expandedGrid } = require("../../../scripts/fixtures/expanded") as { expandedGrid: (g: SheetGrid) => SheetGrid };

const stripStop = (s: string | null | undefined) => (s ?? "").replace(/[。；;]$/, "");

describe("seed 002 in the expanded layout", () => {
  const t = readOne(expandedGrid(loadSampleGrid("002")));
  const compact = loadSampleModel("002").tables[0];

  it("has the same 2 agencies, 17 projects and 54 indicators", () => {
    expect(t.layout).toBe("expanded");
    expect(agenciesOf(t).map((r) => r.name)).toEqual(["广州市工商业联合会", "广州市民营企业投诉中心"]);
    expect(projectsOf(t)).toHaveLength(17);
    expect(projectsOf(t).reduce((n, p) => n + p.indicators.length, 0)).toBe(54);
    expect(t.missingColumns).toEqual([]);
  });

  it("gives every project the same agency, amounts, goal and indicators as the compact table", () => {
    const a = projectsOf(t);
    const b = projectsOf(compact);
    a.forEach((p, k) => {
      expect([p.name, p.agency, p.goal?.text]).toEqual([b[k].name, b[k].agency, b[k].goal?.text]);
      expect(p.amounts?.total).toEqual(b[k].amounts?.total);
      expect(p.indicators.map((i) => [i.level1?.code, i.level2?.name, i.name?.text ?? null, stripStop(i.annualValue?.text)])).toEqual(
        b[k].indicators.map((i) => [i.level1?.code, i.level2?.name, i.name?.text ?? null, stripStop(i.annualValue?.text)]),
      );
    });
  });

  it("numbers indicators by position and spans the rows of the project", () => {
    const p = projectsOf(t).find((r) => r.name === "非公经济专项经费")!;
    expect(p.indicators.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(p.lastRow - p.row).toBe(4);
    expect(p.indicators.map((i) => i.row)).toEqual([p.row, p.row + 1, p.row + 2, p.row + 3, p.row + 4]);
    expect(p.indicators[0].cell).toBe(`I${p.row}`);
    expect(p.indicatorCell).toBeNull();
  });

  it("reads 一级指标 merged over several rows from the merge's top cell", () => {
    const p = projectsOf(t).find((r) => r.name === "非公经济专项经费")!;
    expect(p.indicators.map((i) => i.level1?.name)).toEqual(["产出指标", "产出指标", "产出指标", "效益指标", "效益指标"]);
    expect(p.indicators[2].level1?.span.cell).toBe(`G${p.row}`);
    expect(p.indicators[2].level2?.span.cell).toBe(`H${p.row + 2}`);
  });

  it("reads the value cells with their spans, and the 指标性质 and 计量单位 columns", () => {
    const p = projectsOf(t).find((r) => r.name === "业务用房服务管理费")!;
    const area = p.indicators[2];
    expect(area.annualValue?.text).toBe("846.13平方米");
    expect(area.annualValue?.span).toEqual({ cell: `M${area.row}`, start: 0, end: 9 });
    expect(area.annualValue?.parsed).toMatchObject({ kind: "quantity", number: 846.13 });
    expect(area.nature).toBe("＝");
    expect(area.measureUnit).toBe("平方米");
    const tz = projectsOf(t).find((r) => r.name === "TZMMZXJF")!;
    expect(tz.indicators).toHaveLength(1);
    expect(tz.indicators[0].name).toBeNull();
  });
});

describe("continuation rows", () => {
  const header = ["项目名称", "绩效目标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"];

  it("groups rows whose project cells are left blank, without merges", () => {
    const t = readOne({
      name: "S",
      rows: [
        [TITLE],
        header,
        ["工作经费", GOAL, "产出指标", "数量指标", "因公出国（境）次数", "大于等于1批次", "大于等于1批次"],
        [null, null, "效益指标", "社会效益", "搭建对外交流平台", "大于等于1个", "大于等于1个"],
        ["购置经费", GOAL, "产出指标", "数量指标", "购置办公设备及家具", "按需更换购置一批", ""],
      ],
    });
    expect(projectsOf(t).map((p) => [p.name, p.indicators.length])).toEqual([
      ["工作经费", 2],
      ["购置经费", 1],
    ]);
    expect(projectsOf(t)[1].indicators[0].annualValue).toEqual({ text: "", span: { cell: "G5", start: 0, end: 0 }, parsed: { kind: "empty" } });
    // this layout has no amounts and no 一级 merges; a blank 一级 is not invented
    expect(t.moneyUnit).toBeNull();
  });

  it("groups rows that repeat the project name and goal on every row", () => {
    const t = readOne({
      name: "S",
      rows: [
        header,
        ["工作经费", GOAL, "产出指标", "数量指标", "因公出国（境）次数", "≥1批次", "≥1批次"],
        ["工作经费", GOAL, "", "社会效益", "搭建对外交流平台", "≥1个", "≥1个"],
      ],
    });
    expect(projectsOf(t)).toHaveLength(1);
    expect(projectsOf(t)[0].indicators.map((i) => i.level1?.name ?? null)).toEqual(["产出指标", null]);
    expect(t.missingColumns).toEqual([]);
  });
});
