/**
 * The Office host reads hidden rows and columns (office-hidden.ts) as the CLI reads them from the
 * file: a table with a hidden project row gives the same hiddenRows, the same reader note and the
 * same findings on both paths. A sheet with nothing hidden costs no extra sync; a 10,000-row sheet
 * with scattered hidden rows stays under the payload limit.
 */
import ExcelJS from "exceljs";
import type { SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { checkWorkbook } from "../../src/domain/check";
import { readWorkbook } from "../../src/domain/reader";
import { readWorkbookBytes } from "../../src/file";
import { PROBES_PER_SYNC } from "../../src/host/office-hidden";
import { OfficeHost } from "../../src/host/office-host";
import { PAYLOAD_LIMIT_BYTES } from "../../src/host/office-payload";
import { workbookFromGrid, type MemoryWorkbook } from "../../src/host/memory-workbook";
import { createFakeExcel } from "./fake-excel";
import { bigSheet, budgetTable } from "./support/workbooks";

/** Four projects of 1.5 万元; the 合计 and the agency row count three: the fourth (sheet row 9, 0-based 8) is hidden. */
function tableWithHiddenProject(): SheetGrid {
  const grid = budgetTable(4);
  grid.rows[3][1] = grid.rows[3][2] = 4.5;
  grid.rows[4][1] = grid.rows[4][2] = 4.5;
  return grid;
}
const HIDDEN_ROW = 8;

async function cliGrid(grid: SheetGrid, hiddenRow: number, hiddenCol: number): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.name);
  grid.rows.forEach((row, r) => (ws.getRow(r + 1).values = row.map((v) => v ?? undefined)));
  ws.mergeCells(1, 1, 1, 7);
  ws.getRow(hiddenRow + 1).hidden = true;
  ws.getColumn(hiddenCol + 1).hidden = true;
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return readWorkbookBytes(bytes, "hidden.xlsx");
}

/** The same table as Excel holds it: the rows and columns hidden in the sheet, not told to the host. */
function excelWorkbook(grid: SheetGrid, hiddenRows: number[], hiddenCols: number[]): MemoryWorkbook {
  const wb = workbookFromGrid({ sheets: [grid] });
  if (hiddenRows.length) wb.sheets[0].hiddenRows = new Set(hiddenRows);
  if (hiddenCols.length) wb.sheets[0].hiddenCols = new Set(hiddenCols);
  return wb;
}

const findingsOf = (grid: WorkbookGrid) => checkWorkbook(readWorkbook(grid)).findings.map((f) => `${f.rule} ${f.cell} ${f.message}`);
const notesOf = (grid: WorkbookGrid) => readWorkbook(grid).tables.flatMap((t) => t.notes ?? []);

test("a hidden project row: the Office path over the fake gives the CLI's hiddenRows, note and findings", async () => {
  const grid = tableWithHiddenProject();
  // column E (其他资金, empty) hidden too: columns come the same way
  const cli = await cliGrid(grid, HIDDEN_ROW, 4);
  const office = await new OfficeHost(createFakeExcel(excelWorkbook(grid, [HIDDEN_ROW], [4]))).readWorkbook();
  expect(cli.sheets[0].hiddenRows).toEqual([HIDDEN_ROW]);
  expect(cli.sheets[0].hiddenCols).toEqual([4]);
  expect(office.sheets[0].hiddenRows).toEqual(cli.sheets[0].hiddenRows);
  expect(office.sheets[0].hiddenCols).toEqual(cli.sheets[0].hiddenCols);
  expect(notesOf(office)).toEqual(notesOf(cli));
  expect(notesOf(office)[0]).toContain("第 9 行已隐藏");
  expect(findingsOf(office)).toEqual(findingsOf(cli));
  // what the pane said before: the hidden row read as a project, its 1.5 万元 missing from the 合计
  const blind = { sheets: office.sheets.map(({ hiddenRows: _, ...s }) => s) };
  expect(findingsOf(blind)).not.toEqual(findingsOf(cli));
});

test("nothing hidden costs no extra sync; a mixed sheet costs one", async () => {
  const plain = createFakeExcel(excelWorkbook(tableWithHiddenProject(), [], []));
  const plainHost = new OfficeHost(plain);
  await plainHost.prepare();
  plain.resetStats();
  const read = await plainHost.readWorkbook();
  expect(read.sheets[0].hiddenRows).toBeUndefined();
  expect(plain.stats.syncs).toBe(1);

  const mixed = createFakeExcel(excelWorkbook(tableWithHiddenProject(), [HIDDEN_ROW], []));
  const mixedHost = new OfficeHost(mixed);
  await mixedHost.prepare();
  mixed.resetStats();
  expect((await mixedHost.readWorkbook()).sheets[0].hiddenRows).toEqual([HIDDEN_ROW]);
  expect(mixed.stats.syncs).toBe(2);
});

test("every row of the used range hidden is known from the one boolean, without asking row by row", async () => {
  const grid = budgetTable(2);
  const all = grid.rows.map((_, r) => r);
  const fake = createFakeExcel(excelWorkbook(grid, all, []));
  const host = new OfficeHost(fake);
  await host.prepare();
  fake.resetStats();
  expect((await host.readWorkbook()).sheets[0].hiddenRows).toEqual(all);
  expect(fake.stats.syncs).toBe(1);
});

test("a 10,000-row sheet with scattered hidden rows and a hidden column: each sync under the payload limit, every hidden row found", async () => {
  const big = bigSheet(10_000, 12);
  const top = big.originRow ?? 0;
  const hidden = Array.from({ length: 10_000 }, (_, i) => top + i).filter((r) => r % 97 === 5);
  const fake = createFakeExcel(excelWorkbook(big, hidden, [3]));
  const host = new OfficeHost(fake);
  await host.prepare();
  fake.resetStats();
  const sheet = (await host.readWorkbook()).sheets[0];
  expect(sheet.hiddenRows).toEqual(hidden);
  expect(sheet.hiddenCols).toEqual([3]);
  expect(fake.stats.maxBytesInOneSync).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  // the rows' own flags came after the chunked cell reads, in at most two syncs of their own
  const probes = fake.stats.log.filter((s) => s.cells === 0);
  expect(probes.length).toBeGreaterThanOrEqual(1);
  expect(probes.length).toBeLessThanOrEqual(2);
  // the request is budgeted too: no sync carries more row probes than one request should
  expect(probes.reduce((n, s) => n + s.ops, 0)).toBe(10_000 + 12);
  for (const s of probes) expect(s.ops).toBeLessThanOrEqual(PROBES_PER_SYNC);
  expect(host.lastRead.syncs).toBe(fake.stats.syncs);
});
