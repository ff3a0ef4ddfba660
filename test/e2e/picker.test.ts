/**
 * The 插入指标 tab in Chromium: the production build, the real OfficeHost, the fake Office.js over
 * seed table 002 (office-stub.ts). 政企沟通服务中心运营经费 (G9) has only 产出 indicators, so the
 * check finds category-missing for 效益; the test picks a 效益 indicator, inserts it, sees the cell
 * text and that finding go, then undoes and gets the cell back byte for byte. Screenshots go to
 * os.tmpdir()/jixiao-e2e-shots/picker-*.png.
 */
import type { Page } from "playwright-core";
import { e2eSuite, expectPagesStayedLocal } from "./support/suite";
import { POLICY_AWARENESS, chooseIndicator, horizontalOverflow, insertChosen, seed002 } from "./support/pane";

const seed = seed002();
const PROJECT = "政企沟通服务中心运营经费";
const ORIGINAL_G9 = seed.rows[8][6] as string;
const ADDED = "4、2-效益指标；22-社会效益；政策知晓率；实施周期指标值:≥90%；年度指标值:≥90%。";
const suite = e2eSuite();

/** The whole pane (the form is taller than the viewport), or only what is in view. */
const shot = (page: Page, name: string, fullPage = true) => suite.shot(page, `picker-${name}`, fullPage);

/** G9 of the fake workbook, as Excel holds it. */
const g9 = (page: Page) =>
  page.evaluate(() => (window as unknown as { __jixiao: { fake: { workbook: { sheets: { values: unknown[][] }[] } } } }).__jixiao.fake.workbook.sheets[0].values[8][6]);

async function openPicker(): Promise<Page> {
  const { page } = await suite.open();
  await page.getByRole("tab", { name: "插入指标" }).click();
  await page.getByTestId("picker-needs-check").getByRole("button", { name: "检查工作簿" }).click();
  await page.getByTestId("picker").waitFor();
  return page;
}

async function chooseBenefit(page: Page, screenshot = false): Promise<void> {
  await chooseIndicator(page, { project: PROJECT, ...POLICY_AWARENESS }, screenshot ? () => shot(page, "00-suggestions", false) : undefined);
  await page.getByTestId("picker-preview").waitFor();
}

const missingAtG9 = (page: Page) => page.locator('[data-testid="finding"][data-rule="category-missing"][data-cell="G9"]');

test("pick a 效益 indicator for a project that lacks one, insert, see the finding go, undo byte for byte", async () => {
  const page = await openPicker();
  await page.getByRole("tab", { name: "检查" }).click();
  expect(await missingAtG9(page).count()).toBe(3);
  expect(await missingAtG9(page).filter({ hasText: "没有效益指标" }).count()).toBe(1);
  await page.getByRole("tab", { name: "插入指标" }).click();

  await chooseBenefit(page, true);
  const preview = await page.getByTestId("picker-preview").innerText();
  expect(preview.endsWith(ADDED)).toBe(true);
  expect(await page.getByTestId("picker-preview").locator("mark").innerText()).toBe(ADDED);
  await shot(page, "01-form");
  expect(await horizontalOverflow(page)).toBe(0);

  await insertChosen(page);
  const inserted = page.getByTestId("picker-inserted");
  expect(await inserted.innerText()).toContain("G9");
  const written = (await g9(page)) as string;
  expect(written).toBe(`${ORIGINAL_G9}${ADDED}`);
  expect(written).toBe(preview);
  await inserted.scrollIntoViewIfNeeded();
  await shot(page, "02-inserted");

  // the pane re-checked at once: 效益 is no longer missing; 满意度 and 成本 still are
  await page.getByRole("tab", { name: "检查" }).click();
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="finding"][data-rule="category-missing"][data-cell="G9"]').length === 2,
  );
  expect(await missingAtG9(page).filter({ hasText: "没有效益指标" }).count()).toBe(0);
  await missingAtG9(page).first().scrollIntoViewIfNeeded();
  await shot(page, "03-rechecked", false);

  await page.getByRole("tab", { name: "插入指标" }).click();
  await page.getByTestId("picker-inserted").getByRole("button", { name: "撤销插入" }).click();
  await page.getByTestId("picker-undone").waitFor();
  expect(await g9(page)).toBe(ORIGINAL_G9);
  await shot(page, "04-undone");
  await page.getByRole("tab", { name: "检查" }).click();
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="finding"][data-rule="category-missing"][data-cell="G9"]').length === 3,
  );
});

test("a warning is shown and must be confirmed before 插入; nothing fits wider than the pane", async () => {
  const page = await openPicker();
  await chooseBenefit(page);
  const percent = page.getByTestId("picker").getByLabel("百分比数值");
  await percent.fill("120");
  const warnings = page.getByTestId("picker-warnings");
  await warnings.waitFor();
  const insert = page.getByTestId("picker").getByRole("button", { name: "插入", exact: true });
  expect(await insert.isDisabled()).toBe(true);
  await warnings.scrollIntoViewIfNeeded();
  await shot(page, "05-warning");
  await warnings.getByRole("checkbox", { name: "我已了解以上提示，仍要插入" }).check();
  expect(await insert.isEnabled()).toBe(true);
  expect(await horizontalOverflow(page)).toBe(0);
  await page.setViewportSize({ width: 320, height: 760 });
  expect(await horizontalOverflow(page)).toBe(0);
  await shot(page, "06-320px");
  expect(await g9(page)).toBe(ORIGINAL_G9);
});

/** Cells of the fake workbook read back through Office.js in the page, as Excel answers: values and text. */
const readBack = (page: Page, address: string) =>
  page.evaluate(async (a) => {
    const w = window as unknown as { Excel: typeof Excel; __jixiao: { sheetName: string } };
    return w.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(w.__jixiao.sheetName).getRange(a).load("values,text");
      await context.sync();
      return { values: range.values, text: range.text };
    });
  }, address);

const sheetValues = (page: Page) =>
  page.evaluate(() => JSON.stringify((window as unknown as { __jixiao: { fake: { workbook: { sheets: { values: unknown[][] }[] } } } }).__jixiao.fake.workbook.sheets[0].values));

test("expanded layout: a rate of 100% written into its own cells reads back from Excel as the text 100%, not the number 1; undo restores the sheet", async () => {
  const { page } = await suite.open({ config: { layout: "expanded" } });
  const before = await sheetValues(page);
  await page.getByRole("tab", { name: "插入指标" }).click();
  await page.getByTestId("picker-needs-check").getByRole("button", { name: "检查工作簿" }).click();
  const picker = page.getByTestId("picker");
  await picker.waitFor();
  await chooseIndicator(page, { project: "非公经济专项经费", ...POLICY_AWARENESS });
  await picker.getByLabel("比较符").selectOption({ label: "不写" });
  await picker.getByLabel("百分比数值").fill("100");
  await page.getByTestId("picker-preview").waitFor();
  await insertChosen(page);
  // the new row is sheet row 21 (under the project's last indicator); L and M hold the two values
  expect(await readBack(page, "I21:M21")).toEqual({
    values: [["政策知晓率", "＝", "%", "100%", "100%"]],
    text: [["政策知晓率", "＝", "%", "100%", "100%"]],
  });
  await shot(page, "07-expanded-100-percent");
  await page.getByTestId("picker-inserted").getByRole("button", { name: "撤销插入" }).click();
  await page.getByTestId("picker-undone").waitFor();
  expect(await sheetValues(page)).toBe(before);
});

test("no request left 127.0.0.1 and no page raised an error", () => expectPagesStayedLocal(suite.opened, 3));
