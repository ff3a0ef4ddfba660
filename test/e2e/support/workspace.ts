/**
 * The browser workspace (the production build with no Office at all) as the e2e files drive it:
 * open it on the demo, open a user's file through 打开工作簿, and take what 下载 (or another
 * download button) gives, as bytes for reading back in node.
 */
import * as fs from "fs";
import * as path from "path";
import type { Download, Page } from "playwright-core";
import type { E2eSuite } from "./suite";

/** A file handed to 打开工作簿: a path on disk, or made in the test. */
export type WorkspaceFile = string | { name: string; mimeType: string; buffer: Buffer };

/** The workspace showing its demo, `width` × `height` (default: the pane's 350 × 760). */
export async function openWorkspace(suite: E2eSuite, size: { width?: number; height?: number } = {}): Promise<Page> {
  const { page } = await suite.open({ office: false, ...size });
  await page.getByTestId("demo-banner").waitFor({ timeout: 10_000 });
  return page;
}

/** Opens `file` through 打开工作簿 and waits until the workspace bar names it. */
export async function openWorkbookFile(page: Page, file: WorkspaceFile): Promise<void> {
  await page.getByTestId("workspace-file").setInputFiles(file);
  const name = typeof file === "string" ? path.basename(file) : file.name;
  await page.getByTestId("workspace-name").filter({ hasText: name }).waitFor();
}

/** Clicks the button named exactly `button` and returns the download it starts, with its bytes. */
export async function downloadBy(page: Page, button = "下载"): Promise<{ download: Download; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button, exact: true }).click()]);
  return { download, bytes: new Uint8Array(fs.readFileSync(await download.path())) };
}
