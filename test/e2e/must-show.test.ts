/**
 * Issue #15's "Must show" in the browser workspace (the production build in Chromium, no Office):
 * the user's own .xlsx opened from disk through 打开工作簿.
 * - Seed 001 (test/fixtures/seed-001-compact.xlsx) writes `≧`: 全部修正 on nonstandard-symbol
 *   rewrites every cell holding one, the findings go, and 撤销修正 gives back every cell byte for
 *   byte (both proved by downloading: the first download holds exactly the planned edits and no `≧`;
 *   after the undo the download is the opened package itself, part for part).
 * - 修正 on one finding (a text-typo, not an insert), 下载, and the download re-read with ExcelJS: the
 *   fixed cell holds the fixed text, every other cell's text and style is as in the original, and
 *   every zip part but the sheet's is byte for byte the original.
 * - axe-core finds nothing serious or critical in the workspace's own states (demo, a workbook
 *   opened (seed 002 for 只看错误), a fix preview open, after 全部修正, 按规则 and 只看错误, English,
 *   新建绩效目标表 done, a broken file's message).
 * Screenshots: os.tmpdir()/jixiao-e2e-shots/must-*.png.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { readWorkbook } from "../../src/domain/reader";
import { checkWorkbook } from "../../src/domain/check";
import type { Finding } from "../../src/domain/finding";
import type { WorkbookGrid } from "../../src/domain/grid";
import { toA1 } from "../../src/domain/address";
import { readWorkbookBytes } from "../../src/file";
import { changedCells } from "../../src/host/memory-download";
import { planFixes } from "../../src/ui/fixes";
import { fixturePath } from "../support/fixtures";
import { changedParts } from "../file/patch-readers";
import { e2eSuite, expectPagesStayedLocal } from "./support/suite";
import { check, findingsOf, fixAllOf } from "./support/pane";
import { axeViolations } from "./support/axe";
import { downloadBy, openWorkbookFile, openWorkspace } from "./support/workspace";

const FILE = fixturePath("seed-001-compact");
const suite = e2eSuite({ timeout: 180_000 });

let original: Uint8Array;
let grid: WorkbookGrid;
let findings: Finding[];

beforeAll(async () => {
  original = new Uint8Array(fs.readFileSync(FILE));
  grid = await readWorkbookBytes(original, path.basename(FILE));
  findings = checkWorkbook(readWorkbook(grid)).findings;
});

const shot = (page: Page, name: string) => suite.shot(page, `must-${name}`, true);

/** The workspace with a fixture (default: seed 001) opened from disk, 350 px wide. */
async function openFixture(file = FILE): Promise<Page> {
  const page = await openWorkspace(suite, { height: 800 });
  expect(await axeViolations(page)).toEqual([]);
  await openWorkbookFile(page, file);
  return page;
}

const download = async (page: Page): Promise<Uint8Array> => (await downloadBy(page)).bytes;

/** Every text cell of a grid that holds `needle`, as "sheet!cell" in row order. */
function cellsHolding(g: WorkbookGrid, needle: string): string[] {
  return g.sheets.flatMap((s) =>
    s.rows.flatMap((row, r) =>
      row.flatMap((v, c) => (typeof v === "string" && v.includes(needle) ? [`${s.name}!${toA1(r + (s.originRow ?? 0), c + (s.originCol ?? 0))}`] : [])),
    ),
  );
}

/** A folded finding (one of a "×N" line, or in a closed group) is hidden: open every group around it. */
async function reveal(finding: Locator): Promise<void> {
  await finding.evaluate((el) => {
    for (let box = el.closest("div[hidden]"); box; box = box.parentElement?.closest("div[hidden]") ?? null) {
      box.previousElementSibling?.querySelector("button")?.click();
    }
  });
  await finding.waitFor({ state: "visible" });
}

test("全部修正 on nonstandard-symbol rewrites every ≧ of seed 001; 撤销修正 gives every cell back byte for byte", async () => {
  const page = await openFixture();
  const symbols = findings.filter((f) => f.rule === "nonstandard-symbol");
  const plan = planFixes(symbols, grid);
  const withGe = cellsHolding(grid, "≧");
  expect(withGe.length).toBeGreaterThan(1);
  // the plan reaches every cell that holds a ≧, and leaves none behind
  expect(withGe.every((at) => plan.edits.some((e) => `${e.sheet}!${e.cell}` === at))).toBe(true);
  expect(plan.edits.every((e) => !e.after.includes("≧"))).toBe(true);

  await check(page);
  expect(await findingsOf(page, "nonstandard-symbol").count()).toBe(symbols.length);
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "01-seed001-checked");

  await fixAllOf(page, "nonstandard-symbol", symbols.length);
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "02-fixed-all");

  const fixed = await download(page);
  const reread = await readWorkbookBytes(fixed, "fixed.xlsx");
  expect(cellsHolding(reread, "≧")).toEqual([]);
  expect(changedCells(grid, reread)).toEqual(plan.edits.map((e) => ({ sheet: e.sheet, cell: e.cell, value: e.after })));

  // (下载 took the focus that 全部修正 gave 撤销修正)
  await page.getByTestId("fix-bar").getByRole("button", { name: "撤销修正" }).click();
  await page.getByTestId("fix-undone").waitFor();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="finding"][data-rule="nonstandard-symbol"]').length === n,
    symbols.length,
  );
  await shot(page, "03-undone");
  // Every cell as the user gave it: the download after the undo re-reads to the opened grid, and
  // its package is the opened one, part for part.
  const undone = await download(page);
  expect(await readWorkbookBytes(undone, "undone.xlsx")).toEqual(grid);
  expect(changedParts(original, undone)).toEqual([]);
});

/** Every cell ExcelJS sees in either workbook: address → its text and style, per sheet. */
async function excelCells(bytes: Uint8Array): Promise<Map<string, { text: string; style: string }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out = new Map<string, { text: string; style: string }>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => out.set(`${ws.name}!${cell.address}`, { text: cell.text, style: JSON.stringify(cell.style) })),
    ),
  );
  return out;
}

test("修正 one finding of a workbook opened from disk, 下载, and ExcelJS reads the fix and nothing else changed", async () => {
  // a text-typo alone in its cell: the one fix 修正 applies is the whole change
  const typo = findings.find((f) => f.rule === "text-typo" && f.fix && findings.filter((g) => g.fix?.cell === f.fix!.cell).length === 1);
  expect(typo).toBeDefined();
  const edit = planFixes([typo!], grid).edits[0];
  expect(edit.after).not.toBe(edit.before);

  const page = await openFixture();
  await check(page);
  const item = findingsOf(page, "text-typo").and(page.locator(`[data-cell="${typo!.cell}"]`));
  expect(await item.count()).toBe(1);
  await reveal(item);
  await item.getByRole("button").first().click();
  const preview = item.getByTestId("fix-preview");
  await preview.waitFor();
  expect(await preview.innerText()).toContain(typo!.fix!.description);
  expect(await axeViolations(page)).toEqual([]);
  await item.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await shot(page, "04-fix-preview");
  await preview.getByRole("button", { name: "修正", exact: true }).click();
  await page.getByTestId("fix-fixed").waitFor();
  await page.waitForFunction((cell) => !document.querySelector(`[data-testid="finding"][data-rule="text-typo"][data-cell="${cell}"]`), typo!.cell);

  const bytes = await download(page);
  const [before, after] = await Promise.all([excelCells(original), excelCells(bytes)]);
  const address = `${edit.sheet}!${edit.cell}`;
  expect(before.get(address)?.text).toBe(edit.before);
  expect(after.get(address)?.text).toBe(edit.after);
  // the fixed cell keeps its style; every other cell keeps its text and style
  expect(after.get(address)?.style).toBe(before.get(address)?.style);
  before.delete(address);
  after.delete(address);
  expect(after).toEqual(before);
  expect(changedParts(original, bytes)).toEqual(["xl/worksheets/sheet1.xml"]);
});

test("axe finds nothing serious in the workspace: 按规则, 只看错误, English, 新建, a broken file's message", async () => {
  // seed 002: it has errors, so 只看错误 has something to show (seed 001 has none)
  const page = await openFixture(fixturePath("seed-002-compact"));
  await check(page);
  await page.getByRole("combobox", { name: "排序" }).click();
  await page.getByRole("option", { name: "按规则" }).click();
  await page.getByRole("combobox", { name: "排序" }).filter({ hasText: "按规则" }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "05-by-rule");

  await page.getByRole("button", { name: "只看错误" }).click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="finding"]')].every((el) => el.dataset.severity === "error"),
  );
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "06-only-errors");

  await page.getByRole("button", { name: "English（切换到英文）" }).click();
  await page.getByRole("region", { name: "Check summary" }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "07-english");
  await page.getByRole("button", { name: "中文 (Switch to Chinese)" }).click();

  await page.getByRole("tab", { name: "插入指标" }).click();
  const newTable = page.getByTestId("new-table");
  await newTable.getByRole("button", { name: "新建绩效目标表" }).click();
  await newTable.getByRole("status").waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "08-new-table");

  await page.getByTestId("workspace-file").setInputFiles({ name: "坏文件.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("这不是工作簿") });
  await page.getByTestId("workspace-message").filter({ hasText: "坏文件.xlsx" }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "09-broken-file");
});

test("no request left 127.0.0.1 and no page raised an error", () => expectPagesStayedLocal(suite.opened, 3));
