/** Expanded-layout extras: a 计量单位 column joined into its value, a blank 二级 flagged (second-level-missing) as a blank 一级 is (level-missing). */
import type { CellValue, SheetGrid } from "../../../src/domain/grid";
import { projectsOf } from "../../../src/domain/model";
import { runRule } from "../../support/run-rule";
import { GOAL, TITLE, readOne } from "./helpers";

const HEADER = ["项目名称", "总计", "财政拨款", "绩效目标", "一级指标", "二级指标", "三级指标", "计量单位", "年度指标值"];
/** One project of 20 万元 over four indicator rows (project cells merged down). */
function sheet(rows: CellValue[][]): SheetGrid {
  const first = 3;
  return {
    name: "Sheet1",
    rows: [[TITLE], ["单位：万元"], HEADER, ...rows],
    merges: [0, 1, 2, 3].map((c) => ({ top: first, left: c, bottom: first + rows.length - 1, right: c })),
  };
}
const row = (l1: string | null, l2: string | null, name: string, unit: string | null, value: string, head = false): CellValue[] =>
  head ? ["培训经费", 20, 20, GOAL, l1, l2, name, unit, value] : [null, null, null, null, l1, l2, name, unit, value];

describe("expanded layout extras", () => {
  const table = readOne(
    sheet([
      row("产出指标", "数量指标", "培训人数", "人", "≥50", true),
      row("效益指标", null, "政策知晓率", "%", "≥90"),
      row("成本指标", "经济成本指标", "项目总成本", "万元", "≤24"),
      row("满意度指标", "服务对象满意度指标", "服务对象满意度", null, "≥90%"),
    ]),
  );
  const inds = projectsOf(table)[0].indicators;

  it("reads the value with its 计量单位: ≤24 + 万元 is money, ≥90 + % a rate; the text stays the cell's", () => {
    expect(inds.map((i) => (i.annualValue?.parsed.kind === "quantity" ? [i.annualValue.text, i.annualValue.parsed.number, i.annualValue.parsed.unit] : null))).toEqual([
      ["≥50", 50, "人"],
      ["≥90", 90, "%"],
      ["≤24", 24, "万元"],
      ["≥90%", 90, "%"],
    ]);
  });

  it("checks ≤24 + 万元 as money against the project's 20 万元 (cost-exceeds-amount), the whole value cell as its place", () => {
    expect(runRule("cost-exceeds-amount", table).map((f) => [f.cell, f.span, f.actual, f.expected, f.difference])).toEqual([
      ["I6", { cell: "I6", start: 0, end: 3 }, "24.00", "20.00", "4.00"],
    ]);
  });

  it("finds no cost above the total where the unit column's money is within it, or is no money", () => {
    const within = (unit: string, value: string) =>
      readOne(sheet([row("产出指标", "数量指标", "培训人数", "人", "≥50", true), row("成本指标", "经济成本指标", "项目总成本", unit, value)]));
    expect(runRule("cost-exceeds-amount", within("万元", "≤20"))).toEqual([]);
    expect(runRule("cost-exceeds-amount", within("人", "≤240"))).toEqual([]);
    // 240000 元 is 24 万元: the unit column's 元 is converted like a 元 written in the cell
    expect(runRule("cost-exceeds-amount", within("元", "≤240000")).map((f) => f.actual)).toEqual(["24.00"]);
  });

  it("flags the blank 二级 (second-level-missing), and only it; level-missing stays for a blank 一级", () => {
    expect(runRule("second-level-missing", table).map((f) => [f.rule, f.indicator?.name])).toEqual([["second-level-missing", "政策知晓率"]]);
    expect(runRule("level-missing", table)).toEqual([]);
  });
});
