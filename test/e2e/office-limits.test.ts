/**
 * Excel's limits in Chromium: the production build, the real OfficeHost, the fake Office.js with its
 * 5 MB byte budget (test/e2e/office-limits-stub.ts). A 2,000-project table of long Chinese text is
 * checked in several read syncs, each under the host's 1.5 MB budget; 3,000 scattered cells are
 * marked and cleared; an onReady that takes 10 s shows the demo with 仍在连接 Excel… and then
 * switches to the workbook; 自检 runs from the header's menu and shows its table.
 */
import type { Page } from "playwright-core";
import { e2eSuite } from "./support/suite";
import { inPage } from "./support/pane";
import type { OfficeLimitsStub } from "./office-limits-stub";
import { READ_BUDGET_BYTES } from "../../src/host/office-payload";

const suite = e2eSuite({ stubEntry: "test/e2e/office-limits-stub.ts", timeout: 180_000 });

async function pane(config: { projects?: number; onReadyDelayMs?: number }): Promise<Page> {
  return (await suite.open({ config })).page;
}

const fake = <T>(page: Page, fn: (s: OfficeLimitsStub) => T): Promise<T> => inPage(page, fn);

test("a 2,000-project table of long text is checked in several read syncs, each under the budget", async () => {
  const page = await pane({ projects: 2_000 });
  await page.getByRole("button", { name: "检查", exact: true }).waitFor();
  await fake(page, (s) => s.resetStats());
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByRole("region", { name: "检查结果摘要" }).waitFor({ timeout: 120_000 });
  expect(await page.getByTestId("table-summary").innerText()).toMatch(/2,?000 个项目/);
  const reads = (await fake(page, (s) => s.stats())).log.filter((s) => s.kind === "read");
  const cellSyncs = reads.filter((s) => s.bytes > 0);
  expect(cellSyncs.length).toBeGreaterThan(1);
  expect(reads.every((s) => s.failed === null)).toBe(true);
  expect(Math.max(...cellSyncs.map((s) => s.bytes))).toBeLessThanOrEqual(READ_BUDGET_BYTES);
  expect(cellSyncs.reduce((n, s) => n + s.bytes, 0)).toBeGreaterThan(READ_BUDGET_BYTES * 2);
});

test("3,000 scattered cells are marked in batches and cleared, in the browser", async () => {
  const page = await pane({ projects: 2_000 });
  await page.getByRole("button", { name: "检查", exact: true }).waitFor();
  const result = await fake(page, (s) => s.markAndClear(3_000));
  expect(result.marked).toBe(3_000);
  expect(result.rules).toBeGreaterThanOrEqual(10);
  expect(result.left).toBe(0);
});

test("onReady after 10 s: the demo with 仍在连接 Excel… first, then the workbook itself", async () => {
  const page = await pane({ projects: 20, onReadyDelayMs: 10_000 });
  const notice = page.getByTestId("still-connecting");
  await notice.waitFor({ timeout: 8_000 });
  expect(await notice.innerText()).toContain("仍在连接 Excel");
  await notice.waitFor({ state: "detached", timeout: 20_000 });
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByRole("region", { name: "检查结果摘要" }).waitFor();
  expect(await page.getByTestId("table-summary").innerText()).toMatch(/20 个项目/);
  expect(await page.getByRole("button", { name: "更多" }).count()).toBe(1); // only the Office host offers 自检
});

test("自检 runs from the header's menu and shows its result table", async () => {
  const page = await pane({ projects: 20 });
  await page.getByRole("button", { name: "更多" }).click();
  await page.getByRole("menuitem", { name: "自检" }).click();
  await page.getByRole("button", { name: "开始自检" }).click();
  const table = page.getByTestId("self-test-results");
  await table.waitFor();
  await page.getByRole("button", { name: "重新自检", disabled: false }).waitFor({ timeout: 120_000 });
  const rows = await table.locator("tbody tr").allInnerTexts();
  expect(rows).toHaveLength(15);
  expect(rows.find((r) => r.startsWith("600 个合并区域"))).toMatch(/通过/);
  expect(rows.find((r) => r.startsWith("写入“100%”后读回"))).toMatch(/加载项写入读回 "100%"/);
  expect(await fake(page, (s) => s.stats().batches)).toBeGreaterThan(0);
});
