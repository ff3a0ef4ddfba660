/**
 * The reviewer's workflow in Chromium, through the real OfficeHost over the fake Office.js (seed
 * table 002): explain a finding, see it under 已说明, check again (the explanation comes back with
 * the same single read), write the 审核意见表 and read it back from the stub workbook: title, header,
 * a row per open finding with its cell link, the explained section with the reason. Screenshots go
 * to os.tmpdir()/jixiao-e2e-shots/review-*.png.
 */
import type { Page } from "playwright-core";
import { readWorkbook } from "../../src/domain/reader";
import { checkWorkbook } from "../../src/domain/check";
import { EXPLAINED_HEADERS, REVIEW_HEADERS } from "../../src/domain/review";
import { e2eSuite, expectPagesStayedLocal } from "./support/suite";
import { check, findingsOf, horizontalOverflow, inPage, seed002 } from "./support/pane";
import type { OfficeStub } from "./office-stub";

const seed = seed002();
const findings = checkWorkbook(readWorkbook({ sheets: [seed] })).findings;
const SUBTOTAL = findings.find((f) => f.rule === "subtotal-mismatch")!;
const open = findings.filter((f) => f !== SUBTOTAL);
const REASON = "元折算万元的尾差，已与单位核实";
const suite = e2eSuite();

const shot = (page: Page, name: string) => suite.shot(page, `review-${name}`);

/** A sheet of the stub workbook as plain data: values (rows of 8), formulas by "row,col", visibility. */
function readSheet(page: Page, name: string) {
  return page.evaluate(
    ([sheetName]) => {
      const wb = (window as unknown as { __jixiao: OfficeStub }).__jixiao.fake.workbook;
      const sheet = wb.sheets.find((s) => s.name === sheetName);
      if (!sheet) return null;
      const width = Math.max(8, ...sheet.values.map((r) => (r ? r.length : 0)));
      const values = Array.from(sheet.values, (r) => Array.from({ length: width }, (_, c) => (r && r[c] !== undefined ? r[c] : null)));
      return { values, formulas: Object.fromEntries(sheet.formulas ?? new Map()), visibility: sheet.visibility ?? "Visible", active: wb.activeSheet === sheetName };
    },
    [name],
  );
}

test("explain a finding, check again, write the review sheet and read it back from the workbook", async () => {
  const { page } = await suite.open();
  await check(page);
  expect(await findingsOf(page).count()).toBe(findings.length);

  // Explain the agency subtotal (B6).
  const item = findingsOf(page, "subtotal-mismatch").first();
  await item.getByRole("button").first().click();
  await item.getByRole("button", { name: "标记为已说明" }).click();
  const form = item.getByTestId("explain-form");
  await form.getByLabel("说明理由").fill(REASON);
  await form.getByLabel("说明人").fill("张三");
  await item.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await shot(page, "01-explain-form");
  expect(await horizontalOverflow(page)).toBe(0);
  await form.getByRole("button", { name: "保存说明" }).click();
  await page.getByText("已标记为已说明，可在“已说明”页查看或重新打开。").waitFor();
  expect(await findingsOf(page, "subtotal-mismatch").count()).toBe(0);
  expect(await findingsOf(page).count()).toBe(open.length);
  expect(await page.getByTestId("count-explained").innerText()).toBe("另有 1 条已说明（见“已说明”页）");
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, "02-explained");

  // Stored in the workbook: a very hidden sheet with the reason.
  const storage = await readSheet(page, "jixiao_explained");
  expect(storage?.visibility).toBe("VeryHidden");
  expect(storage?.values[1][7]).toBe(REASON);

  // Check again: the explanation comes back with the single read of the workbook.
  await inPage(page, (s: OfficeStub) => s.fake.resetStats());
  await page.getByRole("button", { name: "重新检查" }).click();
  await page.waitForFunction(() => (window as unknown as { __jixiao: OfficeStub }).__jixiao.stats().readSyncs > 0);
  await page.getByRole("region", { name: "检查结果摘要" }).waitFor();
  expect(await findingsOf(page, "subtotal-mismatch").count()).toBe(0);
  expect((await inPage(page, (s: OfficeStub) => s.stats())).readSyncs).toBe(1);

  // The 已说明 tab: reason, who, when.
  await page.getByRole("tab", { name: "已说明" }).click();
  const explained = page.getByTestId("explained");
  expect(await explained.count()).toBe(1);
  expect(await explained.getByTestId("explained-reason").innerText()).toBe(`理由：${REASON}`);
  expect(await explained.getByTestId("explained-by").innerText()).toMatch(/^张三 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  expect(await horizontalOverflow(page)).toBe(0);
  await shot(page, "03-tab");

  // 生成审核意见表, then read the sheet back from the stub workbook.
  await page.getByRole("button", { name: "生成审核意见表" }).click();
  await page.getByText(`已生成“审核意见表”：${open.length} 条待处理，1 条已说明。`).waitFor();
  await shot(page, "04-written");
  const sheet = (await readSheet(page, "审核意见表"))!;
  expect(sheet.active).toBe(true);
  expect(sheet.values[0][0]).toBe("项目支出绩效目标审核意见表");
  expect(sheet.values[1][0]).toBe("部门名称：广州市工商业联合会");
  expect(sheet.values[3]).toEqual([...REVIEW_HEADERS]);
  open.forEach((f, k) => {
    const r = 4 + k;
    expect(sheet.values[r].slice(0, 4)).toEqual([k + 1, f.agency, f.project ?? null, `${f.sheet}!${f.cell}`]);
    expect(sheet.formulas[`${r},3`]).toBe(`=HYPERLINK("#'${f.sheet}'!${f.cell}","${f.sheet}!${f.cell}")`);
    expect(sheet.values[r][6]).toBe(f.message);
  });
  const header = 4 + open.length + 2;
  expect(sheet.values[header - 1][0]).toBe("已说明的问题（1 条）");
  expect(sheet.values[header]).toEqual([...EXPLAINED_HEADERS]);
  expect(sheet.values[header + 1][3]).toBe(`${SUBTOTAL.sheet}!B6`);
  expect(sheet.formulas[`${header + 1},3`]).toBe(`=HYPERLINK("#'${SUBTOTAL.sheet}'!B6","${SUBTOTAL.sheet}!B6")`);
  expect(sheet.values[header + 1][6]).toBe(`${SUBTOTAL.message}\n说明理由：${REASON}`);

  // Writing again asks first, then replaces only its own sheet.
  await page.getByRole("button", { name: "生成审核意见表" }).click();
  const confirm = page.getByTestId("replace-confirm");
  await confirm.waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await shot(page, "05-confirm-replace");
  await confirm.getByRole("button", { name: "替换" }).click();
  await confirm.waitFor({ state: "detached" });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  const names = await page.evaluate(() => (window as unknown as { __jixiao: OfficeStub }).__jixiao.fake.workbook.sheets.map((s) => s.name));
  expect(names).toEqual([seed.name, "jixiao_explained", "审核意见表"]);

  // 重新打开: back in the 检查 list.
  await explained.getByRole("button", { name: "重新打开" }).click();
  await page.getByTestId("review-empty").waitFor();
  await shot(page, "06-reopened");
  await page.getByRole("tab", { name: "检查" }).click();
  await findingsOf(page, "subtotal-mismatch").first().waitFor();
  expect(await findingsOf(page).count()).toBe(findings.length);
});

test("at 320 px the form and the 已说明 tab fit without sideways scrolling", async () => {
  const { page } = await suite.open({ width: 320 });
  await check(page);
  const item = findingsOf(page, "cost-exceeds-amount").first();
  await item.getByRole("button").first().click();
  await item.getByRole("button", { name: "标记为已说明" }).click();
  await item.getByTestId("explain-form").getByLabel("说明理由").fill("两年期合同，按合同总额填报");
  await item.getByTestId("explain-form").getByLabel("说明人").fill("李四");
  expect(await horizontalOverflow(page)).toBe(0);
  await item.getByTestId("explain-form").getByRole("button", { name: "保存说明" }).click();
  await page.getByText("已标记为已说明，可在“已说明”页查看或重新打开。").waitFor();
  await page.getByRole("tab", { name: "已说明" }).click();
  await page.getByTestId("explained").first().waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await shot(page, "07-tab-320px");

  // The project's amount changes (2.15 → 2.16): the explanation lapses and the finding is open again.
  await page.getByRole("tab", { name: "检查" }).click();
  await inPage(page, (s: OfficeStub) => {
    s.userEdit(s.sheetName, "B15", 2.16);
    s.userEdit(s.sheetName, "C15", 2.16);
  });
  await page.getByRole("button", { name: "重新检查" }).click();
  const lapsed = findingsOf(page, "cost-exceeds-amount").filter({ has: page.getByTestId("lapsed-badge") });
  await lapsed.first().waitFor();
  expect(await page.getByTestId("count-lapsed").innerText()).toBe("1 条说明因内容变更已失效，相关问题已重新列出。");
  await lapsed.first().getByRole("button").first().click();
  expect(await lapsed.first().getByTestId("lapsed-note").innerText()).toContain("说明：两年期合同，按合同总额填报");
  await lapsed.first().evaluate((el) => el.scrollIntoView({ block: "start" }));
  expect(await horizontalOverflow(page)).toBe(0);
  await shot(page, "08-lapsed-320px");
});

test("no request left 127.0.0.1 and no page raised an error", () => expectPagesStayedLocal(suite.opened, 2));
