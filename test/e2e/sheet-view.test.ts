/**
 * The browser workspace's sheet view in Chromium, with no Office at all (the demo's seed tables):
 * at 1280 px it sits beside the pane; at 350 px it is hidden until 表格视图 shows it above the pane.
 * Clicking a finding selects its cell in the sheet view and scrolls it into view; 全部修正 on a rule
 * shows 已修改 on exactly the cells it changed; a 300-project workbook keeps a screenful of rows in the
 * DOM and scrolls by keyboard; axe-core finds nothing serious or critical.
 * Screenshots: os.tmpdir()/jixiao-e2e-shots/sheet-view-*.png.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import type { SheetGrid } from "../../src/domain/grid";
import { e2eSuite, expectPagesStayedLocal } from "./support/suite";
import { check } from "./support/pane";
import { animationsSettled, axeViolations } from "./support/axe";
import { openWorkbookFile, openWorkspace } from "./support/workspace";

const suite = e2eSuite();

/** The workspace `width` px wide and 800 high: 1280 shows the sheet view beside the pane, 350 is a pane. */
const workspace = (width: number) => openWorkspace(suite, { width, height: 800 });

const shot = (page: Page, name: string) => suite.shot(page, `sheet-view-${name}`);

/** Whether the element's box lies inside the scrolling region's visible box (under its sticky headers). */
async function inView(region: Locator, cell: Locator): Promise<boolean> {
  const outer = await region.boundingBox();
  const inner = await cell.boundingBox();
  if (!outer || !inner) return false;
  return inner.y >= outer.y && inner.y + inner.height <= outer.y + outer.height + 1 && inner.x >= outer.x && inner.x < outer.x + outer.width;
}

/** Clicks the finding at `index` of the list and checks the sheet view selects and shows its cell. */
async function followFinding(page: Page, index: number): Promise<void> {
  // a rule firing many times in one project folds its findings into one line: only the shown ones
  const finding = page.locator('[data-testid="finding"]:visible').nth(index);
  const cell = await finding.getAttribute("data-cell");
  await finding.getByRole("button").first().click();
  const region = page.getByTestId("sheet-region");
  const selected = region.locator(`[data-selected][data-cell="${cell}"]`);
  await selected.waitFor();
  expect(await region.locator("[data-selected]").count()).toBe(1);
  await animationsSettled(page);
  expect(await inView(region, selected)).toBe(true);
  // and on screen: the sheet view does not scroll away with the list of findings
  const box = await selected.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
}

test("at 1280 px the sheet view is beside the pane; a finding selects its cell there and scrolls it into view", async () => {
  const page = await workspace(1280);
  const sheet = page.getByTestId("sheet-view");
  const pane = page.getByTestId("pane-toolbar");
  await sheet.waitFor();
  const [sheetBox, paneBox] = [await sheet.boundingBox(), await pane.boundingBox()];
  expect(sheetBox!.x + sheetBox!.width).toBeLessThanOrEqual(paneBox!.x);
  expect(await page.getByRole("button", { name: "表格视图" }).count()).toBe(0);

  await check(page);
  expect(await page.getByTestId("sheet-region").locator("[data-severity]").count()).toBe(0);
  await page.getByRole("button", { name: "标记单元格" }).click();
  await page.getByTestId("sheet-region").locator("[data-severity]").first().waitFor();
  await followFinding(page, 0);
  // the last finding of the list is far down or on the other sheet
  await followFinding(page, (await page.locator('[data-testid="finding"]:visible').count()) - 1);
  await followFinding(page, 0);
  await shot(page, "1280-selected");
  expect(await axeViolations(page)).toEqual([]);
});

test("全部修正 on a rule shows 已修改 on exactly the cells it changed, and 撤销 clears them", async () => {
  const page = await workspace(1280);
  await check(page);
  const fixAll = page.getByTestId("fix-bar").getByRole("button").filter({ hasText: "全部修正" }).first();
  const rule = await fixAll.getAttribute("data-rule");
  const fixed = await page.locator(`[data-testid="finding"][data-rule="${rule}"]`).evaluateAll((items) => items.map((i) => i.getAttribute("data-cell")));
  expect(fixed.length).toBeGreaterThan(0);
  await fixAll.click();
  await page.waitForFunction((r) => document.querySelectorAll(`[data-testid="finding"][data-rule="${r}"]`).length === 0, rule);
  const region = page.getByTestId("sheet-region");
  // the fixed cells of the sheet shown: every one drawn is labelled, and no other cell is
  const changed = await region.locator("[data-changed]").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-cell")));
  expect(changed.length).toBeGreaterThan(0);
  expect(fixed).toEqual(expect.arrayContaining(changed));
  expect(await region.locator("[data-changed]").first().innerText()).toContain("已修改");
  await shot(page, "1280-fixed");
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: /撤销/ }).first().click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="sheet-region"] [data-changed]').length === 0);
});

test("at 350 px the pane works as before, 表格视图 shows the sheet view above it, and a finding scrolls it to its cell", async () => {
  const page = await workspace(350);
  expect(await page.getByTestId("sheet-view").count()).toBe(0);
  await check(page);
  const toggle = page.getByRole("button", { name: "表格视图" });
  expect(await toggle.getAttribute("aria-expanded")).toBe("false");
  await toggle.click();
  expect(await toggle.getAttribute("aria-expanded")).toBe("true");
  const sheet = page.getByTestId("sheet-view");
  await sheet.waitFor();
  const [sheetBox, paneBox] = [await sheet.boundingBox(), await page.getByTestId("pane-toolbar").boundingBox()];
  expect(sheetBox!.y + sheetBox!.height).toBeLessThanOrEqual(paneBox!.y);
  expect(sheetBox!.height).toBeGreaterThan(250);
  expect(sheetBox!.height).toBeLessThan(400);

  await followFinding(page, 0);
  await followFinding(page, (await page.locator('[data-testid="finding"]:visible').count()) - 1);
  await shot(page, "350-selected");
  expect(await axeViolations(page)).toEqual([]);
  await toggle.click();
  expect(await page.getByTestId("sheet-view").count()).toBe(0);
});

/** A 300-project table (1,500+ rows): seed 001's header and agency, then projects of five indicator rows each. */
async function bigWorkbook(): Promise<Buffer> {
  const seed = JSON.parse(fs.readFileSync(path.join(__dirname, "../../assets/samples/seed-001.json"), "utf8")) as SheetGrid;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("三百个项目");
  seed.rows.slice(0, 5).forEach((row) => sheet.addRow(row));
  for (let p = 1; p <= 300; p++) {
    sheet.addRow([`    项目${p}`, 1, 1, null, null, `完成项目${p}的年度工作任务。`, `1、1-产出指标,11-数量指标,完成事项数,≧${p}项`]);
    for (let k = 2; k <= 5; k++) sheet.addRow([null, null, null, null, null, null, `${k}、1-产出指标,12-质量指标,完成率${k},≥9${k}%`]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

test("a 300-project workbook opened from disk: a screenful of rows in the DOM wherever it is scrolled, and the last finding scrolls into view", async () => {
  const page = await workspace(1280);
  await openWorkbookFile(page, { name: "三百个项目.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await bigWorkbook() });
  const region = page.getByTestId("sheet-region");
  await region.locator('[data-cell="A6"]').waitFor();
  const total = Number(await region.getByRole("table").getAttribute("aria-rowcount"));
  expect(total).toBeGreaterThan(1_500);
  expect(await region.locator("tr[data-row]").count()).toBeLessThan(100);

  // read-only but keyboard-scrollable: focus the grid, page down
  await region.focus();
  await page.keyboard.press("PageDown");
  await page.waitForFunction(() => document.querySelector('[data-testid="sheet-region"]')!.scrollTop > 0);

  await region.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await region.locator(`tr[data-row="${total - 1}"]`).waitFor();
  expect(await region.locator("tr[data-row]").count()).toBeLessThan(100);
  expect(await region.locator('tr[data-row="1"]').count()).toBe(0);

  await region.evaluate((el) => el.scrollTo(0, 0));
  await check(page);
  await followFinding(page, (await page.locator('[data-testid="finding"]:visible').count()) - 1);
  await shot(page, "1280-300-projects");
});

test("no request left 127.0.0.1 and no page raised an error", () => expectPagesStayedLocal(suite.opened, 4));
