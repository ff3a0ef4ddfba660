/**
 * 下载 from the browser workspace: a fixture opened through the file layer into the in-memory
 * host, changed through the host as the pane changes it (a fix, the picker's expanded insert with
 * its undo, the 审核意见表 and the 已说明 storage), and the download re-read by the file layer,
 * ExcelJS and SheetJS shows exactly what the host holds; every part the change does not need stays
 * byte for byte the original; an .xls/.csv is refused.
 */
import * as fs from "fs";
import { unzipSync } from "fflate";
import type ExcelJS from "exceljs";
import { toA1 } from "../../src/domain/address";
import type { SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { readWorkbook } from "../../src/domain/reader";
import { REVIEW_SHEET, buildReviewSheet } from "../../src/domain/review";
import { readWorkbookBytes } from "../../src/file";
import { MemoryHost } from "../../src/host/memory-host";
import { buildDownload, changedCells, DownloadError, downloadName } from "../../src/host/memory-download";
import { sheetToGrid, workbookToGrid } from "../../src/host/memory-workbook";
import { marksFor } from "../../src/ui/use-checker";
import { fixturePath } from "../support/fixtures";
import { changedParts, excelJs, sheetJs } from "../file/patch-readers";
import { awarenessForm, expandedEdit } from "./support/picker-edits";
import { checkAndApply, threeExplanations } from "./support/review";

const FILE = "seed-002-compact.xlsx";
const EXPANDED = "seed-002-expanded.xlsx";

async function opened(file: string) {
  const bytes = new Uint8Array(fs.readFileSync(fixturePath(file)));
  const grid = await readWorkbookBytes(bytes, file);
  // the host works on its own copy, as the workspace's does
  return { bytes, grid, host: new MemoryHost(structuredClone(grid)), file };
}

/** The first cell holding text that contains `needle`, as the host addresses it. */
function findText(grid: WorkbookGrid, needle: string): { sheet: string; cell: string; text: string } {
  for (const s of grid.sheets) {
    for (let r = 0; r < s.rows.length; r++) {
      const c = s.rows[r].findIndex((v) => typeof v === "string" && v.includes(needle));
      if (c >= 0) return { sheet: s.name, cell: toA1(r + (s.originRow ?? 0), c + (s.originCol ?? 0)), text: s.rows[r][c] as string };
    }
  }
  throw new Error(`no cell contains ${needle}`);
}

/** Every non-empty cell as "A1" → value, wherever the grid starts. */
function cellMap(sheet: SheetGrid): Map<string, unknown> {
  const out = new Map<string, unknown>();
  sheet.rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && out.set(toA1(r + (sheet.originRow ?? 0), c + (sheet.originCol ?? 0)), v)));
  return out;
}

describe("buildDownload", () => {
  it("writes a fixed cell over the original bytes and leaves every other part as it was", async () => {
    const { bytes, grid, host } = await opened(FILE);
    const target = findText(grid, "指标值:");
    const fixed = target.text.replace(/:/g, "：");
    await host.writeCells([{ sheet: target.sheet, cell: target.cell, value: fixed }]);

    const download = buildDownload({ fileName: FILE, bytes, grid }, host.workbook);
    expect(download.edits).toEqual([{ sheet: target.sheet, cell: target.cell, value: fixed }]);
    expect(download.fileName).toBe("seed-002-compact（已修改）.xlsx");
    expect(changedParts(bytes, download.bytes)).toEqual(["xl/worksheets/sheet1.xml"]);
    const reread = await readWorkbookBytes(download.bytes, download.fileName);
    expect(changedCells(grid, reread)).toEqual(download.edits);
    const ws = (await excelJs(download.bytes)).getWorksheet(target.sheet)!;
    expect(ws.getCell(target.cell).value).toBe(fixed);
  });

  it("gives the original bytes back when nothing changed, and after an insert and its undo", async () => {
    const { bytes, grid, host } = await opened(EXPANDED);
    expect(buildDownload({ fileName: EXPANDED, bytes, grid }, host.workbook).bytes).toBe(bytes);
    const { edit } = expandedEdit(awarenessForm(), structuredClone(grid.sheets[0]));
    await host.undoEdit(await host.applyEdit(edit));
    const download = buildDownload({ fileName: EXPANDED, bytes, grid }, host.workbook);
    expect(download.edits).toEqual([]);
    expect(download.bytes).toBe(bytes);
  });

  it("carries the picker's expanded insert, the 审核意见表 and the 已说明 storage: the file reads as the host", async () => {
    const { bytes, grid, host } = await opened(EXPANDED);
    const { edit } = expandedEdit(awarenessForm(), structuredClone(grid.sheets[0]));
    expect(edit.insertRow).toBe(true);
    await host.applyEdit(edit);
    const current = await host.readWorkbook();
    const { findings } = checkAndApply(current);
    const { explanations } = threeExplanations(findings);
    await host.writeExplanations(explanations);
    const department = readWorkbook(current).tables[0].department;
    await host.writeReviewSheet(buildReviewSheet({ department, date: "2025-03-01", open: findings.slice(3), explained: [] }));

    const added = await host.addStandardTable("compact");

    const download = buildDownload({ fileName: EXPANDED, bytes, grid }, host.workbook);
    expect(download.rowsShifted).toBe(1);
    expect(download.sheetsAdded).toEqual(expect.arrayContaining([REVIEW_SHEET, added]));
    const names = host.workbook.sheets.map((s) => s.name);

    // the file layer reads every sheet back exactly as the host holds it, values and merges
    const reread = await readWorkbookBytes(download.bytes, download.fileName);
    expect(reread.sheets.map((s) => s.name)).toEqual(names);
    for (const sheet of host.workbook.sheets) {
      const back = reread.sheets.find((s) => s.name === sheet.name)!;
      expect(cellMap(back)).toEqual(cellMap(sheetToGrid(sheet)));
    }
    const table = host.workbook.sheets[0];
    const key = (m: { top: number; left: number; bottom: number; right: number }) => toA1(m.top, m.left) + ":" + toA1(m.bottom, m.right);
    expect((reread.sheets[0].merges ?? []).map(key).sort()).toEqual(table.merges.map(key).sort());

    // ExcelJS: the inserted row is there, the rows below moved, the review sheet's formats and links came along
    const wb = await excelJs(download.bytes);
    const ws = wb.getWorksheet(table.name)!;
    // (ExcelJS reports a merged area's value in each of its cells, so only the written ones are compared)
    for (const v of edit.values.filter((x) => x.value !== null)) expect(ws.getCell(edit.row, v.col + 1).value).toBe(v.value);
    // the indicator-name column (never merged) from the inserted row down: as the host has it, shifted by one
    const nameCol = edit.values.find((v) => v.value === "政策知晓率")!.col;
    const last = workbookToGrid(host.workbook).sheets[0].rows.length;
    const column = (from: number) => Array.from({ length: last - from }, (_, k) => ws.getCell(from + k + 1, nameCol + 1).value ?? null);
    expect(column(edit.row)).toEqual(Array.from({ length: last - edit.row }, (_, k) => table.values[edit.row + k]?.[nameCol] ?? null));
    expect(column(edit.row)).toEqual([...grid.sheets[0].rows.slice(edit.row - 1).map((r) => r[nameCol] ?? null)].slice(0, last - edit.row));
    const review = wb.getWorksheet(REVIEW_SHEET)!;
    expect(review.views[0]).toMatchObject({ state: "frozen" });
    expect(review.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, horizontalCentered: true });
    expect(review.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    const [place, formula] = [...host.workbook.sheets.find((s) => s.name === REVIEW_SHEET)!.formulas!][0];
    const [r, c] = place.split(",").map(Number);
    expect("=" + (review.getCell(r + 1, c + 1).value as ExcelJS.CellFormulaValue).formula).toBe(formula);
    const memoryReview = host.workbook.sheets.find((s) => s.name === REVIEW_SHEET)!;
    const [boldAt] = [...memoryReview.styles].find(([, st]) => st.font.bold)!;
    const [br, bc] = boldAt.split(",").map(Number);
    expect(review.getCell(br + 1, bc + 1).font.bold).toBe(true);
    const [widthCol, points] = [...memoryReview.columnWidths!][0];
    expect(review.getColumn(widthCol + 1).width).toBeCloseTo((points / 0.75 - 5) / 7, 1);
    expect(wb.worksheets.find((w) => w.state === "veryHidden")).toBeDefined();
    expect(sheetJs(download.bytes).SheetNames).toEqual(names);

    // the 新建 table reads back as a table, its amount cells formatted 0.00
    const standard = reread.sheets.find((s) => s.name === added)!;
    expect(readWorkbook({ sheets: [standard] }).tables).toHaveLength(1);
    const amountCell = [...host.workbook.sheets.find((s) => s.name === added)!.numberFormats!].find(([, f]) => f === "0.00")![0];
    const [ar, ac] = amountCell.split(",").map(Number);
    expect(wb.getWorksheet(added)!.getCell(ar + 1, ac + 1).numFmt).toBe("0.00");

    // the explanations come back when the download is opened again
    expect(await new MemoryHost(reread).readExplanations()).toEqual(await host.readExplanations());
    expect((await host.readExplanations()).length).toBe(explanations.length);

    // parts: the table's sheet and the package's lists change, the rest keeps its bytes
    const changed = changedParts(bytes, download.bytes);
    expect(changed.filter((p) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(p))).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
    expect(changed).toContain("xl/worksheets/sheet1.xml");
  });

  it("a 审核意见表 regenerated in a reopened download is written anew, and a later insert is not stopped by its old links", async () => {
    const first = await opened(EXPANDED);
    const review = async (host: MemoryHost) => {
      const grid = await host.readWorkbook();
      const { findings } = checkAndApply(grid);
      await host.writeReviewSheet(buildReviewSheet({ department: readWorkbook(grid).tables[0].department, date: "2025-03-01", open: findings, explained: [] }));
    };
    await review(first.host);
    const once = buildDownload({ fileName: EXPANDED, bytes: first.bytes, grid: first.grid }, first.host.workbook);

    // the download opened again: the table gets a row, the review sheet (with links into the table) is regenerated
    const grid = await readWorkbookBytes(once.bytes, once.fileName);
    const host = new MemoryHost(structuredClone(grid));
    await host.applyEdit(expandedEdit(awarenessForm(), structuredClone(grid.sheets[0])).edit);
    await review(host);
    const twice = buildDownload({ fileName: once.fileName, bytes: once.bytes, grid }, host.workbook);
    expect(twice.sheetsReplaced).toEqual([REVIEW_SHEET]);
    expect(twice.sheetsAdded).toEqual([]);

    const reread = await readWorkbookBytes(twice.bytes, twice.fileName);
    const memoryReview = host.workbook.sheets.find((s) => s.name === REVIEW_SHEET)!;
    expect(cellMap(reread.sheets.find((s) => s.name === REVIEW_SHEET)!)).toEqual(cellMap(sheetToGrid(memoryReview)));
    const wb = await excelJs(twice.bytes);
    expect(wb.getWorksheet(REVIEW_SHEET)!.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    // one set of print names for the sheet, not the old and the new
    expect((new TextDecoder().decode(unzipSync(twice.bytes)["xl/workbook.xml"]).match(/_xlnm\.Print_Titles/g) ?? []).length).toBe(1);
  });

  it("never writes the marks: a checked and marked workbook downloads as the original bytes", async () => {
    const { bytes, grid, host } = await opened(FILE);
    const { findings } = checkAndApply(await host.readWorkbook());
    await host.markFindings(marksFor(findings));
    expect(host.markedCells().length).toBeGreaterThan(0);
    expect(buildDownload({ fileName: FILE, bytes, grid }, host.workbook).bytes).toBe(bytes);
  });

  it("refuses a CSV in Chinese, naming the file", async () => {
    const csv = new TextEncoder().encode("项目名称,年度指标值\n法律服务,≧95%\n");
    const grid = await readWorkbookBytes(csv, "表.csv");
    const host = new MemoryHost(grid);
    await host.writeCells([{ sheet: grid.sheets[0].name, cell: "B2", value: "≥95%" }]);
    expect(() => buildDownload({ fileName: "表.csv", bytes: csv, grid }, host.workbook)).toThrow(DownloadError);
    expect(() => buildDownload({ fileName: "表.csv", bytes: csv, grid }, host.workbook)).toThrow(/“表\.csv”不是 xlsx 工作簿/);
  });

  it("keeps the extension of a macro workbook and never reuses the opened name", () => {
    expect(downloadName("绩效目标表.xlsm")).toBe("绩效目标表（已修改）.xlsm");
  });
});
