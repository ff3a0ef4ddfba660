/**
 * The pane and the CLI build the same grid from the same workbook. One workbook (dates, percents,
 * displayed decimals, merges, indent, bold, long Chinese text) is written with ExcelJS, read back
 * from its bytes by the CLI's path (the workbook-file layer, src/file) and, stored the way Excel
 * stores it (date serials, number format codes), read through the Office host over the fake. The
 * grids are compared cell by cell in sheet coordinates.
 */
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../src/domain/grid";
import { readWorkbookBytes } from "../../src/file";
import { OfficeHost } from "../../src/host/office-host";
import { emptySheet, setStyle, setValue, type MemoryWorkbook } from "../../src/host/memory-workbook";
import { createFakeExcel } from "./fake-excel";
import { dateSerial } from "./fake-excel/coercion";

async function fixture(): Promise<{ ws: ExcelJS.Worksheet; bytes: Uint8Array }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目支出绩效目标表");
  ws.getCell("A1").value = "项目支出绩效目标表";
  ws.mergeCells("A1:F1");
  ws.getRow(3).values = ["项目名称", "金额（万元）", "完成比例", "开始日期", "结束日期", "绩效目标"];
  ws.getRow(3).font = { bold: true };
  const rows: [string, number, number, Date, Date, string][] = [
    ["合计", 14.0049, 1, new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2025, 11, 31)), ""],
    ["办公场地经费", 12.5, 0.955, new Date(Date.UTC(2025, 2, 1)), new Date(Date.UTC(2025, 5, 30)), "保障办公场地正常运转，".repeat(20)],
    ["信息化运维", 1.5049, 0.9, new Date(Date.UTC(2025, 3, 15)), new Date(Date.UTC(2025, 11, 31)), "系统全年稳定运行"],
  ];
  rows.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    row.values = r;
    row.getCell(2).numFmt = "0.00";
    row.getCell(3).numFmt = "0.0%";
    row.getCell(4).numFmt = "yyyy-mm-dd";
    row.getCell(5).numFmt = 'yyyy"年"m"月"d"日"';
    if (i > 0) row.getCell(1).alignment = { indent: 2 };
  });
  ws.getCell("A4").font = { bold: true };
  ws.mergeCells("F5:F6");
  // through the bytes, as the CLI reads a file
  const bytes = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as ArrayBuffer);
  return { ws: back.worksheets[0], bytes: new Uint8Array(bytes as ArrayBuffer) };
}

/** The same sheet as Excel holds it: dates as serials, number format codes per cell. */
function asExcelHoldsIt(ws: ExcelJS.Worksheet): MemoryWorkbook {
  const wb: MemoryWorkbook = { sheets: [], activeSheet: ws.name, selection: null, nextId: 0 };
  const sheet = emptySheet(wb, ws.name);
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = cell.value;
      const stored = v instanceof Date ? dateSerial(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) : (v as CellValue);
      setValue(sheet, r - 1, c - 1, stored);
      if (cell.numFmt && cell.numFmt !== "General") (sheet.numberFormats ??= new Map()).set(`${r - 1},${c - 1}`, cell.numFmt);
      if (cell.alignment?.indent || cell.font?.bold) setStyle(sheet, r - 1, c - 1, { indent: cell.alignment?.indent ?? 0, font: { bold: !!cell.font?.bold } });
    }),
  );
  sheet.merges = Object.values((ws as unknown as { _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges).map(
    ({ model }) => ({ top: model.top - 1, left: model.left - 1, bottom: model.bottom - 1, right: model.right - 1 }),
  );
  wb.sheets.push(sheet);
  return wb;
}

/** The fixture's 项目名称 column: the only one whose indent and bold the reader uses, and the Office read loads. */
const NAME_COLUMN = 0;

/**
 * "row,col" → value / indent / bold / number format, in sheet coordinates, empty cells left out. A cell holding ""
 * counts as empty: Office reports every empty cell as "", so no Office read can tell them apart. Indent
 * and bold count in the name column only (the bold header's other cells are left out by design).
 */
function cells(grid: SheetGrid): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const top = grid.originRow ?? 0;
  const left = grid.originCol ?? 0;
  grid.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = left + c === NAME_COLUMN ? grid.formats?.[r]?.[c] : { numberFormat: grid.formats?.[r]?.[c]?.numberFormat };
      const entry = { value: v === "" ? null : v, indent: f?.indent ?? 0, bold: f?.bold ?? false, numberFormat: f?.numberFormat };
      if ((v !== null && v !== "") || entry.indent || entry.bold) out.set(`${top + r},${left + c}`, entry);
    }),
  );
  return out;
}

test("the Office path over the fake and the CLI path give the same cells, dates, number formats, merges, indent and bold", async () => {
  const { ws, bytes } = await fixture();
  const cli = (await readWorkbookBytes(bytes, "grid-paths.xlsx")).sheets[0];
  const office = (await new OfficeHost(createFakeExcel(asExcelHoldsIt(ws))).readWorkbook()).sheets[0];
  expect(cells(office)).toEqual(cells(cli));
  expect(new Set(office.merges?.map((m) => JSON.stringify(m)))).toEqual(new Set(cli.merges?.map((m) => JSON.stringify(m))));
  // the dates came as ISO strings on both paths, not serials
  expect(cells(office).get("4,3")).toMatchObject({ value: "2025-03-01" });
  expect(cells(office).get("5,4")).toMatchObject({ value: "2025-12-31" });
});

test("the Office path keeps each cell's number format, as the file has it, so a table is read as shown", async () => {
  const { ws } = await fixture();
  const office = (await new OfficeHost(createFakeExcel(asExcelHoldsIt(ws))).readWorkbook()).sheets[0];
  const top = office.originRow ?? 0;
  const formatOf = (r: number, c: number) => office.formats?.[r - top]?.[c]?.numberFormat;
  for (let r = 4; r <= 6; r++) {
    expect([formatOf(r - 1, 1), formatOf(r - 1, 2), formatOf(r - 1, 3), formatOf(r - 1, 4)]).toEqual(
      [2, 3, 4, 5].map((c) => ws.getRow(r).getCell(c).numFmt),
    );
  }
  expect(formatOf(3, 5)).toBeUndefined();
});
