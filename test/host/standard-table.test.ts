/**
 * 新建绩效目标表 through both hosts, beside a table the user already has: a new sheet under a free
 * name (the seed's own sheet is 项目支出绩效目标表 and is left byte for byte), activated, with the
 * formats the plan asks for, read back by the reader in the chosen layout and checked clean but for
 * the example's placeholders; the two hosts write the same sheet, OfficeHost in one read and one write sync.
 */
import { fromA1 } from "../../src/domain/address";
import { readWorkbook } from "../../src/domain/reader";
import { checkWorkbook } from "../../src/domain/check";
import { projectsOf } from "../../src/domain/model";
import { TEMPLATE_LAYOUTS, planStandardTable } from "../../src/domain/template/standard-table";
import { findSheet, getStyle, getValue, workbookToGrid } from "../../src/host/memory-workbook";
import { getNumberFormat } from "../../src/host/review-sheet-memory";
import { widthInPoints } from "../../src/host/review-sheet-plan";
import { MemoryHost } from "../../src/host/memory-host";
import { OfficeHost } from "../../src/host/office-host";
import { createFakeExcel } from "./fake-excel";
import { HOSTS, TABLE, seedBook, sheetSnapshot } from "./support/review";

const NEW = "项目支出绩效目标表(2)";

describe.each(HOSTS)("$label: 新建绩效目标表", ({ make }) => {
  test.each(TEMPLATE_LAYOUTS)("%s: a new sheet the reader reads in that layout, only placeholders found", async (layout) => {
    const { host, workbook } = make(seedBook());
    expect(TABLE).toBe("项目支出绩效目标表");
    const before = sheetSnapshot(findSheet(workbook, TABLE)!);

    await expect(host.addStandardTable(layout)).resolves.toBe(NEW);
    expect(workbook.sheets.map((s) => s.name)).toEqual([TABLE, NEW]);
    expect(sheetSnapshot(findSheet(workbook, TABLE)!)).toBe(before);
    expect(workbook.activeSheet).toBe(NEW);

    const grid = await host.readWorkbook();
    const model = readWorkbook({ sheets: grid.sheets.filter((s) => s.name === NEW) });
    expect(model.tables.map((t) => t.layout)).toEqual([layout]);
    expect(projectsOf(model.tables[0])).toHaveLength(1);
    const findings = checkWorkbook(model).findings;
    expect(findings.map((f) => f.rule)).toEqual(Array(5).fill("placeholder-value"));
  });

  test.each(TEMPLATE_LAYOUTS)("%s: title, amounts as 0.00, wrapped text, widths and a frozen header", async (layout) => {
    const { host, workbook } = make(seedBook());
    await host.addStandardTable(layout);
    const plan = planStandardTable(layout);
    const sheet = findSheet(workbook, NEW)!;
    expect(getValue(sheet, 0, 0)).toBe(layout === "form" ? "项目支出绩效目标申报表" : "项目支出绩效目标表");
    expect(getValue(sheet, 1, plan.rows[0].length - 1)).toBe("单位：万元");
    expect(getStyle(sheet, plan.headerRow, 0).font.bold).toBe(true);
    plan.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        expect(getValue(sheet, r, c)).toBe(v);
        expect(getNumberFormat(sheet, r, c)).toBe(plan.numberFormats[r][c]);
      }),
    );
    // the goal cell the reader finds wraps, in a table's column as in the form's block
    const grid = await host.readWorkbook();
    const [project] = projectsOf(readWorkbook({ sheets: grid.sheets.filter((s) => s.name === NEW) }).tables[0]);
    const goal = fromA1(project.goalCell!)!;
    expect(getStyle(sheet, goal.row, goal.col).alignment?.wrap).toBe(true);
    plan.columnWidths.forEach((chars, c) => expect(sheet.columnWidths?.get(c)).toBe(widthInPoints(chars)));
    expect(sheet.frozenRows).toBe(plan.freezeRows);
  });

  test("a second new table takes the next free name; nothing is replaced", async () => {
    const { host, workbook } = make(seedBook());
    await host.addStandardTable("compact");
    const first = sheetSnapshot(findSheet(workbook, NEW)!);
    await expect(host.addStandardTable("expanded")).resolves.toBe("项目支出绩效目标表(3)");
    expect(sheetSnapshot(findSheet(workbook, NEW)!)).toBe(first);
    expect(workbookToGrid(workbook).sheets.map((s) => s.name)).toEqual([TABLE, NEW, "项目支出绩效目标表(3)"]);
  });
});

test.each(TEMPLATE_LAYOUTS)("%s: both hosts write the same table, cell for cell and format for format", async (layout) => {
  const memory = MemoryHost.fromWorkbook(seedBook());
  const fake = createFakeExcel(seedBook());
  await memory.addStandardTable(layout);
  await new OfficeHost(fake).addStandardTable(layout);
  const table = (wb: typeof memory.workbook) => JSON.parse(sheetSnapshot(findSheet(wb, NEW)!, false)) as unknown;
  expect(table(fake.workbook)).toEqual(table(memory.workbook));
});

test("OfficeHost: one read sync (the sheet names) and one write sync", async () => {
  const fake = createFakeExcel(seedBook());
  const host = new OfficeHost(fake);
  await host.prepare();
  fake.resetStats();
  await host.addStandardTable("compact");
  expect(fake.stats).toMatchObject({ batches: 1, syncs: 2, readSyncs: 1, writeSyncs: 1 });
});
