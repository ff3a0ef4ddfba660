/**
 * Captures every state in STATES at 320, 350 and 500 px (and the workspace's own states at 1280 px)
 * as full-page PNGs `<width>-<nn>-<state>.png`, each from a fresh page of the built dist/ served on
 * 127.0.0.1 in Debian's Chromium, with the e2e's own set-up (test/e2e/support). A state that fails
 * to be reached, a page error or a page wider than its window is reported; the others are still captured.
 */
import * as fs from "fs";
import * as path from "path";
import { launchChromium } from "../../test/e2e/support/browser";
import { openPane } from "../../test/e2e/support/page";
import { serveStatic } from "../../test/e2e/support/serve";
import { STATES } from "./states";

const WIDTHS = [320, 350, 500];
const WIDE = 1280;
const HEIGHT = 800;

export interface CaptureResult {
  written: string[];
  /** "<file>: what went wrong" for a state not reached or a page that raised an error */
  problems: string[];
}

export async function captureScreenshots(root: string, dist: string, out: string): Promise<CaptureResult> {
  fs.mkdirSync(out, { recursive: true });
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const result: CaptureResult = { written: [], problems: [] };
  try {
    for (const state of STATES) {
      for (const width of state.wide ? [...WIDTHS, WIDE] : WIDTHS) {
        const file = `${width}-${state.name}.png`;
        const { page, errors, network } = await openPane(browser.context, server.origin);
        try {
          await page.setViewportSize({ width, height: HEIGHT });
          await state.reach(page, root);
          // A full-page capture of a scrolled page draws the sticky controls where the scroll left
          // them, over a blank band: the whole page is captured from the top instead.
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: path.join(out, file), fullPage: true });
          result.written.push(file);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) result.problems.push(`${file}: the page is ${overflow} px wider than the window (sideways scrolling)`);
        } catch (error) {
          result.problems.push(`${file}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
        }
        for (const message of errors) result.problems.push(`${file}: page error: ${message}`);
        for (const url of network.blocked) result.problems.push(`${file}: blocked a request to ${url}`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
