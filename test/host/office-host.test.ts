/** OfficeHost against the fake Office.js runtime: how many syncs, how many cells, in which batches. */
import { HostError, type Mark } from "../../src/host/host";
import { OfficeHost } from "../../src/host/office-host";
import { isMarkFormula } from "../../src/host/marks";
import { formatSnapshot, getValue, workbookFromGrid } from "../../src/host/memory-workbook";
import { createFakeExcel } from "./fake-excel";
import type { SheetGrid } from "../../src/domain/grid";
import { READ_BUDGET_BYTES } from "../../src/host/office-payload";
import { bigSheet, budgetTable, seedWorkbook, styledWorkbook } from "./support/workbooks";

const cellsOf = (rows: unknown[][]) => rows.length * Math.max(...rows.map((r) => r.length));

/** rows of a project name and a long Chinese goal text (`chars` characters): Excel's 3 bytes a character */
function longTextTable(rows: number, chars: number): SheetGrid {
  const goal = "通过实施本项目，保障办公场地正常运转，提升服务质量。".repeat(Math.ceil(chars / 24)).slice(0, chars);
  return { name: "表", rows: Array.from({ length: rows }, (_, r) => [`第${r + 1}号项目`, goal]) };
}

describe("reading", () => {
  test("a check of the seeds after prepare() is one read sync carrying every cell, nothing written", async () => {
    const fake = createFakeExcel(seedWorkbook());
    const host = new OfficeHost(fake);
    await host.prepare();
    expect(fake.stats.cellsLoaded).toBe(0); // the layout is sheet names and sizes only
    fake.resetStats();
    const grid = await host.readWorkbook();
    expect(fake.stats).toMatchObject({ batches: 1, syncs: 1, readSyncs: 1, writeSyncs: 0 });
    const expected = seedWorkbook().sheets.reduce((n, s) => n + cellsOf(s.rows), 0);
    // values and number formats of every cell; indent/bold of the first four columns, where the name column is
    const firstColumns = seedWorkbook().sheets.reduce((n, s) => n + s.rows.length * Math.min(4, Math.max(...s.rows.map((r) => r.length))), 0);
    expect(fake.stats.cellsLoaded).toBe(2 * expected + firstColumns);
    expect(grid.sheets).toHaveLength(3);
    // the read found the name column (A on every seed): the next one loads indent/bold for it alone
    fake.resetStats();
    await host.readWorkbook();
    const nameColumn = seedWorkbook().sheets.reduce((n, s) => n + s.rows.length, 0);
    expect(fake.stats).toMatchObject({ syncs: 1, cellsLoaded: 2 * expected + nameColumn });
  });

  test("1,000 projects: still one read sync, and a second check costs the same", async () => {
    const fake = createFakeExcel({ sheets: [budgetTable(1000)] });
    const host = new OfficeHost(fake);
    await host.prepare();
    fake.resetStats();
    const grid = await host.readWorkbook();
    expect(fake.stats).toMatchObject({ syncs: 1, readSyncs: 1, writeSyncs: 0 });
    expect(grid.sheets[0].rows).toHaveLength(1005);
    expect(grid.sheets[0].rows[1004][0]).toBe("    第1000号办公场地项目经费");
    fake.resetStats();
    await host.readWorkbook();
    expect(fake.stats.syncs).toBe(1);
  });

  test("without prepare() the first read learns the layout first: two syncs without cells, one with", async () => {
    const fake = createFakeExcel({ sheets: [budgetTable(20)] });
    await new OfficeHost(fake).readWorkbook();
    expect(fake.stats.log.map((s) => [s.kind, s.cells > 0])).toEqual([
      ["read", false],
      ["read", false],
      ["read", true],
    ]);
  });

  test("a 300k-cell sheet is read in chunks, each sync under the 1.5 MB budget, values and merges intact", async () => {
    const big = bigSheet(15_000, 20);
    big.merges = [{ top: 5000, left: 1, bottom: 5003, right: 1 }];
    const fake = createFakeExcel({ sheets: [budgetTable(10), big] });
    const host = new OfficeHost(fake);
    await host.prepare();
    fake.resetStats();
    const grid = await host.readWorkbook();
    const sheet = grid.sheets[1];
    expect(fake.stats.readSyncs).toBeGreaterThan(4);
    expect(fake.stats.maxBytesInOneSync).toBeLessThanOrEqual(READ_BUDGET_BYTES);
    expect(fake.stats.log.every((s) => !s.failed)).toBe(true);
    expect(sheet.rows).toEqual(big.rows);
    expect([sheet.originRow, sheet.originCol]).toEqual([2, 1]);
    expect(sheet.merges).toEqual([{ top: 5000, left: 1, bottom: 5003, right: 1 }]);
    expect(grid.sheets[0].rows).toHaveLength(15);
    // the second read plans from what the first one measured: fewer, fuller syncs, still under budget
    const first = fake.stats.readSyncs;
    fake.resetStats();
    await host.readWorkbook();
    expect(fake.stats.readSyncs).toBeLessThanOrEqual(first);
    expect(fake.stats.maxBytesInOneSync).toBeLessThanOrEqual(READ_BUDGET_BYTES);
  });

  test.each(["payload", "general"] as const)("a chunk Excel refuses (%s error) is halved and retried until it fits", async (payloadError) => {
    const fake = createFakeExcel({ sheets: [longTextTable(600, 400)] }, { maxBytesPerSync: 400_000, payloadError });
    const host = new OfficeHost(fake);
    const grid = await host.readWorkbook();
    expect(fake.stats.log.some((s) => s.failed)).toBe(true);
    expect(grid.sheets[0].rows).toEqual(longTextTable(600, 400).rows);
    expect(host.lastRead.retries).toBeGreaterThan(0);
  });

  test("a table whose single row is over the cap fails with the payload message, after halving down to one row", async () => {
    const fake = createFakeExcel({ sheets: [longTextTable(4, 20_000)] }, { maxBytesPerSync: 50_000 });
    await expect(new OfficeHost(fake).readWorkbook()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.stats.log.filter((s) => s.failed).length).toBeGreaterThan(1);
  });

  test("thousands of merged areas are read in bands under 512 and come back whole", async () => {
    const rows = Array.from({ length: 3_000 }, (_, r) => [`项目${r}`, r % 2 ? null : `指标${r}`, null]);
    const merges = Array.from({ length: 1_500 }, (_, i) => ({ top: i * 2, left: 1, bottom: i * 2 + 1, right: 2 }));
    const fake = createFakeExcel({ sheets: [{ name: "表", rows, merges }] });
    const grid = await new OfficeHost(fake).readWorkbook();
    expect(grid.sheets[0].merges).toHaveLength(1_500);
    expect(new Set(grid.sheets[0].merges?.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`))).toEqual(new Set(merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`)));
    expect(fake.stats.log.every((s) => !s.failed)).toBe(true);
  });

  test("a sheet added or renamed since the layout was learnt is still read", async () => {
    const fake = createFakeExcel({ sheets: [budgetTable(5, "甲")] });
    const host = new OfficeHost(fake);
    await host.prepare();
    const more = workbookFromGrid({ sheets: [budgetTable(3, "乙")] }).sheets[0];
    fake.workbook.sheets.push({ ...more, id: "{sheet-added}" });
    expect((await host.readWorkbook()).sheets.map((s) => s.name)).toEqual(["甲", "乙"]);
    fake.workbook.sheets[0].name = "甲（改）";
    expect((await host.readWorkbook()).sheets.map((s) => s.name)).toEqual(["甲（改）", "乙"]);
  });

  test("without ExcelApi 1.13 merged areas are skipped rather than failing the read", async () => {
    const fake = createFakeExcel(seedWorkbook(), { sets: { ExcelApi: "1.9" } });
    const grid = await new OfficeHost(fake).readWorkbook();
    expect(grid.sheets[1].merges).toBeUndefined();
    expect(grid.sheets[1].formats?.[2][0]).toEqual({ bold: true });
  });
});

describe("marking", () => {
  const many: Mark[] = Array.from({ length: 1000 }, (_, i) => ({
    sheet: "项目支出绩效目标表",
    cell: `${"BCG"[i % 3]}${6 + i}`,
    severity: (["error", "warning", "info"] as const)[i % 3],
  }));

  test("1,000 marks: one write sync, a rule per severity and 300 areas", async () => {
    const fake = createFakeExcel({ sheets: [budgetTable(1000)] });
    const host = new OfficeHost(fake);
    await host.markFindings(many);
    expect(fake.stats.writeSyncs).toBe(1);
    expect(fake.stats.batches).toBe(1);
    const rules = fake.workbook.sheets[0].conditionalFormats;
    expect(rules).toHaveLength(6); // 334 single-cell areas per severity: two rules each
    expect(Math.max(...rules.map((r) => r.ranges.length))).toBeLessThanOrEqual(300);
    expect(rules.every((r) => isMarkFormula(r.formula))).toBe(true);
    fake.resetStats();
    await host.markFindings(many.slice(0, 10));
    expect(fake.stats.writeSyncs).toBe(1); // old rules deleted and new ones added together
    expect(fake.workbook.sheets[0].conditionalFormats).toHaveLength(3);
  });

  test("3,000 scattered cells (getRanges fails past ~500 areas) are marked in batches and cleared", async () => {
    const scattered: Mark[] = Array.from({ length: 3_000 }, (_, i) => ({ sheet: "项目支出绩效目标表", cell: `${"BDF"[i % 3]}${6 + 2 * i}`, severity: "error" }));
    const fake = createFakeExcel({ sheets: [budgetTable(6_100)] });
    const host = new OfficeHost(fake);
    await host.markFindings(scattered);
    const rules = fake.workbook.sheets[0].conditionalFormats;
    expect(rules.reduce((n, r) => n + r.ranges.length, 0)).toBe(3_000);
    expect(rules.length).toBeGreaterThanOrEqual(10);
    await host.clearMarks();
    expect(fake.workbook.sheets[0].conditionalFormats).toHaveLength(0);
  });

  test("one sheet that refuses its marks leaves the other sheets marked and names itself", async () => {
    const fake = createFakeExcel({ sheets: [budgetTable(20, "甲"), budgetTable(20, "乙")] }, { maxRangesAreas: 5 });
    const marks: Mark[] = [
      { sheet: "甲", cell: "B7", severity: "error" },
      ...Array.from({ length: 8 }, (_, i): Mark => ({ sheet: "乙", cell: `B${7 + 2 * i}`, severity: "error" })),
    ];
    await expect(new OfficeHost(fake).markFindings(marks)).rejects.toThrow(/乙/);
    expect(fake.workbook.sheets[0].conditionalFormats).toHaveLength(1);
  });

  test("a pane reloaded later (a new host, no memory) still finds and clears exactly our marks", async () => {
    const wb = styledWorkbook();
    const before = formatSnapshot(wb);
    const fake = createFakeExcel(wb);
    await new OfficeHost(fake).markFindings([{ sheet: "白云区", cell: "B6", severity: "error" }]);
    await new OfficeHost(fake).clearMarks();
    expect(formatSnapshot(wb)).toBe(before);
  });

  test("a protected sheet is found in the reads: no write sync at all", async () => {
    const wb = styledWorkbook();
    wb.sheets[0].protected = true;
    const fake = createFakeExcel(wb);
    await expect(new OfficeHost(fake).markFindings([{ sheet: "白云区", cell: "B6", severity: "error" }])).rejects.toThrow(HostError);
    expect(fake.stats.writeSyncs).toBe(0);
  });

  test("clearing when nothing is marked writes nothing", async () => {
    const fake = createFakeExcel(styledWorkbook());
    await new OfficeHost(fake).clearMarks();
    expect(fake.stats.writeSyncs).toBe(0);
  });
});

describe("selecting", () => {
  test("activate and select travel in one batch and one sync", async () => {
    const fake = createFakeExcel(styledWorkbook());
    await new OfficeHost(fake).selectCell("市工商联", "C9");
    expect(fake.stats).toMatchObject({ batches: 1, syncs: 1, uiSyncs: 1 });
    expect(fake.workbook.selection).toEqual({ sheet: "市工商联", cell: "C9" });
  });

  test("while the user edits a cell the batch waits (delayForCellEdit) and then runs", async () => {
    const fake = createFakeExcel(styledWorkbook());
    const host = new OfficeHost(fake);
    fake.enterCellEdit();
    const done = host.selectCell("市工商联", "C9");
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.workbook.selection).toBeNull();
    fake.exitCellEdit();
    await done;
    expect(fake.workbook.selection).toEqual({ sheet: "市工商联", cell: "C9" });
  });

  test("a batch that does not wait fails in cell-edit mode, and that error reads in Chinese", async () => {
    const fake = createFakeExcel(styledWorkbook());
    fake.enterCellEdit();
    const raw = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("白云区").activate();
      await context.sync();
    });
    await expect(raw).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const { toHostError } = await import("../../src/host/errors");
    expect(toHostError(await raw.catch((e: unknown) => e)).message).toContain("正在编辑单元格");
  });
});

describe("failures", () => {
  test("the workbook closing between the reads and the write: a Chinese message, nothing written", async () => {
    const wb = styledWorkbook();
    const before = formatSnapshot(wb);
    const fake = createFakeExcel(wb);
    fake.beforeSync((n) => (n === 4 ? fake.closeWorkbook() : undefined)); // names, rules, formulas, then the write
    const error = await new OfficeHost(fake).markFindings([{ sheet: "白云区", cell: "B6", severity: "error" }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toContain("工作簿或工作表已关闭");
    expect(formatSnapshot(wb)).toBe(before);
  });

  test("Excel's internal error becomes a Chinese message that keeps the original as its cause", async () => {
    const fake = createFakeExcel(styledWorkbook());
    const { FakeOfficeError } = await import("./fake-excel");
    const cause = new FakeOfficeError("GeneralException", "An internal error has occurred.");
    fake.beforeSync(() => {
      throw cause;
    });
    const error = (await new OfficeHost(fake).readWorkbook().catch((e: unknown) => e)) as HostError;
    expect(error.message).toContain("内部错误");
    expect(error.code).toBe("GeneralException");
    expect(error.cause).toBe(cause);
  });

  test("writes land in one write sync; a cell-edit-free, protection-checked batch", async () => {
    const wb = styledWorkbook();
    const fake = createFakeExcel(wb);
    await new OfficeHost(fake).writeCells([
      { sheet: "白云区", cell: "B6", value: 15 },
      { sheet: "市工商联", cell: "B7", value: 12.5 },
    ]);
    expect(fake.stats.writeSyncs).toBe(1);
    expect([getValue(wb.sheets[0], 5, 1), getValue(wb.sheets[1], 6, 1)]).toEqual([15, 12.5]);
  });

  test("a listener registration that fails is reported to onError, not lost", async () => {
    const fake = createFakeExcel(styledWorkbook());
    fake.closeWorkbook();
    const errors: HostError[] = [];
    new OfficeHost(fake).onChanged(() => undefined, (e) => errors.push(e));
    await new Promise((r) => setTimeout(r, 0));
    expect(errors.map((e) => e.code)).toEqual(["ItemNotFound"]);
  });
});
