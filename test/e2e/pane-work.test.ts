/**
 * Working through the findings in Chromium at 350 px, through the real OfficeHost over the fake
 * Office.js (seed table 002): the first finding is an error; F8 walks to the next finding and selects
 * its cell; 全部修正 on nonstandard-symbol rewrites every nonstandard comparator (seed 002 writes
 * 大于等于, 小于等于 …; the ≧ of seed 001 is covered in test/host/fix-hosts) in one write sync, exactly
 * the cells the fixes name and nothing else, the findings go, and
 * 撤销修正 restores every cell byte for byte; a keyboard-only run explains a finding and saves it;
 * axe-core finds no serious or critical violation in any state. Screenshots of each state at 320,
 * 350 and 500 px go to os.tmpdir()/jixiao-e2e-shots (work-*.png).
 */
import type { Page } from "playwright-core";
import { readWorkbook } from "../../src/domain/reader";
import { checkWorkbook } from "../../src/domain/check";
import { buildFindingsList } from "../../src/ui/findings-order";
import { planFixes } from "../../src/ui/fixes";
import { fromA1 } from "../../src/domain/address";
import { e2eSuite, expectPagesStayedLocal } from "./support/suite";
import { findingsOf, fixAllOf, inPage, seed002, waitForSelection } from "./support/pane";
import { axeViolations } from "./support/axe";
import type { OfficeStub } from "./office-stub";

const seed = seed002();
const findings = checkWorkbook(readWorkbook({ sheets: [seed] })).findings;
const listed = buildFindingsList(findings, "severity").items.map((i) => i.finding);
const WIDTHS = [320, 350, 500];
const suite = e2eSuite({ timeout: 180_000 });

beforeAll(() => console.log(`截图目录 / screenshots: ${suite.harness.shots}`));

async function pane(): Promise<Page> {
  return (await suite.open({ height: 800 })).page;
}

const values = (page: Page) => inPage(page, (s: OfficeStub) => JSON.stringify(s.fake.workbook.sheets[0].values));

/** The state at each width, then back to 350. */
async function shots3(page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await suite.shot(page, `work-${name}-${width}`);
  }
  await page.setViewportSize({ width: 350, height: 800 });
}

async function check(page: Page): Promise<void> {
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByTestId("timings").waitFor();
}

const focusedText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "");
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return (labelled ?? el.getAttribute("aria-label") ?? el.innerText ?? "").trim();
  });

/** Presses Tab until the focused control's name matches, at most `max` times; returns the presses. */
async function tabTo(page: Page, name: RegExp, max = 40): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press("Tab");
    if (name.test(await focusedLabel(page))) return i;
  }
  throw new Error(`Tab did not reach ${name} in ${max} presses (focus on “${await focusedLabel(page)}”)`);
}

test("the first finding is an error; F8 walks to the next one and selects its cell; Shift+F8 goes back", async () => {
  const page = await pane();
  expect(await axeViolations(page)).toEqual([]);
  await shots3(page, "01-start");
  await check(page);
  expect(await findingsOf(page).first().getAttribute("data-severity")).toBe("error");
  expect(listed[0].severity).toBe("error");
  // what a person sees first: the first row on screen with a severity (a finding, or a "×N" line
  // standing for the folded findings of one rule) is an error
  const firstShown = page.getByTestId("findings-list").locator("[data-severity]:visible").first();
  expect(await firstShown.getAttribute("data-severity")).toBe("error");
  expect(await axeViolations(page)).toEqual([]);
  await shots3(page, "02-checked");

  await page.keyboard.press("F8");
  await waitForSelection(page, listed[0].cell);
  await page.keyboard.press("F8");
  await waitForSelection(page, listed[1].cell);
  expect(await page.getByTestId("nav-position").innerText()).toBe(`第 2 / ${findings.length} 条`);
  // The controls stay on screen while the list scrolled to the finding.
  expect(await page.getByTestId("pane-controls").boundingBox()).toMatchObject({ y: 0 });
  expect(await axeViolations(page)).toEqual([]);
  await shots3(page, "03-f8");
  await page.keyboard.press("Shift+F8");
  await waitForSelection(page, listed[0].cell);
  // An opened finding is never taller than the pane.
  const open = page.locator('[data-current="true"]');
  expect((await open.boundingBox())!.height).toBeLessThanOrEqual(800);
});

test("全部修正 on nonstandard-symbol rewrites every such cell in one write sync; 撤销修正 restores each cell byte for byte", async () => {
  const page = await pane();
  await check(page);
  const symbols = findings.filter((f) => f.rule === "nonstandard-symbol");
  const plan = planFixes(symbols, { sheets: [seed] });
  expect(plan.edits.length).toBeGreaterThan(1);
  expect(await findingsOf(page, "nonstandard-symbol").count()).toBe(symbols.length);
  const before = await values(page);
  const syncs = await inPage(page, (s: OfficeStub) => s.stats().writeSyncs);

  await fixAllOf(page, "nonstandard-symbol", symbols.length);
  expect(await inPage(page, (s: OfficeStub) => s.stats().writeSyncs)).toBe(syncs + 1);
  // Exactly the planned cells changed, to exactly the planned text; every other cell is as it was.
  const want = JSON.parse(before) as (string | number | null)[][];
  for (const e of plan.edits) {
    const at = fromA1(e.cell)!;
    expect(want[at.row][at.col]).toBe(e.before);
    want[at.row][at.col] = e.after;
  }
  expect(JSON.parse(await values(page))).toEqual(want);
  expect(await axeViolations(page)).toEqual([]);
  await shots3(page, "04-fixed");

  // Focus is on 撤销修正: Enter undoes.
  expect(await focusedText(page)).toBe("撤销修正");
  await page.keyboard.press("Enter");
  await page.getByTestId("fix-undone").waitFor();
  expect(await values(page)).toBe(before);
  await page.waitForFunction((n) => document.querySelectorAll('[data-rule="nonstandard-symbol"][data-testid="finding"]').length === n, symbols.length);
  await shots3(page, "05-undone");
});

test("keyboard only: F8 to a finding, Tab to 标记为已说明, fill the form, Tab to 保存说明 and save", async () => {
  const page = await pane();
  await check(page);
  await page.keyboard.press("F8");
  await waitForSelection(page, listed[0].cell);
  await tabTo(page, /^标记为已说明$/);
  await page.keyboard.press("Enter");
  await page.getByTestId("explain-form").waitFor();
  if (!/说明理由/.test(await focusedLabel(page))) await tabTo(page, /说明理由/);
  await page.keyboard.type("元折算万元的尾差，已与单位核实");
  await tabTo(page, /说明人/);
  await page.keyboard.type("张三");
  expect(await axeViolations(page)).toEqual([]);
  await shots3(page, "06-explain-form");
  await tabTo(page, /^保存说明$/);
  await page.keyboard.press("Enter");
  await page.getByTestId("count-explained").waitFor();
  const stored = await inPage(page, (s: OfficeStub) => JSON.stringify(s.fake.workbook.sheets.find((x) => x.name === "jixiao_explained")?.values ?? null));
  expect(stored).toContain("元折算万元的尾差，已与单位核实");
  expect(stored).toContain("张三");
  await shots3(page, "07-explained");
});

test("axe finds nothing serious on the other tabs and in English", async () => {
  const page = await pane();
  await check(page);
  for (const tab of ["插入指标", "已说明"]) {
    await page.getByRole("tab", { name: tab }).click();
    await page.waitForTimeout(200);
    expect(await axeViolations(page)).toEqual([]);
    await shots3(page, `08-tab-${tab}`);
  }
  await page.getByRole("tab", { name: "检查" }).click();
  await page.getByRole("button", { name: "English（切换到英文）" }).click();
  await page.keyboard.press("F8");
  await page.getByTestId("finding-details").first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shots3(page, "09-english");
});

test("no request left 127.0.0.1 and no page raised an error", () => expectPagesStayedLocal(suite.opened, 4));
