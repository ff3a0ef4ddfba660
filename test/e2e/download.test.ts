/**
 * 下载 that carries everything, in Chromium with no Office: the production build opens seed 002
 * in the expanded layout (one row per indicator), the picker inserts an indicator (a whole row),
 * 生成审核意见表 writes the review sheet, and 下载 gives a workbook that ExcelJS and the file layer
 * read back with the inserted row, every row below moved down by one, the merged project cells
 * grown and the 审核意见表 present, while every part the change does not need keeps its bytes.
 * 下载审核意见表 gives the review sheet as its own file; 新建工作簿 then 下载 gives 绩效目标表.xlsx
 * holding the standard table. Screenshots: os.tmpdir()/jixiao-e2e-shots/download-*.png.
 */
import * as fs from "fs";
import type { Page } from "playwright-core";
import type { SheetGrid } from "../../src/domain/grid";
import { readWorkbook } from "../../src/domain/reader";
import { REVIEW_SHEET } from "../../src/domain/review";
import { readWorkbookBytes } from "../../src/file";
import { fixturePath } from "../support/fixtures";
import { changedParts, excelJs } from "../file/patch-readers";
import { e2eSuite, expectPagesStayedLocal } from "./support/suite";
import { POLICY_AWARENESS, check, chooseIndicator, insertChosen } from "./support/pane";
import { downloadBy, openWorkbookFile, openWorkspace } from "./support/workspace";

const FILE = fixturePath("seed-002-expanded");
const PROJECT = "非公经济专项经费";
const NAME = "政策知晓率";

const suite = e2eSuite();
const shot = (page: Page, name: string) => suite.shot(page, `download-${name}`, true);

/** The sheet's rows as text, one string per row, for comparing rows that moved. */
const rowTexts = (sheet: SheetGrid) => sheet.rows.map((r) => JSON.stringify(r.map((v) => v ?? null)).replace(/(,null)+\]$/, "]"));

test("an expanded insert and the 审核意见表 download into the opened workbook; the rows below move, nothing else changes", async () => {
  const page = await openWorkspace(suite);
  await openWorkbookFile(page, FILE);
  await check(page);

  await page.getByRole("tab", { name: "插入指标" }).click();
  await chooseIndicator(page, { project: PROJECT, ...POLICY_AWARENESS });
  await insertChosen(page);

  await page.getByRole("tab", { name: "已说明" }).click();
  await page.getByRole("button", { name: "生成审核意见表" }).click();
  await page.getByText(/^已生成“审核意见表”/).waitFor();
  await shot(page, "01-review-written");

  const { download, bytes } = await downloadBy(page);
  expect(download.suggestedFilename()).toBe("seed-002-expanded（已修改）.xlsx");
  await page.getByTestId("workspace-message").filter({ hasText: `新增工作表（${REVIEW_SHEET}）` }).waitFor();
  await shot(page, "02-downloaded");

  const original = new Uint8Array(fs.readFileSync(FILE));
  const before = (await readWorkbookBytes(original, "before.xlsx")).sheets[0];
  const after = await readWorkbookBytes(bytes, download.suggestedFilename());
  expect(after.sheets.map((s) => s.name)).toEqual([before.name, REVIEW_SHEET]);
  // exactly one new row: the rows above it as they were, every row below moved down by one
  const was = rowTexts(before);
  const now = rowTexts(after.sheets[0]);
  expect(now).toHaveLength(was.length + 1);
  const at = now.findIndex((row, k) => row !== was[k]);
  expect(now[at]).toContain(NAME);
  expect(now.slice(0, at)).toEqual(was.slice(0, at));
  expect(now.slice(at + 1)).toEqual(was.slice(at));
  // the project still reads as one project, now with the new indicator
  const project = readWorkbook(after).tables[0].rows.find((r) => r.name === PROJECT)!;
  expect(project.indicators.map((i) => i.name?.text)).toContain(NAME);

  const wb = await excelJs(bytes);
  const ws = wb.getWorksheet(before.name)!;
  expect(ws.getRow(at + 1).values).toEqual(expect.arrayContaining([NAME]));
  expect(ws.rowCount).toBe(was.length + 1);
  expect(wb.getWorksheet(REVIEW_SHEET)!.getCell("A1").value).toBe("项目支出绩效目标审核意见表");

  // the parts: only the table's sheet, the new sheet and the package's lists changed
  expect(changedParts(original, bytes)).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);

  // the review sheet on its own
  const review = await downloadBy(page, "下载审核意见表");
  expect(review.download.suggestedFilename()).toBe(`seed-002-expanded-${REVIEW_SHEET}.xlsx`);
  const alone = await excelJs(review.bytes);
  expect(alone.worksheets.map((w) => w.name)).toEqual([REVIEW_SHEET]);
  expect(alone.getWorksheet(REVIEW_SHEET)!.getCell("A1").value).toBe("项目支出绩效目标审核意见表");
});

test("新建工作簿 then 下载 writes 绩效目标表.xlsx holding the standard table", async () => {
  const page = await openWorkspace(suite);
  await page.getByRole("button", { name: "新建工作簿", exact: true }).click();
  await page.getByTestId("workspace-name").filter({ hasText: "绩效目标表.xlsx" }).waitFor();
  await shot(page, "03-new-workbook");
  const { download, bytes } = await downloadBy(page);
  expect(download.suggestedFilename()).toBe("绩效目标表.xlsx");
  const grid = await readWorkbookBytes(bytes, "绩效目标表.xlsx");
  expect(grid.sheets.map((s) => s.name)).toEqual(["项目支出绩效目标表"]);
  expect(readWorkbook(grid).tables).toHaveLength(1);
  const ws = (await excelJs(bytes)).getWorksheet("项目支出绩效目标表")!;
  expect(ws.views[0]).toMatchObject({ state: "frozen" });
});

test("no request left 127.0.0.1 and no page raised an error", () => expectPagesStayedLocal(suite.opened, 2));
