/**
 * 下载 from the browser workspace: a fixture opened through the file layer into the in-memory
 * host, one cell edited through the host, and the download re-read by the file layer and by ExcelJS
 * shows the edit; every other zip part is byte for byte the original, and an .xls/.csv is refused.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { unzipSync } from "fflate";
import { toA1 } from "../../src/domain/address";
import type { WorkbookGrid } from "../../src/domain/grid";
import { readWorkbookBytes } from "../../src/file";
import { MemoryHost } from "../../src/host/memory-host";
import { buildDownload, changedCells, DownloadError, downloadName } from "../../src/host/memory-download";
import { loadWorkbookGridWithExcelJs } from "../support/exceljs-grid";
import { fixturePath } from "../support/fixtures";

const FILE = "seed-002-compact.xlsx";

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

function valueAt(grid: WorkbookGrid, sheet: string, cell: string): unknown {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  for (let r = 0; r < s.rows.length; r++)
    for (let c = 0; c < s.rows[r].length; c++)
      if (toA1(r + (s.originRow ?? 0), c + (s.originCol ?? 0)) === cell) return s.rows[r][c];
  return undefined;
}

describe("buildDownload", () => {
  const original = new Uint8Array(fs.readFileSync(fixturePath(FILE)));

  it("writes the host's edit over the original bytes and leaves every other part as it was", async () => {
    const grid = await readWorkbookBytes(original, FILE);
    const host = new MemoryHost(grid);
    // An indicator cell with half-width colons, made full-width as a fix would.
    const target = findText(grid, "指标值:");
    const fixed = target.text.replace(/:/g, "：");
    await host.writeCells([{ sheet: target.sheet, cell: target.cell, value: fixed }]);

    const download = buildDownload({ fileName: FILE, bytes: original, grid }, await host.readWorkbook());
    expect(download.edits).toEqual([{ sheet: target.sheet, cell: target.cell, text: fixed }]);
    expect(download.fileName).toBe("seed-002-compact（已修改）.xlsx");

    const oldParts = unzipSync(original);
    const newParts = unzipSync(download.bytes);
    expect(Object.keys(newParts)).toEqual(Object.keys(oldParts));
    const changed = Object.keys(oldParts).filter((name) => !Buffer.from(oldParts[name]).equals(Buffer.from(newParts[name])));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);

    const reread = await readWorkbookBytes(download.bytes, download.fileName);
    expect(valueAt(reread, target.sheet, target.cell)).toBe(fixed);
    // Nothing else changed: the re-read workbook differs from the opened one in that cell only.
    expect(changedCells(grid, reread)).toEqual(download.edits);

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-download-")), download.fileName);
    fs.writeFileSync(file, download.bytes);
    const viaExcelJs = await loadWorkbookGridWithExcelJs(file);
    expect(valueAt(viaExcelJs, target.sheet, target.cell)).toBe(fixed);
    expect(valueAt(viaExcelJs, target.sheet, target.cell)).not.toBe(target.text);
  });

  it("gives the original bytes back when nothing changed", async () => {
    const grid = await readWorkbookBytes(original, FILE);
    const download = buildDownload({ fileName: FILE, bytes: original, grid }, await new MemoryHost(grid).readWorkbook());
    expect(download.edits).toEqual([]);
    expect(Buffer.from(download.bytes).equals(Buffer.from(original))).toBe(true);
  });

  it("names the sheets the pane added, which a patch cannot carry", async () => {
    const grid = await readWorkbookBytes(original, FILE);
    const current: WorkbookGrid = { sheets: [...grid.sheets, { name: "审核意见表", rows: [["意见"]] }] };
    expect(buildDownload({ fileName: FILE, bytes: original, grid }, current).sheetsLeftOut).toEqual(["审核意见表"]);
  });

  it("refuses a CSV in Chinese, naming the file", async () => {
    const csv = new TextEncoder().encode("项目名称,年度指标值\n法律服务,≧95%\n");
    const grid = await readWorkbookBytes(csv, "表.csv");
    const host = new MemoryHost(grid);
    await host.writeCells([{ sheet: grid.sheets[0].name, cell: "B2", value: "≥95%" }]);
    const current = await host.readWorkbook();
    expect(() => buildDownload({ fileName: "表.csv", bytes: csv, grid }, current)).toThrow(DownloadError);
    expect(() => buildDownload({ fileName: "表.csv", bytes: csv, grid }, current)).toThrow(/“表\.csv”不是 xlsx 工作簿/);
  });

  it("keeps the extension of a macro workbook and never reuses the opened name", () => {
    expect(downloadName("绩效目标表.xlsm")).toBe("绩效目标表（已修改）.xlsm");
  });
});
