/**
 * The production build in Debian's Chromium, served on loopback. Office/Excel are HOST's fake
 * Office.js runtime over seed table 002 (injected before the app loads), so the real OfficeHost
 * runs: the tests click 检查, open a finding, mark and clear, edit a cell with live re-check on,
 * and prove no request left 127.0.0.1. A screenshot of each state goes to os.tmpdir()/jixiao-e2e-shots.
 */
import type { Page } from "playwright-core";
import { readWorkbook } from "../../src/domain/reader";
import { checkWorkbook } from "../../src/domain/check";
import { e2eSuite, expectPagesStayedLocal } from "./support/suite";
import { check, findingsOf, horizontalOverflow, inPage, seed002, waitForSelection } from "./support/pane";
import type { OpenedPane } from "./support/page";
import type { OfficeStub } from "./office-stub";

const seed = seed002();
const expected = checkWorkbook(readWorkbook({ sheets: [seed] }));
const suite = e2eSuite();

beforeAll(() => console.log(`截图目录 / screenshots: ${suite.harness.shots}`));

const pane = (withStub = true): Promise<OpenedPane> => suite.open({ office: withStub });
/** What the pane shows in its 350 × 760 viewport, as a person in Excel would see it. */
const shot = (page: Page, name: string) => suite.shot(page, name);
const fake = <T>(page: Page, fn: (s: OfficeStub) => T): Promise<T> => inPage(page, fn);

test("检查 shows the counts the domain finds in the seed", async () => {
  const { page } = await pane();
  await page.getByRole("button", { name: "检查", exact: true }).waitFor();
  await shot(page, "01-start");
  await check(page);
  const summary = page.getByRole("region", { name: "检查结果摘要" });
  await expectText(summary, `共 ${expected.findings.length} 条问题`);
  const errors = expected.findings.filter((f) => f.severity === "error").length;
  expect(await page.getByTestId("count-error").innerText()).toContain(String(errors));
  expect(await page.getByTestId("table-summary").innerText()).toMatch(/17 个项目，2 个单位，\d+ 条指标/);
  expect(await findingsOf(page).count()).toBe(expected.findings.length);
  // One read sync for the whole check, as the host promises.
  expect((await fake(page, (s) => s.stats())).readSyncs).toBeGreaterThanOrEqual(1);
  expect(await horizontalOverflow(page)).toBe(0);
  await shot(page, "02-checked");
});

test("clicking a finding selects its cell in Excel and opens its details", async () => {
  const { page } = await pane();
  await check(page);
  const item = findingsOf(page, "subtotal-mismatch").first();
  const cell = await item.getAttribute("data-cell");
  await item.getByRole("button").first().click();
  await waitForSelection(page, cell);
  const sheet = await fake(page, (s) => s.sheetName);
  expect(await fake(page, (s) => s.selection())).toEqual({ sheet, cell });
  const details = item.getByTestId("finding-details");
  await expectText(details, "563.38");
  await expectText(details, "错误示例");
  await item.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await shot(page, "03-finding-open");

  await details.getByRole("button", { name: /^B7\s*工作经费/ }).click();
  await waitForSelection(page, "B7");
});

test("the findings list is keyboard navigable: arrows move between findings, Enter selects", async () => {
  const { page } = await pane();
  await check(page);
  // Which shown finding (its index among those not folded away) holds the focus; -1 for a group
  // header or elsewhere.
  const focusedIndex = () =>
    page.evaluate(() => {
      const item = document.activeElement?.closest('[data-testid="finding"]');
      const shown = [...document.querySelectorAll<HTMLElement>('[data-testid="finding"]')].filter((el) => el.offsetParent !== null);
      return item ? shown.indexOf(item as HTMLElement) : -1;
    });
  // the first finding shown: a rule repeated in a project is folded into one ×N line, closed
  await page.locator('[data-testid="finding"]:visible').first().getByRole("button").first().focus();
  expect(await focusedIndex()).toBe(0);
  // Group headers between findings are stops too; a few presses reach the next finding.
  let index = 0;
  for (let i = 0; i < 4 && index <= 0; i++) {
    await page.keyboard.press("ArrowDown");
    index = await focusedIndex();
  }
  expect(index).toBe(1);
  const second = page.locator('[data-testid="finding"]:visible').nth(1);
  const cell = await second.getAttribute("data-cell");
  await page.keyboard.press("Enter");
  await waitForSelection(page, cell);
  expect(await second.getByRole("button").first().getAttribute("aria-expanded")).toBe("true");
  for (let i = 0; i < 4 && index !== 0; i++) {
    await page.keyboard.press("ArrowUp");
    index = await focusedIndex();
  }
  expect(index).toBe(0);
});

test("标记单元格 then 清除标记 leaves every format as it was", async () => {
  const { page } = await pane();
  await check(page);
  const before = await fake(page, (s) => s.formatSnapshot());
  await page.getByRole("button", { name: "标记单元格" }).click();
  await page.getByText(/已在 Excel 中标记 \d+ 个单元格。/).waitFor();
  expect(await fake(page, (s) => s.conditionalFormatCount())).toBeGreaterThan(0);
  expect(await fake(page, (s) => s.formatSnapshot())).not.toBe(before);
  await shot(page, "04-marked");

  await page.getByRole("button", { name: "清除标记" }).click();
  await page.getByText("已清除标记。").waitFor();
  expect(await fake(page, (s) => s.conditionalFormatCount())).toBe(0);
  expect(await fake(page, (s) => s.formatSnapshot())).toBe(before);
  await shot(page, "05-cleared");
});

test("with live re-check on, a user's edit in the table updates the list", async () => {
  const { page } = await pane();
  await check(page);
  expect(await findingsOf(page, "subtotal-mismatch").count()).toBeGreaterThan(0);
  await page.getByRole("switch", { name: "实时检查" }).check();
  // 工作经费 12 → 12.01 in 总计 and 财政拨款: the 13 projects now add up to the agency's 563.39.
  await fake(page, (s) => {
    s.userEdit(s.sheetName, "B7", 12.01);
    s.userEdit(s.sheetName, "C7", 12.01);
  });
  await page.waitForFunction(() => document.querySelectorAll('[data-rule="subtotal-mismatch"]').length === 0);
  await shot(page, "06-live-recheck");
});

test("English switches the pane's language", async () => {
  const { page } = await pane();
  await check(page);
  await page.getByRole("button", { name: "English（切换到英文）" }).click();
  await page.getByRole("region", { name: "Check summary" }).waitFor();
  await findingsOf(page, "subtotal-mismatch").first().getByRole("button").first().click();
  await expectText(page.getByTestId("rule-doc").first(), "What it checks");
  await shot(page, "07-english");
  // The choice is remembered for the next pane in this browser: a new page opens in English, and
  // switching back restores Chinese for the tests after this one.
  const next = (await pane()).page;
  await next.getByRole("button", { name: "中文 (Switch to Chinese)" }).click();
  await next.getByRole("button", { name: "English（切换到英文）" }).waitFor();
});

test("without Office the pane runs the demo workbook and says so", async () => {
  const { page } = await pane(false);
  const banner = page.getByTestId("demo-banner");
  await banner.waitFor({ timeout: 10_000 });
  await expectText(banner, "演示模式：未连接 Excel");
  await check(page);
  expect(await findingsOf(page).count()).toBeGreaterThan(0);
  await shot(page, "08-demo");
  // The narrowest task pane Excel allows is about 320 px: nothing may stick out sideways.
  await page.setViewportSize({ width: 320, height: 760 });
  await page.locator('[data-testid="finding"]:visible').first().getByRole("button").first().click();
  expect(await horizontalOverflow(page)).toBe(0);
  await shot(page, "09-demo-320px");
});

test("no request left 127.0.0.1 and no page raised an error", () => expectPagesStayedLocal(suite.opened, 8));

async function expectText(locator: ReturnType<Page["locator"]>, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 5000 });
}
