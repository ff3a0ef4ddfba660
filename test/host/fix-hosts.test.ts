/**
 * Safe fixes through both hosts, over the published seed table 001 (its ≧) and the fixes its rules really
 * offer: every ≧ written in one write sync, a cell the user changed since the check refuses the
 * whole batch (nothing written), and undo restores every cell byte for byte.
 */
import * as fs from "fs";
import * as path from "path";
import type { SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { readWorkbook } from "../../src/domain/reader";
import { checkWorkbook } from "../../src/domain/check";
import { HostError, type WorkbookHost } from "../../src/host/host";
import { MemoryHost } from "../../src/host/memory-host";
import { OfficeHost } from "../../src/host/office-host";
import { planFixes } from "../../src/ui/fixes";
import { createFakeExcel, type FakeExcel } from "./fake-excel";

const seed = JSON.parse(fs.readFileSync(path.join(__dirname, "../../assets/samples/seed-001.json"), "utf8")) as SheetGrid;
const grid: WorkbookGrid = { sheets: [seed] };
const symbolFindings = checkWorkbook(readWorkbook(grid)).findings.filter((f) => f.rule === "nonstandard-symbol" && f.fix);
const plan = planFixes(symbolFindings, grid);
const cells = (g: WorkbookGrid) => JSON.stringify(g.sheets.map((s) => s.rows));

type Made = { host: WorkbookHost; userEdit: (cell: string, value: string) => void; writeSyncs: () => number };
const hosts: [string, () => Made][] = [
  ["MemoryHost", () => {
    const host = new MemoryHost(grid);
    return { host, userEdit: (cell, value) => void host.writeCells([{ sheet: seed.name, cell, value }]), writeSyncs: () => 0 };
  }],
  ["OfficeHost", () => {
    const fake: FakeExcel = createFakeExcel(grid);
    return { host: new OfficeHost(fake), userEdit: (cell, value) => fake.userEdit(seed.name, cell, value), writeSyncs: () => fake.stats.writeSyncs };
  }],
];

test("the seed's nonstandard-symbol findings (≧, 大于等于 …) plan one edit per cell, each from the checked text", () => {
  expect(plan.edits.length).toBeGreaterThan(1);
  expect(plan.fixed).toHaveLength(symbolFindings.length);
  for (const e of plan.edits) {
    expect(e.after).not.toBe(e.before);
    expect(e.after).not.toMatch(/[≧≦]/);
    expect(e.after).toMatch(/[≥≤><]/);
  }
});

describe.each(hosts)("%s", (_name, make) => {
  test("applies every fix in one write, and undo restores every cell byte for byte", async () => {
    const { host, writeSyncs } = make();
    const before = await host.readWorkbook();
    const receipt = await host.applyFixes(plan.edits);
    if (host.kind === "office") expect(writeSyncs()).toBe(1);
    const fixed = await host.readWorkbook();
    expect(checkWorkbook(readWorkbook(fixed)).findings.filter((f) => f.rule === "nonstandard-symbol")).toHaveLength(0);
    expect(cells(before)).toContain("≧");
    expect(cells(fixed)).not.toContain("≧");
    expect(cells(fixed)).not.toBe(cells(before));
    await host.undoFixes(receipt);
    expect(cells(await host.readWorkbook())).toBe(cells(before));
  });

  test("a cell changed since the check refuses the whole batch and writes nothing", async () => {
    const { host, userEdit } = make();
    const last = plan.edits[plan.edits.length - 1];
    userEdit(last.cell, `${last.before}（已改）`);
    const before = cells(await host.readWorkbook());
    await expect(host.applyFixes(plan.edits)).rejects.toThrow(HostError);
    await expect(host.applyFixes(plan.edits)).rejects.toThrow(`${last.cell} 已被修改`);
    expect(cells(await host.readWorkbook())).toBe(before);
  });

  test("undo refuses, changing nothing, when the user edited a fixed cell since", async () => {
    const { host, userEdit } = make();
    const receipt = await host.applyFixes(plan.edits);
    userEdit(plan.edits[0].cell, "用户改过");
    const before = cells(await host.readWorkbook());
    await expect(host.undoFixes(receipt)).rejects.toThrow("无法撤销修正");
    expect(cells(await host.readWorkbook())).toBe(before);
  });
});
