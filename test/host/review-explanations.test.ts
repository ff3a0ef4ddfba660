/**
 * Explained findings (已说明) stored through the host seam, in both hosts: the very hidden sheet
 * `jixiao_explained` in the row format the CLI reads, surviving a save/reload, rows inserted above,
 * and coming back open when the subject changes. OfficeHost: one read and one write sync per write.
 */
import { EXPLAINED_SHEET, EXPLANATION_COLUMNS, explainFinding } from "../../src/domain/review";
import { fromRows } from "../../src/domain/review/explanation-rows";
import { HostError } from "../../src/host/host";
import { MemoryHost } from "../../src/host/memory-host";
import { OfficeHost } from "../../src/host/office-host";
import { findSheet, getValue, sheetToGrid, workbookToGrid } from "../../src/host/memory-workbook";
import { insertSheetRow } from "../../src/host/memory-rows";
import { getNumberFormat } from "../../src/host/review-sheet-memory";
import { readWorkbook } from "../../src/domain/reader";
import { createFakeExcel } from "./fake-excel";
import { HOSTS, RUNNING, SECRET, TABLE, checkAndApply, saveAndReload, seedBook, sheetSnapshot, threeExplanations } from "./support/review";

const rowOf = (values: unknown[][], name: string): number => values.findIndex((r) => r?.[0] === name);

describe.each(HOSTS)("$label: explained findings", ({ make }) => {
  async function explainedBook() {
    const { host, workbook, fake } = make(seedBook());
    const first = checkAndApply(await host.readWorkbook());
    const { chosen, explanations } = threeExplanations(first.findings);
    await host.writeExplanations(explanations);
    return { host, workbook, fake, chosen, explanations, total: first.findings.length };
  }

  test("are stored in a very hidden sheet, as text, in the CLI's row format; the reader skips it", async () => {
    const { host, workbook, explanations } = await explainedBook();
    const sheet = findSheet(workbook, EXPLAINED_SHEET)!;
    expect(sheet.visibility).toBe("VeryHidden");
    expect(workbook.sheets.map((s) => s.name)).toEqual([TABLE, EXPLAINED_SHEET]);
    expect(workbook.activeSheet).toBe(TABLE);
    const stored = sheetToGrid(sheet);
    expect(stored.rows[0]).toEqual([...EXPLANATION_COLUMNS]);
    expect(fromRows(stored.rows).explanations).toEqual(explanations);
    // every cell of the written rectangle is text-formatted, so Excel cannot turn 563.39|… into a number
    for (let r = 0; r < 4; r++) for (let c = 0; c < EXPLANATION_COLUMNS.length; c++) expect(getNumberFormat(sheet, r, c)).toBe("@");
    expect(await host.readExplanations()).toEqual(explanations);
    const grid = workbookToGrid(workbook);
    expect(readWorkbook(grid).tables.map((t) => t.sheet)).toEqual([TABLE]);
    const again = checkAndApply(await host.readWorkbook());
    expect(again.stored.problems).toEqual([]);
    expect(again.explained.map((e) => e.explanation.reason).sort()).toEqual(explanations.map((e) => e.reason).sort());
  });

  test("survive a save and reload", async () => {
    const { workbook, chosen, explanations, total } = await explainedBook();
    const reopened = make(saveAndReload(workbook));
    expect(await reopened.host.readExplanations()).toEqual(explanations);
    const after = checkAndApply(await reopened.host.readWorkbook());
    expect(after.explained.map((e) => e.finding.key).sort()).toEqual(chosen.map((f) => f.key).sort());
    expect(after.open).toHaveLength(total - 3);
    expect(after.lapsed).toEqual([]);
    // the reason that looks like a formula comes back as the text it was
    expect(after.explained.map((e) => e.explanation.reason)).toContain("=涉密项目，指标不宜公开");
  });

  test("survive rows inserted above: the cells move, the keys do not", async () => {
    const { host, workbook, chosen } = await explainedBook();
    const table = findSheet(workbook, TABLE)!;
    for (let k = 0; k < 3; k++) insertSheetRow(table, 4);
    const after = checkAndApply(await host.readWorkbook());
    expect(after.explained).toHaveLength(3);
    const cellOf = (key: string) => after.explained.find((e) => e.finding.key === key)!.finding.cell;
    for (const f of chosen) expect(cellOf(f.key)).toBe(f.cell.replace(/\d+$/, (n) => String(Number(n) + 3)));
    expect(cellOf(chosen[0].key)).toBe("B9");
    expect(after.lapsed).toEqual([]);
  });

  test("come back open when the subject changes, with the old explanation beside them", async () => {
    const { host, workbook, chosen } = await explainedBook();
    const table = findSheet(workbook, TABLE)!;
    const running = rowOf(table.values, RUNNING);
    const secret = rowOf(table.values, SECRET);
    table.values[running][1] = 2.16;
    table.values[running][2] = 2.16;
    table.values[secret][6] = String(getValue(table, secret, 6)).replace(/项目信息不宜公开/g, "项目信息暂不公开");
    const after = checkAndApply(await host.readWorkbook());
    expect(after.lapsed.map((l) => l.finding.key).sort()).toEqual([chosen[1].key, chosen[2].key].sort());
    for (const l of after.lapsed) expect(after.open).toContain(l.finding);
    expect(after.lapsed.find((l) => l.finding.key === chosen[1].key)?.explanation.reason).toBe("两年期合同，按合同总额填报");
    // 563.38 + 0.01: the subtotal adds up now, so its explanation matches nothing
    expect(after.unmatched.map((e) => e.key)).toEqual([chosen[0].key]);
  });

  test("a second write replaces the list; reopening one leaves the others", async () => {
    const { host, workbook, explanations } = await explainedBook();
    await host.writeExplanations(explanations.slice(1));
    expect(await host.readExplanations()).toEqual(explanations.slice(1));
    expect(workbook.sheets.filter((s) => s.name === EXPLAINED_SHEET)).toHaveLength(1);
    // no leftover of the longer list below the new one
    expect(sheetToGrid(findSheet(workbook, EXPLAINED_SHEET)!).rows).toHaveLength(3);
    await host.writeExplanations([]);
    expect(await host.readExplanations()).toEqual([]);
  });

  test("a workbook without the sheet has no explanations, and reading creates nothing", async () => {
    const { host, workbook } = make(seedBook());
    expect(await host.readExplanations()).toEqual([]);
    expect(workbook.sheets.map((s) => s.name)).toEqual([TABLE]);
  });

  test("a protected storage sheet refuses in Chinese, naming it, and keeps what it held", async () => {
    const { host, workbook, explanations } = await explainedBook();
    const sheet = findSheet(workbook, EXPLAINED_SHEET)!;
    sheet.protected = true;
    const before = sheetSnapshot(sheet);
    const error = await host.writeExplanations([]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toContain(`“${EXPLAINED_SHEET}”受保护`);
    expect(sheetSnapshot(sheet)).toBe(before);
    expect(await host.readExplanations()).toEqual(explanations);
  });
});

describe("OfficeHost: syncs", () => {
  test("a write is one read sync and one write sync, the first (creating the sheet) as well", async () => {
    const fake = createFakeExcel(seedBook());
    const host = new OfficeHost(fake);
    const { findings } = checkAndApply(await host.readWorkbook());
    const { explanations } = threeExplanations(findings);
    fake.resetStats();
    await host.writeExplanations(explanations);
    expect(fake.stats).toMatchObject({ batches: 1, syncs: 2, readSyncs: 1, writeSyncs: 1 });
    fake.resetStats();
    await host.writeExplanations(explanations.slice(0, 1));
    expect(fake.stats).toMatchObject({ batches: 1, syncs: 2, readSyncs: 1, writeSyncs: 1 });
  });

  test("after a write the next check is still a single read sync, and it carries the explanations", async () => {
    const fake = createFakeExcel(seedBook());
    const host = new OfficeHost(fake);
    await host.prepare();
    const { findings } = checkAndApply(await host.readWorkbook());
    await host.writeExplanations(threeExplanations(findings).explanations);
    fake.resetStats();
    const after = checkAndApply(await host.readWorkbook());
    expect(fake.stats).toMatchObject({ syncs: 1, readSyncs: 1, writeSyncs: 0 });
    expect(after.explained).toHaveLength(3);
  });

  test("readExplanations reads without writing: two syncs with the sheet, one without", async () => {
    const fake = createFakeExcel(seedBook());
    const host = new OfficeHost(fake);
    fake.resetStats();
    await host.readExplanations();
    expect(fake.stats).toMatchObject({ syncs: 1, readSyncs: 1, writeSyncs: 0 });
    const { findings } = checkAndApply(await host.readWorkbook());
    await host.writeExplanations(threeExplanations(findings).explanations);
    fake.resetStats();
    expect(await host.readExplanations()).toHaveLength(3);
    expect(fake.stats).toMatchObject({ syncs: 2, readSyncs: 2, writeSyncs: 0 });
  });
});

test("both hosts write the same storage sheet, cell for cell", async () => {
  const memory = MemoryHost.fromWorkbook(seedBook());
  const fake = createFakeExcel(seedBook());
  const office = new OfficeHost(fake);
  const { findings } = checkAndApply(workbookToGrid(memory.workbook));
  const explanations = [
    ...threeExplanations(findings).explanations,
    explainFinding(findings[1], "'引号开头的理由", "李四", "2025-03-02T08:00:00.000Z"),
  ];
  await memory.writeExplanations(explanations);
  await office.writeExplanations(explanations);
  const ours = (wb: typeof memory.workbook) => sheetSnapshot(findSheet(wb, EXPLAINED_SHEET)!, false);
  expect(ours(fake.workbook)).toBe(ours(memory.workbook));
  expect(await office.readExplanations()).toEqual(explanations);
});
