/**
 * The fake Office.js runtime must be as strict as Office.js where our host could go wrong, or the
 * host tests prove nothing. These tests pin that strictness down.
 */
import { getValue, setStyle, workbookFromGrid } from "../../src/host/memory-workbook";
import { createFakeExcel } from "./fake-excel";
import type { FakeRequestContext } from "./fake-excel";
import { budgetTable, styledWorkbook } from "./support/workbooks";

type Ctx = FakeRequestContext;
const run = <T>(fake: ReturnType<typeof createFakeExcel>, batch: (c: Ctx) => Promise<T>) =>
  fake.Excel.run(batch as unknown as (c: Excel.RequestContext) => Promise<T>);

test("a property read before load(), or after load() but before sync(), throws PropertyNotLoaded", async () => {
  const fake = createFakeExcel({ sheets: [budgetTable(3)] });
  await run(fake, async (context) => {
    const range = context.workbook.worksheets.getItem("项目支出绩效目标表").getRange("A4:B4");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.values).toEqual([["合计", 4.5]]);
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });
});

test("isNullObject needs a sync; a null object's properties cannot be read", async () => {
  const fake = createFakeExcel(styledWorkbook());
  await run(fake, async (context) => {
    const used = context.workbook.worksheets.getItem("说明").getUsedRangeOrNullObject(true).load("address");
    expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(used.isNullObject).toBe(true);
    expect(() => used.address).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });
});

test("a failing operation stops its batch: what came before it happened, what came after did not", async () => {
  const wb = styledWorkbook();
  wb.sheets[1].protected = true;
  const fake = createFakeExcel(wb);
  const done = run(fake, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.getItem("白云区").getRange("B6").values = [[1]];
    sheets.getItem("市工商联").getRange("B6").values = [[2]];
    sheets.getItem("白云区").getRange("B7").values = [[3]];
    await context.sync();
  });
  await expect(done).rejects.toMatchObject({ code: "AccessDenied" });
  expect([getValue(wb.sheets[0], 5, 1), getValue(wb.sheets[0], 6, 1)]).toEqual([1, 0.3]);
});

test("select() on a sheet that is not active is refused; activate() first works", async () => {
  const fake = createFakeExcel(styledWorkbook());
  const select = (activate: boolean) =>
    run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("市工商联");
      if (activate) sheet.activate();
      sheet.getRange("A1").select();
      await context.sync();
    });
  await expect(select(false)).rejects.toMatchObject({ code: "InvalidSelection" });
  await select(true);
  expect(fake.workbook.selection).toEqual({ sheet: "市工商联", cell: "A1" });
});

test("values: null leaves a cell alone, \"\" clears it, a wrong shape fails", async () => {
  const wb = styledWorkbook();
  const fake = createFakeExcel(wb);
  await run(fake, async (context) => {
    context.workbook.worksheets.getItem("白云区").getRange("B6:C6").values = [[null, ""]];
    await context.sync();
  });
  expect([getValue(wb.sheets[0], 5, 1), getValue(wb.sheets[0], 5, 2)]).toEqual([14, null]);
  const wrong = run(fake, async (context) => {
    context.workbook.worksheets.getItem("白云区").getRange("B6:C6").values = [[1]];
    await context.sync();
  });
  await expect(wrong).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("getCellProperties reports \"no fill\" as white, the trap that rules out snapshot-and-restore", async () => {
  const wb = styledWorkbook();
  setStyle(wb.sheets[0], 9, 0, { fill: "#FFFFFF" });
  const fake = createFakeExcel(wb);
  const fills = await run(fake, async (context) => {
    const props = context.workbook.worksheets.getItem("白云区").getRange("A9:A10").getCellProperties({ format: { fill: { color: true } } });
    await context.sync();
    return props.value.map((row) => row[0].format);
  });
  expect(fills).toEqual([{ fill: { color: "#FFFFFF" } }, { fill: { color: "#FFFFFF" } }]);
});

test("syncs are counted by kind, with the cells each one loaded", async () => {
  const fake = createFakeExcel({ sheets: [budgetTable(3)] });
  await run(fake, async (context) => {
    const sheet = context.workbook.worksheets.getItem("项目支出绩效目标表");
    sheet.getUsedRange(true).load("values");
    await context.sync();
    sheet.activate();
    await context.sync();
    sheet.getRange("B6").values = [[2]];
    await context.sync();
  });
  expect(fake.stats).toMatchObject({ batches: 1, syncs: 3, readSyncs: 1, uiSyncs: 1, writeSyncs: 1, cellsLoaded: 8 * 7 });
});

test("load() without property names is refused (house rule: load only what you read)", async () => {
  const fake = createFakeExcel({ sheets: [budgetTable(1)] });
  await expect(
    run(fake, async (context) => {
      context.workbook.worksheets.getItem("项目支出绩效目标表").getRange("A1").load();
    }),
  ).rejects.toThrow("without property names");
});

test("our own writes raise events marked ThisLocalAddin; older hosts send no triggerSource", async () => {
  for (const triggerSource of [true, false]) {
    const fake = createFakeExcel(styledWorkbook(), { triggerSource });
    const seen: unknown[] = [];
    await run(fake, async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => void seen.push(e.triggerSource));
      await context.sync();
      context.workbook.worksheets.getItem("白云区").getRange("B6").values = [[1]];
      await context.sync();
    });
    fake.userEdit("白云区", "B7", 2);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(triggerSource ? ["ThisLocalAddin", "Unknown"] : [undefined, undefined]);
  }
});

test("rowHidden and columnHidden answer as ExcelApi 1.2 says: true all hidden, false none, null some", async () => {
  const wb = workbookFromGrid({ sheets: [budgetTable(3)] });
  wb.sheets[0].hiddenRows = new Set([5, 6]);
  wb.sheets[0].hiddenCols = new Set([4]);
  const fake = createFakeExcel(wb);
  await run(fake, async (context) => {
    const ws = context.workbook.worksheets.getItem("项目支出绩效目标表");
    const [some, all, none, columnE] = ["A5:G8", "C6:D7", "A1:G5", "E1:E9"].map((a) => ws.getRange(a).load("rowHidden,columnHidden"));
    await context.sync();
    expect([some.rowHidden, all.rowHidden, none.rowHidden, columnE.rowHidden]).toEqual([null, true, false, null]);
    expect([some.columnHidden, all.columnHidden, none.columnHidden, columnE.columnHidden]).toEqual([null, false, null, true]);
  });
  expect(fake.stats.cellsLoaded).toBe(0);
});
