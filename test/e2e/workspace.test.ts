/**
 * The browser workspace in Chromium, with no Office at all: the production build opens a user's
 * .xlsx (seed table 002) through the file input, reads it in the page, checks it, inserts an
 * indicator with the picker, and downloads the workbook; the download, re-read in node, holds the
 * insert in G9 and nothing else changed (every other zip part byte for byte). A broken file shows
 * its Chinese message. No request leaves 127.0.0.1. Screenshots: os.tmpdir()/jixiao-e2e-shots/workspace-*.png.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { readWorkbook } from "../../src/domain/reader";
import { checkWorkbook } from "../../src/domain/check";
import type { WorkbookGrid } from "../../src/domain/grid";
import { toA1 } from "../../src/domain/address";
import { readWorkbookBytes } from "../../src/file";
import { changedCells } from "../../src/host/memory-download";
import { fixturePath } from "../support/fixtures";
import { changedParts } from "../file/patch-readers";
import { e2eSuite, expectPagesStayedLocal } from "./support/suite";
import { POLICY_AWARENESS, check, chooseIndicator, insertChosen } from "./support/pane";
import { downloadBy, openWorkbookFile, openWorkspace } from "./support/workspace";

const FILE = fixturePath("seed-002-compact");
const ADDED = "4、2-效益指标；22-社会效益；政策知晓率；实施周期指标值:≥90%；年度指标值:≥90%。";
const PROJECT = "政企沟通服务中心运营经费";

const suite = e2eSuite();
let original: Uint8Array;
let grid: WorkbookGrid;

beforeAll(async () => {
  original = new Uint8Array(fs.readFileSync(FILE));
  grid = await readWorkbookBytes(original, path.basename(FILE));
});

const shot = (page: Page, name: string) => suite.shot(page, `workspace-${name}`, true);

/** The cell of the project's 绩效指标 text in the opened grid (the picker inserts there). */
function indicatorCell(): { cell: string; text: string } {
  const sheet = grid.sheets[0];
  const row = sheet.rows.findIndex((r) => r[0] === PROJECT);
  const col = sheet.rows.find((r) => r.includes("绩效指标"))!.indexOf("绩效指标");
  return { cell: toA1(row + (sheet.originRow ?? 0), col + (sheet.originCol ?? 0)), text: sheet.rows[row][col] as string };
}

test("open a user's .xlsx, check it, insert an indicator, download it with only that cell changed", async () => {
  const page = await openWorkspace(suite);
  await openWorkbookFile(page, FILE);
  expect(await page.getByTestId("demo-banner").count()).toBe(0);

  const expected = checkWorkbook(readWorkbook(grid));
  await check(page);
  expect(await page.locator('[data-testid="finding"]').count()).toBe(expected.findings.length);
  await shot(page, "01-checked");

  const target = indicatorCell();
  await page.getByRole("tab", { name: "插入指标" }).click();
  await chooseIndicator(page, { project: PROJECT, ...POLICY_AWARENESS });
  await insertChosen(page);

  const { download, bytes } = await downloadBy(page);
  expect(download.suggestedFilename()).toBe("seed-002-compact（已修改）.xlsx");
  await page.getByTestId("workspace-message").filter({ hasText: "已写回 1 个单元格的修改" }).waitFor();
  await shot(page, "02-downloaded");

  const reread = await readWorkbookBytes(bytes, download.suggestedFilename());
  expect(changedCells(grid, reread)).toEqual([{ sheet: grid.sheets[0].name, cell: target.cell, value: `${target.text}${ADDED}` }]);
  // every other zip part byte for byte (a part added or dropped would be named too)
  expect(changedParts(original, bytes)).toEqual(["xl/worksheets/sheet1.xml"]);
});

test("a file that is not a workbook shows its Chinese message and the demo stays", async () => {
  const page = await openWorkspace(suite);
  await page.getByTestId("workspace-file").setInputFiles({ name: "坏文件.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("这不是工作簿") });
  const message = page.getByTestId("workspace-message");
  await message.filter({ hasText: "坏文件.xlsx" }).waitFor();
  expect(await message.innerText()).toContain("不是 xlsx 工作簿");
  expect(await page.getByTestId("demo-banner").count()).toBe(1);
  expect(await page.getByRole("button", { name: "下载", exact: true }).isDisabled()).toBe(true);
});

test("no request left 127.0.0.1 and no page raised an error", () => expectPagesStayedLocal(suite.opened, 2));
