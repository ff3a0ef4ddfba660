/**
 * Debian's Chromium driven by playwright-core: headless, a fresh profile per launch, and the flags
 * that keep it from phoning home (no background networking, component updates, sync or QUIC).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-quic",
  "--no-first-run",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A task pane is about 350 px wide in Excel; the tests use that viewport. */
export const PANE_VIEWPORT = { width: 350, height: 760 };

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`找不到 ${CHROMIUM}：请先安装 Debian 的 chromium 软件包（apt-get install chromium）再运行浏览器测试。`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: PANE_VIEWPORT,
    locale: "zh-CN",
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where the screenshots go; printed once so a person can look at them. */
export function screenshotDir(): string {
  const dir = path.join(os.tmpdir(), "jixiao-e2e-shots");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
