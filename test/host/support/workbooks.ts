/**
 * Workbooks for the host tests, shaped like the real tables: the published seeds (assets/samples),
 * a generated table of any size in the seed-001 layout (合计, one agency subtotal, projects with a
 * goal and numbered indicators), a sheet big enough to need chunked reads, and a sheet full of the
 * formats that marks must not damage.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/domain/grid";
import {
  addConditionalFormat,
  emptySheet,
  setStyle,
  workbookFromGrid,
  type MemoryWorkbook,
} from "../../../src/host/memory-workbook";
import seed000 from "../../../assets/samples/seed-000.json";
import seed001 from "../../../assets/samples/seed-001.json";
import seed002 from "../../../assets/samples/seed-002.json";

export const SEEDS: readonly SheetGrid[] = [seed000, seed001, seed002] as SheetGrid[];

/** The seeds as a three-sheet workbook (the published sheets share one name, so number them). */
export function seedWorkbook(): WorkbookGrid {
  return { sheets: SEEDS.map((s, i) => ({ ...s, name: `${s.name}${i}` })) };
}

const GOAL = "通过开展本项目，保障单位办公场所正常运行，为我单位工作人员提供安全适用的办事、办公环境，为提高工作效率和服务水平提供有利条件。";
const INDICATORS =
  "1、2-效益指标,22-社会效益,加强社会责任意识；实施周期指标值:单位员工主动节约用水用电，社会责任意识加强,年度指标值:单位员工主动节约用水用电，社会责任意识加强;,2、1-产出指标,13-时效指标,费用支付及时率；实施周期指标值:100%,年度指标值:100%;";

/**
 * A table of `projects` projects in the seed-001 layout: title (merged A1:G1), 部门名称/单位 line,
 * header, 合计, one agency subtotal, then the projects (indented by spaces, as published).
 * Header, 合计 and the agency row are bold; every project is 1.5 万元 in 财政拨款.
 */
export function budgetTable(projects: number, name = "项目支出绩效目标表"): SheetGrid {
  const total = (projects * 1.5).toFixed(2);
  const rows: CellValue[][] = [
    ["项目支出绩效目标表（含转移支付项目）", null, null, null, null, null, null],
    ["部门名称：广州市白云区工商业联合会(部门)", null, null, null, null, null, "单位：万元"],
    ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
    ["合计", Number(total), Number(total), null, null, null, null],
    ["广州市白云区工商业联合会", Number(total), Number(total), null, null, null, null],
  ];
  for (let i = 1; i <= projects; i++) rows.push([`    第${i}号办公场地项目经费`, 1.5, 1.5, null, null, GOAL, INDICATORS]);
  const bold = { bold: true };
  const formats = rows.map((_, r) => (r === 0 || r === 3 || r === 4 ? [bold] : r === 2 ? Array(7).fill(bold) : []));
  return { name, rows, formats, merges: [{ top: 0, left: 0, bottom: 0, right: 6 }] };
}

/** rows × cols cells of "r{row}c{col}" starting at B3 (so the used range does not start at A1). */
export function bigSheet(rows: number, cols: number, name = "明细"): SheetGrid {
  const grid: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < cols; c++) row.push(c === 1 ? r * 0.01 : `r${r}c${c}`);
    grid.push(row);
  }
  return { name, rows: grid, originRow: 2, originCol: 1 };
}

/**
 * Seed 001 dressed the way departments dress their tables: a white fill next to "no fill", coloured
 * and bold fonts, borders, an indent, merged cells, and the user's own conditional formats (one of
 * them a custom =TRUE rule with a mark-like fill, which must survive clearing).
 */
export function styledWorkbook(): MemoryWorkbook {
  const wb = workbookFromGrid({ sheets: [{ ...SEEDS[1], name: "白云区" }, { ...SEEDS[2], name: "市工商联" }] });
  const [sheet, second] = wb.sheets;
  setStyle(sheet, 3, 0, { fill: "#FFFFFF" }); // 合计: white, not "no fill"
  setStyle(sheet, 3, 1, { fill: "#FFFFFF", font: { color: "#C00000", name: "宋体", size: 12 } });
  setStyle(sheet, 4, 1, { fill: "#FFC7CE" }); // the user's own fill in our error colour
  setStyle(sheet, 5, 1, { font: { italic: true }, indent: 2 });
  const thin = { style: "Continuous", color: "#000000", weight: "Thin" };
  for (let c = 0; c < 7; c++) setStyle(sheet, 2, c, { borders: { EdgeTop: thin, EdgeBottom: { ...thin, weight: "Medium" } } });
  sheet.merges.push({ top: 1, left: 0, bottom: 1, right: 5 });
  addConditionalFormat(wb, sheet, { type: "CellValue", ranges: [{ top: 5, left: 1, bottom: 13, right: 2 }], formula: "GreaterThan 10", fill: "#C6EFCE", fontColor: "#006100" });
  addConditionalFormat(wb, sheet, { type: "Custom", ranges: [{ top: 5, left: 5, bottom: 5, right: 5 }], formula: "=TRUE", fill: "#FFC7CE", fontColor: null });
  setStyle(second, 4, 1, { fill: "#FFFF00" });
  const blank = emptySheet(wb, "说明");
  setStyle(blank, 0, 0, { fill: "#D9E1F2" }); // formatted but empty: not part of the used range
  wb.sheets.push(blank);
  return wb;
}
