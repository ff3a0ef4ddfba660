/**
 * The same projects written as 申报表 forms, one project per sheet (header block above a 长期
 * table of 实施周期 values and a 年度 table of annual values, 一级/二级 merged down), give each
 * project's findings as the published table does (seed 002, compact).
 */
import { checkWorkbook } from "../../../src/domain/check";
import type { Finding } from "../../../src/domain/finding";
import type { CellValue, MergedArea, SheetGrid } from "../../../src/domain/grid";
import { projectsOf, type CategoryRef, type Indicator, type TableRow } from "../../../src/domain/model";
import { readWorkbook } from "../../../src/domain/reader";
import { loadFixtureModel } from "../../support/fixtures";

const category = (c: CategoryRef | null): string | null => (c && !c.inferred ? (c.code ? `${c.code}-${c.name}` : c.name) : null);
const amount = (a: TableRow["amounts"], k: "total" | "fiscal" | "other"): CellValue => {
  const v = a?.[k];
  return v?.kind === "number" ? v.value.toNumber() : null;
};

/** One indicator table: its header and a row per indicator, 一级 and 二级 merged down over their runs. */
function indicatorTable(top: number, indicators: Indicator[], value: (i: Indicator) => string): { rows: CellValue[][]; merges: MergedArea[] } {
  const rows: CellValue[][] = [[null, "一级指标", "二级指标", "三级指标", "指标值"]];
  const merges: MergedArea[] = [];
  for (const col of [1, 2]) {
    let start = 0;
    indicators.forEach((ind, k) => {
      const text = category(col === 1 ? ind.level1 : ind.level2);
      const previous = k > 0 ? category(col === 1 ? indicators[k - 1].level1 : indicators[k - 1].level2) : undefined;
      if (k > 0 && text !== null && text === previous) return;
      if (k - start > 1) merges.push({ top: top + 1 + start, left: col, bottom: top + k, right: col });
      start = k;
    });
    if (indicators.length - start > 1) merges.push({ top: top + 1 + start, left: col, bottom: top + indicators.length, right: col });
  }
  for (const ind of indicators) rows.push([null, category(ind.level1), category(ind.level2), ind.name?.text ?? null, value(ind)]);
  return { rows, merges };
}

function formSheet(p: TableRow, n: number): SheetGrid {
  const rows: CellValue[][] = [
    ["2025年项目支出绩效目标申报表", null, null, null, null],
    ["项目名称", p.name, null, null, null],
    ["主管部门", p.department, null, "实施单位", p.agency],
    ["项目资金（万元）", "资金总额", amount(p.amounts, "total"), null, null],
    [null, "其中：财政拨款", amount(p.amounts, "fiscal"), null, null],
    [null, "其他资金", amount(p.amounts, "other"), null, null],
    ["年度绩效目标", p.goal?.text ?? null, null, null, null],
    ["长期绩效指标", null, null, null, null],
  ];
  const merges: MergedArea[] = [];
  const longTerm = p.indicators.filter((i) => i.periodValue);
  const add = (table: { rows: CellValue[][]; merges: MergedArea[] }) => {
    rows.push(...table.rows);
    merges.push(...table.merges);
  };
  add(indicatorTable(rows.length, longTerm, (i) => i.periodValue?.text ?? ""));
  rows.push(["年度绩效指标", null, null, null, null]);
  add(indicatorTable(rows.length, p.indicators, (i) => i.annualValue?.text ?? ""));
  return { name: `项目${n + 1}`, rows, merges };
}

const signature = (f: Finding) => `${f.rule}|${f.agency ?? ""}|${f.project ?? ""}|${f.indicator?.name ?? ""}`;

/** Rules that compare a project with the table around it: a form holds one project and no 小计. */
const TABLE_WIDE = ["subtotal-mismatch", "duplicate-goal", "duplicate-project", "total-mismatch"];

describe("seed 002's projects as 申报表 forms", () => {
  it("reads one form project per sheet, with the published name, agency, amounts and indicators", async () => {
    const projects = projectsOf((await loadFixtureModel("seed-002-compact")).tables[0]);
    expect(projects).toHaveLength(17);
    const forms = readWorkbook({ sheets: projects.map(formSheet) });
    expect(forms.problems).toEqual([]);
    expect(forms.tables.map((t) => [t.layout, t.rows.length])).toEqual(projects.map(() => ["form", 1]));
    const read = forms.tables.map((t) => t.rows[0]);
    const shape = (r: TableRow) => [r.name, r.agency, amount(r.amounts, "total"), r.indicators.length, r.indicators.filter((i) => i.periodValue).length];
    expect(read.map(shape)).toEqual(projects.map(shape));
  });

  it("gives each project's findings as the published table does, less the rules that compare it with other rows of the table", async () => {
    const published = await loadFixtureModel("seed-002-compact");
    const projects = projectsOf(published.tables[0]);
    const all = checkWorkbook(published).findings;
    const want = all.filter((f) => !TABLE_WIDE.includes(f.rule)).map(signature).sort();
    // the left-out rules did fire on the published table, so leaving them out hides something real
    expect(all.filter((f) => TABLE_WIDE.includes(f.rule)).map((f) => f.rule).sort()).toEqual(["duplicate-goal", "duplicate-goal", "subtotal-mismatch"]);
    expect(want.length).toBeGreaterThan(40);
    const forms = checkWorkbook(readWorkbook({ sheets: projects.map(formSheet) })).findings;
    expect(forms.map(signature).sort()).toEqual(want);
  });
});
