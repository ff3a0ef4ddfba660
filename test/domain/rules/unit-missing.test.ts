import { ruleById } from "../../../src/domain/rules";
import { checkTable, checkWorkbook } from "../../../src/domain/check";
import { fromA1 } from "../../../src/domain/address";
import type { SheetGrid } from "../../../src/domain/grid";
import { readWorkbook } from "../../../src/domain/reader";
import { planStandardTable } from "../../../src/domain/template/standard-table";
import { buildTable } from "../../support/build-table";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("unit-missing")!, {
  valid: [
    { title: "a unit", indicators: "1、1-产出指标；11-数量指标；走访企业数；年度指标值:≥40家。" },
    { title: "the unit in brackets after the name", indicators: "1、产出指标：形成研究报告（份），年度指标值：2。" },
  ],
  invalid: [
    { title: "a bare number", indicators: "1、1-产出指标；11-数量指标；走访企业数；年度指标值:40。", errors: [{ messageId: "noUnit", data: { value: "40" } }] },
    { title: "seed 000's shape: 培训人数 50", indicators: "1、产出指标：组织培训人数，年度指标值：50。", errors: [{ messageId: "noUnit", data: { value: "50" } }] },
    {
      title: "≥50 in both values of 培训人数: one finding, one fix for both",
      indicators: "1、1-产出指标；11-数量指标；培训人数；实施周期指标值:≥50；年度指标值:≥50。",
      errors: [{ messageId: "noUnit", data: { value: "≥50" } }],
    },
    {
      title: "different numbers in the two values: a finding and a fix each",
      indicators: "1、1-产出指标；11-数量指标；开展培训次数；实施周期指标值:≥6；年度指标值:≥3。",
      errors: [{ messageId: "noUnit", data: { value: "≥3" } }, { messageId: "noUnit", data: { value: "≥6" } }],
    },
  ],
});

/** The fix a finding on `cell` carries, applied to the cell. */
function fixed(cell: string): { after: string | null; en: string | undefined } {
  const table = buildTable({ rows: [{ name: "测试项目", amounts: ["10.00", "10.00"], goal: "保障工作正常开展。", indicators: cell }] });
  const fix = checkTable(table).find((f) => f.rule === "unit-missing")?.fix;
  if (!fix) return { after: null, en: undefined };
  return { after: cell.slice(0, fix.start) + fix.replacement + cell.slice(fix.end), en: fix.descriptionEn };
}

describe("unit-missing: the unit the name fixes", () => {
  it.each([
    ["组织培训人数", "50", "50人"],
    ["参训人次", "≥200", "≥200人次"],
    ["帮扶困难户数", "≥12", "≥12户"],
    ["走访非公党组织个数", "≥30", "≥30个"],
    ["宣传活动天数", "5", "5天"],
    ["开展培训次数", "≥3", "≥3次"],
    ["举办讲座场次", "4", "4场次"],
  ])("%s %s → %s", (name, value, want) => {
    expect(fixed(`1、产出指标：${name}，年度指标值：${value}。`).after).toBe(`1、产出指标：${name}，年度指标值：${want}。`);
  });

  it("writes the unit after both numbers of one cell, and says so in English", () => {
    const { after, en } = fixed("1、1-产出指标；11-数量指标；培训人数；实施周期指标值:≥50；年度指标值:≥50。");
    expect(after).toBe("1、1-产出指标；11-数量指标；培训人数；实施周期指标值:≥50人；年度指标值:≥50人。");
    expect(en).toBe("Change “50” to “50人” (2 places)");
  });

  it.each([
    ["聘请数量", "2"],
    ["服务面积", "≥300"],
    ["走访企业数", "≥40"],
  ])("%s leaves the unit open: no fix", (name, value) => {
    expect(fixed(`1、产出指标：${name}，年度指标值：${value}。`).after).toBeNull();
  });

  it("a comparator after the number (50以上) is left to nonstandard-symbol's fix first", () => {
    expect(fixed("1、产出指标：培训人数，年度指标值：50以上。").after).toBeNull();
  });
});

describe("unit-missing: values in cells of their own", () => {
  /** The standard table in `layout` with 完成工作次数's values written without a unit (and no 计量单位 次). */
  function bareCount(layout: "expanded" | "form"): SheetGrid {
    const plan = planStandardTable(layout);
    const rows = plan.rows.map((row) => row.map((v) => (v === "≥XX次" ? "≥5" : v === "次" ? null : v)));
    return { name: "项目支出绩效目标表", rows, merges: plan.merges };
  }

  it.each(["expanded", "form"] as const)("%s: each value cell gets its unit, one fix a cell, until none is left", (layout) => {
    let grid = bareCount(layout);
    const fixedCells: string[] = [];
    for (let round = 0; round < 3; round++) {
      const finding = checkWorkbook(readWorkbook({ sheets: [grid] })).findings.find((f) => f.rule === "unit-missing");
      if (!finding) break;
      const fix = finding.fix!;
      const at = fromA1(fix.cell)!;
      const before = String(grid.rows[at.row][at.col]);
      expect(before.slice(fix.start, fix.end)).toBe("5");
      fixedCells.push(fix.cell);
      const rows = grid.rows.map((row, r) => row.map((v, c) => (r === at.row && c === at.col ? before.slice(0, fix.start) + fix.replacement + before.slice(fix.end) : v)));
      grid = { ...grid, rows };
    }
    // the period and the annual value, each in its own cell, and nothing left to report
    expect(new Set(fixedCells).size).toBe(2);
    expect(checkWorkbook(readWorkbook({ sheets: [grid] })).findings.filter((f) => f.rule === "unit-missing")).toEqual([]);
    expect(grid.rows.flat().filter((v) => v === "≥5次")).toHaveLength(2);
  });
});
