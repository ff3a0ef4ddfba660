/** Small grids for reader tests, shaped like the published tables (seed texts where it matters). */
import type { CellValue, SheetGrid } from "../../../src/domain/grid";
import { agenciesOf, projectsOf, type TableModel } from "../../../src/domain/model";
import { readWorkbook } from "../../../src/domain/reader";

export const TITLE = "项目支出绩效目标表（含转移支付项目）";
export const COMPACT_HEADER = ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"];

/** Seed-001-style indicator cells, one and two items. */
export const IND1 = "1、1-产出指标,11-数量指标,帮扶地区数；实施周期指标值:≥1个,年度指标值:≥1个;";
export const IND2 =
  "1、1-产出指标,13-时效指标,费用支付及时率；实施周期指标值:100%,年度指标值:100%;,2、2-效益指标,22-社会效益,加强社会责任意识；实施周期指标值:加强,年度指标值:加强;";
export const GOAL = "通过开展本项目，保障单位办公场所正常运行。";

/** A compact data row: name, total (= fiscal), goal, indicators. */
export function project(name: string, total: CellValue, goal: string | null = GOAL, ind: string | null = IND1): CellValue[] {
  return [name, total, total, null, null, goal, ind];
}

export function compactSheet(body: CellValue[][], above: CellValue[][] = [[TITLE], ["单位：万元"]], name = "Sheet1"): SheetGrid {
  return { name, rows: [...above, COMPACT_HEADER, ...body] };
}

export function readOne(sheet: SheetGrid): TableModel {
  const model = readWorkbook({ sheets: [sheet] });
  expect(model.tables).toHaveLength(1);
  return model.tables[0];
}

export const names = (t: TableModel) => ({
  agencies: agenciesOf(t).map((r) => r.name),
  projects: projectsOf(t).map((r) => r.name),
});
