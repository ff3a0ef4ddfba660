/**
 * What the e2e files do to the pane again and again: check, find the findings of a rule, wait for
 * Excel's selection, measure sideways overflow, run code against the fake Office.js in the page, and
 * fix all of a rule, fill the picker and insert. Each works on a playwright Page of the production build.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import type { SheetGrid } from "../../../src/domain/grid";

/** Seed table 002 as the Office stub serves it (assets/samples/seed-002.json). */
export function seed002(): SheetGrid {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "../../../assets/samples/seed-002.json"), "utf8")) as SheetGrid;
}

/** Clicks 检查 and waits for the summary. */
export async function check(page: Page): Promise<void> {
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByRole("region", { name: "检查结果摘要" }).waitFor();
}

/** The finding rows of the list, of one rule or all. */
export const findingsOf = (page: Page, rule?: string) =>
  page.locator(rule ? `[data-testid="finding"][data-rule="${rule}"]` : '[data-testid="finding"]');

/**
 * Clicks 全部修正 of `rule`, whose label must count `count` findings, and waits for its 已修正 note
 * and until no finding of the rule is left.
 */
export async function fixAllOf(page: Page, rule: string, count: number): Promise<void> {
  const fixAll = page.getByTestId("fix-bar").locator(`button[data-rule="${rule}"]`);
  expect(await fixAll.innerText()).toContain(`全部修正 (${count})`);
  await fixAll.click();
  await page.getByTestId("fix-fixed").waitFor();
  await page.waitForFunction((r) => document.querySelectorAll(`[data-testid="finding"][data-rule="${r}"]`).length === 0, rule);
}

/** How many pixels the page is wider than its viewport (0 when nothing sticks out sideways). */
export const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));

/**
 * Runs fn in the page against the stub (window.__jixiao) and returns its result; fn is sent as its
 * source, so it must not close over test variables. `S` is the stub's type (OfficeStub, …).
 */
export const inPage = <S, T>(page: Page, fn: (stub: S) => T): Promise<T> =>
  page.evaluate(`(${fn.toString()})(window.__jixiao)`) as Promise<T>;

/** Waits until the fake Excel's selection is `cell`. */
export async function waitForSelection(page: Page, cell: string | null): Promise<void> {
  await page.waitForFunction(
    (c) => (window as unknown as { __jixiao: { selection(): { cell: string } | null } }).__jixiao.selection()?.cell === c,
    cell,
  );
}

export interface IndicatorChoice {
  project: string;
  level1: string;
  level2: string;
  /** typed into 三级指标名称 */
  typed: string;
  /** the suggestion to click, by the start of its name */
  option: RegExp;
}

/** 政策知晓率 as a 22 社会效益 indicator: what the picker tests insert. */
export const POLICY_AWARENESS: Omit<IndicatorChoice, "project"> = {
  level1: "2 效益指标",
  level2: "22 社会效益指标",
  typed: "知晓",
  option: /^政策知晓率/,
};

/** Fills the 插入指标 form up to a chosen indicator (the tab must be open and checked). */
export async function chooseIndicator(page: Page, choice: IndicatorChoice, beforeOption?: () => Promise<void>): Promise<void> {
  const picker = page.getByTestId("picker");
  await picker.getByLabel("项目").selectOption({ label: choice.project });
  await picker.getByLabel("一级指标").selectOption({ label: choice.level1 });
  await picker.getByLabel("二级指标").selectOption({ label: choice.level2 });
  const name = picker.getByRole("combobox", { name: "三级指标名称" });
  await name.click();
  await name.pressSequentially(choice.typed);
  const option = page.getByRole("option", { name: choice.option });
  await option.waitFor();
  if (beforeOption) await beforeOption();
  await option.click();
}

/** Clicks the picker's 插入 and waits for its 已插入 note. */
export async function insertChosen(page: Page): Promise<void> {
  await page.getByTestId("picker").getByRole("button", { name: "插入", exact: true }).click();
  await page.getByTestId("picker-inserted").waitFor();
}
