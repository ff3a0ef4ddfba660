/**
 * The browser workspace in Chromium, with no Office at all: the production build opens a user's
 * .xlsx (seed table 002) through the file input, reads it in the page, checks it, inserts an
 * indicator with the picker, and downloads the workbook; the download, re-read in node, holds the
 * insert in G9 and nothing else changed (every other zip part byte for byte). A broken file shows
 * its Chinese message. No request leaves 127.0.0.1. Screenshots: os.tmpdir()/jixiao-e2e-shots/workspace-*.png.
 */
import * as fs from "fs";
import * as path from "path";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { readWorkbook } from "../../src/domain/reader";
import { checkWorkbook } from "../../src/domain/check";
import type { WorkbookGrid } from "../../src/domain/grid";
import { toA1 } from "../../src/domain/address";
import { readWorkbookBytes } from "../../src/file";
import { changedCells } from "../../src/host/memory-download";
import { fixturePath } from "../support/fixtures";
import { e2eSuite, expectPagesStayedLocal } from "./support/suite";
import { POLICY_AWARENESS, chooseIndicator } from "./support/pane";

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

async function workspace(): Promise<Page> {
  const p = await suite.open({ office: false });
  await p.page.getByTestId("demo-banner").waitFor({ timeout: 10_000 });
  return p.page;
}

async function openFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByTestId("workspace-file").setInputFiles(file);
}

/** The cell of the project's 绩效指标 text in the opened grid (the picker inserts there). */
function indicatorCell(): { cell: string; text: string } {
  const sheet = grid.sheets[0];
  const row = sheet.rows.findIndex((r) => r[0] === PROJECT);
  const col = sheet.rows.find((r) => r.includes("绩效指标"))!.indexOf("绩效指标");
  return { cell: toA1(row + (sheet.originRow ?? 0), col + (sheet.originCol ?? 0)), text: sheet.rows[row][col] as string };
}

test("open a user's .xlsx, check it, insert an indicator, download it with only that cell changed", async () => {
  const page = await workspace();
  await openFile(page, FILE);
  await page.getByTestId("workspace-name").filter({ hasText: "seed-002-compact.xlsx" }).waitFor();
  expect(await page.getByTestId("demo-banner").count()).toBe(0);

  const expected = checkWorkbook(readWorkbook(grid));
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByRole("region", { name: "检查结果摘要" }).waitFor();
  expect(await page.locator('[data-testid="finding"]').count()).toBe(expected.findings.length);
  await shot(page, "01-checked");

  const target = indicatorCell();
  await page.getByRole("tab", { name: "插入指标" }).click();
  await chooseIndicator(page, { project: PROJECT, ...POLICY_AWARENESS });
  await page.getByTestId("picker").getByRole("button", { name: "插入", exact: true }).click();
  await page.getByTestId("picker-inserted").waitFor();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载", exact: true }).click()]);
  expect(download.suggestedFilename()).toBe("seed-002-compact（已修改）.xlsx");
  const bytes = new Uint8Array(fs.readFileSync(await download.path()));
  await page.getByTestId("workspace-message").filter({ hasText: "已写回 1 个单元格的修改" }).waitFor();
  await shot(page, "02-downloaded");

  const reread = await readWorkbookBytes(bytes, download.suggestedFilename());
  expect(changedCells(grid, reread)).toEqual([{ sheet: grid.sheets[0].name, cell: target.cell, value: `${target.text}${ADDED}` }]);
  const oldParts = unzipSync(original);
  const newParts = unzipSync(bytes);
  expect(Object.keys(newParts)).toEqual(Object.keys(oldParts));
  const changed = Object.keys(oldParts).filter((part) => !Buffer.from(oldParts[part]).equals(Buffer.from(newParts[part])));
  expect(changed).toEqual(["xl/worksheets/sheet1.xml"]);
});

test("a file that is not a workbook shows its Chinese message and the demo stays", async () => {
  const page = await workspace();
  await openFile(page, { name: "坏文件.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("这不是工作簿") });
  const message = page.getByTestId("workspace-message");
  await message.filter({ hasText: "坏文件.xlsx" }).waitFor();
  expect(await message.innerText()).toContain("不是 xlsx 工作簿");
  expect(await page.getByTestId("demo-banner").count()).toBe(1);
  expect(await page.getByRole("button", { name: "下载", exact: true }).isDisabled()).toBe(true);
});

test("no request left 127.0.0.1 and no page raised an error", () => expectPagesStayedLocal(suite.opened, 2));
