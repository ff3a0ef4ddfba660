/** OfficeHost's picker edits against the fake Office.js: syncs per edit, cell-edit mode, failures. */
import { HostError } from "../../src/host/host";
import { OfficeHost } from "../../src/host/office-host";
import { formatSnapshot, getValue, workbookFromGrid, workbookToGrid } from "../../src/host/memory-workbook";
import { createFakeExcel } from "./fake-excel";
import type { CellEdit, RowEdit } from "../../src/host/edits";
import { compactEdit, expandedEdit, type PlannedEdit } from "./support/picker-edits";

function withFake<E>(planned: PlannedEdit<E>) {
  const fake = createFakeExcel(workbookFromGrid(planned.grid));
  return { ...planned, fake, host: new OfficeHost(fake) };
}
function setUp(which: "compact"): ReturnType<typeof withFake<CellEdit>>;
function setUp(which: "expanded"): ReturnType<typeof withFake<RowEdit>>;
function setUp(which: "compact" | "expanded") {
  return which === "compact" ? withFake(compactEdit()) : withFake(expandedEdit());
}

describe("syncs", () => {
  test.each(["compact", "expanded"] as const)("%s: insert is one batch of one read sync and one write sync; so is undo", async (which) => {
    const { fake, host, edit } = which === "compact" ? setUp("compact") : setUp("expanded");
    const receipt = await host.applyEdit(edit);
    expect(fake.stats).toMatchObject({ batches: 1, syncs: 2, readSyncs: 1, writeSyncs: 1 });
    expect(fake.stats.log.map((s) => s.kind)).toEqual(["read", "write"]);
    fake.resetStats();
    await host.undoEdit(receipt);
    expect(fake.stats).toMatchObject({ batches: 1, syncs: 2, readSyncs: 1, writeSyncs: 1 });
  });

  test("the row's cells travel as one 2-D array: the write sync holds one values write, whatever the width", async () => {
    const { fake, host, edit } = setUp("expanded");
    await host.applyEdit(edit);
    // insert + values + one merge per extension; nothing else queued in the write sync
    expect(fake.stats.log[1].ops).toBe(1 + 1 + 1 + edit.mergeExtensions.length); // + suspendApiCalculation
  });

  test("a refused insert costs the read sync only: nothing is written", async () => {
    const { fake, host, edit } = setUp("compact");
    fake.userEdit(edit.sheet, edit.cell, "用户改过");
    fake.resetStats();
    await expect(host.applyEdit(edit)).rejects.toMatchObject({ code: "Conflict" });
    expect(fake.stats).toMatchObject({ syncs: 1, readSyncs: 1, writeSyncs: 0 });
  });

  test("getSelection is one read sync", async () => {
    const { fake, host, grid } = setUp("compact");
    fake.workbook.selection = { sheet: grid.sheets[0].name, cell: "A9" };
    fake.resetStats();
    expect(await host.getSelection()).toEqual({ sheet: grid.sheets[0].name, cell: "A9" });
    expect(fake.stats).toMatchObject({ batches: 1, syncs: 1, readSyncs: 1 });
  });
});

describe("Excel's states", () => {
  test("while the user edits a cell the insert waits, then goes through", async () => {
    const { fake, host, edit } = setUp("compact");
    fake.enterCellEdit();
    const done = host.applyEdit(edit);
    await new Promise((r) => setTimeout(r, 10));
    expect(getValue(fake.workbook.sheets[0], 8, 6)).toBe(edit.before);
    fake.exitCellEdit();
    await done;
    expect(getValue(fake.workbook.sheets[0], 8, 6)).toBe(edit.after);
  });

  test("the workbook closing between the read and the write: a Chinese message, nothing written", async () => {
    const { fake, host, edit } = setUp("expanded");
    const values = JSON.stringify(workbookToGrid(fake.workbook));
    const formats = formatSnapshot(fake.workbook);
    fake.beforeSync((n) => (n === 2 ? fake.closeWorkbook() : undefined));
    const error = await host.applyEdit(edit).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toContain("工作簿或工作表已关闭");
    expect(JSON.stringify(workbookToGrid(fake.workbook))).toBe(values);
    expect(formatSnapshot(fake.workbook)).toBe(formats);
  });

  test("a sheet renamed since the check is named in the message", async () => {
    const { fake, host, edit } = setUp("compact");
    fake.workbook.sheets[0].name = "改名后的表";
    const error = (await host.applyEdit(edit).catch((e: unknown) => e)) as HostError;
    expect(error.message).toContain(`找不到工作表“${edit.sheet}”`);
  });

  test("a protected sheet refuses the undo too, leaving the inserted row", async () => {
    const { fake, host, edit } = setUp("expanded");
    const receipt = await host.applyEdit(edit);
    fake.workbook.sheets[0].protected = true;
    await expect(host.undoEdit(receipt)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(getValue(fake.workbook.sheets[0], edit.row - 1, 8)).toBe("政策知晓率");
  });
});
