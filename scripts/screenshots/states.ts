/**
 * The states `npm run screenshots` captures, each reached from a fresh page of the browser
 * workspace (the demo's two seed tables, or a fixture opened through 打开工作簿), the way a user
 * would get there. Each state is a name and the steps that bring a just-opened page into it; the
 * pane's words (Chinese) are the ones a user clicks.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { POLICY_AWARENESS, check, chooseIndicator } from "../../test/e2e/support/pane";

export interface PaneState {
  /** "<nn>-<name>", the file name's tail */
  name: string;
  /** also captured at 1280 px: the workspace's own states, where a sheet view may sit beside the pane */
  wide: boolean;
  reach(page: Page, root: string): Promise<void>;
}

const settle = (page: Page) => page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));

async function openFirstFix(page: Page): Promise<void> {
  await check(page);
  const item = page.locator('[data-testid="finding"][data-rule="nonstandard-symbol"]:visible').first();
  await item.getByRole("button").first().click();
  await item.getByTestId("fix-preview").waitFor();
}

async function openExplainForm(page: Page): Promise<void> {
  await check(page);
  await page.keyboard.press("F8");
  const current = page.locator('[data-current="true"]');
  await current.getByRole("button", { name: "标记为已说明" }).click();
  const form = current.getByTestId("explain-form");
  await form.getByLabel("说明理由").fill("元折算万元的尾差，已与单位核实");
  await form.getByLabel("说明人").fill("张三");
}

async function openWorkbook(page: Page, root: string): Promise<void> {
  await page.getByTestId("workspace-file").setInputFiles(path.join(root, "test/fixtures/seed-002-compact.xlsx"));
  await page.getByTestId("workspace-name").waitFor();
}

const STEPS: readonly PaneState[] = [
  { name: "01-demo", wide: true, reach: async (page) => void (await page.getByTestId("demo-banner").waitFor()) },
  { name: "02-checked", wide: true, reach: check },
  { name: "03-finding-fix-preview", wide: true, reach: openFirstFix },
  {
    name: "04-only-errors",
    wide: false,
    reach: async (page) => {
      await check(page);
      await page.getByRole("button", { name: "只看错误" }).click();
    },
  },
  {
    name: "05-by-rule",
    wide: false,
    reach: async (page) => {
      await check(page);
      await page.getByRole("combobox", { name: "排序" }).click();
      await page.getByRole("option", { name: "按规则" }).click();
      await page.getByRole("listbox").waitFor({ state: "hidden" });
    },
  },
  { name: "06-explain-form", wide: false, reach: openExplainForm },
  {
    name: "07-explained-tab",
    wide: false,
    reach: async (page) => {
      await openExplainForm(page);
      await page.getByRole("button", { name: "保存说明" }).click();
      await page.getByTestId("count-explained").waitFor();
      await page.getByRole("tab", { name: "已说明" }).click();
      await page.getByTestId("explained").waitFor();
    },
  },
  {
    name: "08-picker",
    wide: false,
    reach: async (page) => {
      await page.getByRole("tab", { name: "插入指标" }).click();
      await page.getByTestId("picker-needs-check").getByRole("button", { name: "检查工作簿" }).click();
      await page.getByTestId("picker").waitFor();
      await chooseIndicator(page, { project: "政企沟通服务中心运营经费", ...POLICY_AWARENESS });
      await page.getByTestId("picker-preview").waitFor();
    },
  },
  {
    name: "09-new-table",
    wide: false,
    reach: async (page) => {
      await page.getByRole("tab", { name: "插入指标" }).click();
      const section = page.getByTestId("new-table");
      await section.getByRole("button", { name: "新建绩效目标表" }).click();
      await page.getByText(/已新建工作表/).waitFor();
    },
  },
  {
    name: "10-english",
    wide: false,
    reach: async (page) => {
      await page.getByRole("button", { name: "English（切换到英文）" }).click();
      await page.getByRole("button", { name: "Check", exact: true }).click();
      await page.getByRole("region", { name: "Check summary" }).waitFor();
      // the choice is remembered in the browser: back to Chinese for the next state
      await page.evaluate(() => localStorage.clear());
    },
  },
  {
    name: "11-workbook-opened",
    wide: true,
    reach: async (page, root) => {
      await openWorkbook(page, root);
      await check(page);
    },
  },
  {
    name: "12-broken-file",
    wide: true,
    reach: async (page) => {
      await page.getByTestId("workspace-file").setInputFiles({ name: "坏文件.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("这不是工作簿") });
      await page.getByTestId("workspace-message").filter({ hasText: "坏文件.xlsx" }).waitFor();
    },
  },
];

/** Each state's steps, then the page left to settle (no transition caught half-way). */
export const STATES: readonly PaneState[] = STEPS.map((state) => ({
  ...state,
  reach: async (page: Page, root: string) => {
    await state.reach(page, root);
    await settle(page);
  },
}));
