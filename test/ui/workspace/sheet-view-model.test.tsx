/** What the sheet view draws: shown rows and columns, merged areas, marks, changed cells, the selection. */
import { MemoryHost } from "../../../src/host/memory-host";
import { MARK_FILLS } from "../../../src/host/marks";
import { findSheet, setValue } from "../../../src/host/memory-workbook";
import { insertSheetRow } from "../../../src/host/memory-rows";
import type { WorkbookGrid } from "../../../src/domain/grid";
import { baselineOf, cellText, sheetModel, sheetTabs, windowRows } from "../../../src/ui/workspace/sheet-view-model";
import { seedSheet } from "../support/seeds";

function opened(): { grid: WorkbookGrid; host: MemoryHost } {
  const grid: WorkbookGrid = { sheets: [{ ...seedSheet("seed-001"), name: "白云区" }] };
  return { grid, host: new MemoryHost(JSON.parse(JSON.stringify(grid)) as WorkbookGrid) };
}

const model = (host: MemoryHost, grid: WorkbookGrid, name = "白云区") =>
  sheetModel(host.workbook, findSheet(host.workbook, name)!, baselineOf(grid));

test("the seed table is drawn from A1: its title merged across all seven columns, every row numbered in order", () => {
  const { grid, host } = opened();
  const m = model(host, grid);
  expect(m.rows).toEqual([...Array(14).keys()]);
  expect(m.cols).toEqual([...Array(7).keys()]);
  const [title, second] = windowRows(m, 0, 2);
  expect(title.cells).toHaveLength(1);
  expect(title.cells[0]).toMatchObject({ row: 0, col: 0, rowSpan: 1, colSpan: 7 });
  expect(title.cells[0].text).toMatch(/^项目支出绩效目标表/);
  expect(second.cells.map((c) => c.text)[6]).toBe("单位：万元");
});

test("a merged area scrolled past its first row is drawn at the window's first row, its span cut at the window", () => {
  const { grid, host } = opened();
  findSheet(host.workbook, "白云区")!.merges.push({ top: 5, left: 5, bottom: 9, right: 5 });
  const m = model(host, grid);
  const rows = windowRows(m, 7, 9);
  expect(rows.map((r) => r.row)).toEqual([7, 8]);
  const merged = rows[0].cells.find((c) => c.col === 5)!;
  expect(merged).toMatchObject({ row: 5, col: 5, rowSpan: 2, colSpan: 1 });
  expect(merged.text).toMatch(/^通过开展本项目/);
  expect(rows[1].cells.find((c) => c.col === 5)).toBeUndefined();
});

test("rows and columns hidden in the opened file are left out, the row numbers jumping as in Excel, also after an insert above them", () => {
  const grid: WorkbookGrid = { sheets: [{ ...seedSheet("seed-001"), name: "白云区", hiddenRows: [6, 7], hiddenCols: [3] }] };
  const host = new MemoryHost(JSON.parse(JSON.stringify(grid)) as WorkbookGrid);
  expect(model(host, grid).rows).toEqual([0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13]);
  expect(model(host, grid).cols).toEqual([0, 1, 2, 4, 5, 6]);
  // the title's merge counts only the shown columns
  expect(windowRows(model(host, grid), 0, 1)[0].cells[0].colSpan).toBe(6);
  insertSheetRow(findSheet(host.workbook, "白云区")!, 4);
  expect(model(host, grid).rows).toEqual([0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14]);
});

test("marked cells carry their severity and the mark's fill; other cells neither", async () => {
  const { grid, host } = opened();
  await host.markFindings([
    { sheet: "白云区", cell: "G6", severity: "warning" },
    { sheet: "白云区", cell: "B4", severity: "error" },
  ]);
  const m = model(host, grid);
  expect(m.cell(5, 6)).toMatchObject({ severity: "warning", fill: MARK_FILLS.warning });
  expect(m.cell(3, 1)).toMatchObject({ severity: "error", fill: MARK_FILLS.error });
  expect(m.cell(3, 2)).toMatchObject({ severity: null, fill: null });
});

test("a fix shows as changed in its cell only; an inserted row's cells show as changed and the rows it shifted do not", async () => {
  const { grid, host } = opened();
  const sheet = findSheet(host.workbook, "白云区")!;
  const before = String(sheet.values[5][6]);
  await host.applyFixes([{ kind: "cell", sheet: "白云区", cell: "G6", before, after: `${before}（已修正）` }]);
  insertSheetRow(sheet, 8);
  setValue(sheet, 8, 6, "1、1-产出指标,11-数量指标,新增指标,≥1次");
  const m = model(host, grid);
  const changed = m.rows.flatMap((r) => m.cols.filter((c) => m.cell(r, c).changed).map((c) => `${r},${c}`));
  expect(changed).toEqual(["5,6", "8,6"]);
});

test("the selected cell is followed on its sheet only, and a selection inside a merged area selects the area", async () => {
  const { grid, host } = opened();
  await host.selectCell("白云区", "D1");
  const m = model(host, grid);
  expect(m.selected).toEqual({ row: 0, col: 3 });
  expect(windowRows(m, 0, 1)[0].cells[0].selected).toBe(true);
  await host.selectCell("白云区", "G9");
  expect(model(host, grid).cell(8, 6).selected).toBe(true);
  expect(model(host, grid).cell(8, 5).selected).toBe(false);
});

test("the tabs list every sheet but the very hidden 已说明 storage, and say which ones the pane added", async () => {
  const { grid, host } = opened();
  await host.writeExplanations([]);
  const added = await host.addStandardTable("compact");
  expect(sheetTabs(host.workbook, baselineOf(grid))).toEqual([
    { name: "白云区", added: false, hidden: false },
    { name: added, added: true, hidden: false },
  ]);
});

test("cell text reads as the sheet shows it", () => {
  expect(cellText(0.1 + 0.2)).toBe("0.3");
  expect(cellText(14, "0.00")).toBe("14.00");
  expect(cellText(1234567.5, "#,##0.00_ ")).toBe("1,234,567.50");
  expect(cellText(-1234.5, "#,##0")).toBe("-1,235");
  expect(cellText(0.25, "0%")).toBe("0.25");
  expect(cellText(true)).toBe("TRUE");
  expect(cellText(null)).toBe("");
});
