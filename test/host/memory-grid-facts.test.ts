/**
 * The browser workspace checks a file through the in-memory host (file → grid → MemoryHost →
 * readWorkbook → reader), the CLI straight from the grid. Both must judge a file alike: number
 * formats (displayed amounts), hidden rows, formulas without results and very hidden sheets have to
 * survive the host, and move with the rows when the picker inserts one.
 */
import * as fs from "fs";
import * as path from "path";
import { checkWorkbook } from "../../src/domain/check";
import type { CellFormat, CellValue, FormulaCell, SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { readerNotes, readWorkbook } from "../../src/domain/reader";
import { readWorkbookBytes } from "../../src/file";
import { MemoryHost } from "../../src/host/memory-host";
import { deleteSheetRow, insertSheetRow } from "../../src/host/memory-rows";
import { compactSheet, project } from "../domain/reader/helpers";

/** What a reviewer sees of a check: the findings (rule, cell, message), the reader's notes and problems. */
function verdict(grid: WorkbookGrid) {
  const model = readWorkbook(grid);
  return {
    findings: checkWorkbook(model).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`),
    notes: readerNotes(model).map((n) => JSON.stringify(n)),
    problems: model.problems.map((p) => `${p.code} ${p.sheet}!${p.cell ?? ""}`),
  };
}

const throughHost = async (grid: WorkbookGrid): Promise<WorkbookGrid> => new MemoryHost(structuredClone(grid)).readWorkbook();

const agencyRow = (name: string, total: number | null): CellValue[] => [name, total, total, null, null, null, null];

/** 14.0049 and 20.008 shown with two decimals: the table ties as shown, not as held. */
function displayed(): SheetGrid {
  const sheet = compactSheet([agencyRow("合计", 34), agencyRow("广州市工商业联合会", 34), project("工作经费", 14.0049), project("购置经费", 20)]);
  const twoDecimals: CellFormat = { numberFormat: "0.00" };
  sheet.formats = sheet.rows.map((row, r) => (r < 3 ? [] : row.map((_, c) => (c >= 1 && c <= 4 ? twoDecimals : null))));
  return sheet;
}

/** Row 6 (0-based 5) hidden; the 合计 counts only what is shown. */
function hiddenRow(): SheetGrid {
  const sheet = compactSheet([agencyRow("合计", 15), project("工作经费", 10), project("旧项目经费", 30), project("购置经费", 5)]);
  sheet.hiddenRows = [5];
  return sheet;
}

/** 合计 and 小计 as formulas a tool wrote without results: one a plain sum, one not. */
function uncachedFormulas(): SheetGrid {
  const sheet = compactSheet([agencyRow("合计", null), agencyRow("广州市工商业联合会", null), project("工作经费", 10), project("购置经费", 20)]);
  const uncached = (row: number, col: number, formula: string): FormulaCell => ({ row, col, formula, cached: false });
  sheet.formulas = [uncached(3, 1, "VLOOKUP(A5,Sheet2!A:B,2,0)"), uncached(3, 2, "C5"), uncached(4, 1, "SUM(B6:B7)"), uncached(4, 2, "SUM(C6:C7)")];
  return sheet;
}

describe("the in-memory host keeps what the reader needs from a file", () => {
  it.each([
    ["displayed amounts", displayed],
    ["a hidden row", hiddenRow],
    ["formulas without results", uncachedFormulas],
  ])("%s: the workspace's check equals the CLI's", async (_, build) => {
    const grid: WorkbookGrid = { sheets: [build()] };
    const direct = verdict(grid);
    // each case has something to lose: a note, a problem or a finding that depends on the fact
    expect(direct.notes.length + direct.problems.length + direct.findings.length).toBeGreaterThan(0);
    expect(verdict(await throughHost(grid))).toEqual(direct);
  });

  it("judged without those facts the same tables read differently (what the host used to do)", () => {
    const bare = (sheet: SheetGrid): WorkbookGrid => ({ sheets: [{ name: sheet.name, rows: sheet.rows, originRow: sheet.originRow, originCol: sheet.originCol }] });
    for (const build of [displayed, hiddenRow, uncachedFormulas]) {
      expect(verdict(bare(build()))).not.toEqual(verdict({ sheets: [build()] }));
    }
  });

  const fixtures = path.join(__dirname, "../fixtures");
  const readable = fs.readdirSync(fixtures).filter((f) => /\.(xlsx|xls|csv)$/.test(f) && !/corrupt|encrypted|not-a-workbook/.test(f));
  it.each(readable)("%s: the same verdict through the host as from the file", async (file) => {
    const grid = await readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(fixtures, file))), file);
    expect(verdict(await throughHost(grid))).toEqual(verdict(grid));
  });

  it("a row inserted above moves the hidden row, its number formats and formulas with it", () => {
    const host = new MemoryHost({ sheets: [hiddenRow(), { ...displayed(), name: "Sheet2" }] });
    const [first, second] = host.workbook.sheets;
    insertSheetRow(first, 4);
    insertSheetRow(second, 4);
    expect([...(first.hiddenRows ?? [])]).toEqual([6]);
    expect(second.numberFormats?.get("6,1")).toBe("0.00");
    expect(second.numberFormats?.has("4,1")).toBe(false);
  });

  it("a deleted hidden row is no longer hidden anywhere", () => {
    const host = new MemoryHost({ sheets: [hiddenRow()] });
    const sheet = host.workbook.sheets[0];
    deleteSheetRow(sheet, 2);
    expect([...(sheet.hiddenRows ?? [])]).toEqual([4]);
    deleteSheetRow(sheet, 4);
    expect([...(sheet.hiddenRows ?? [])]).toEqual([]);
  });
});
