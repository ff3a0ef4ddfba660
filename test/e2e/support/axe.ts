/** axe-core inside the page: the serious and critical violations of the page as it is now. */
import * as fs from "fs";
import type { Page } from "playwright-core";

const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Ids of the violations with up to three offending nodes each; [] when the page is clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  // the settled page: a button just enabled (标记单元格 after 检查) fades its colours in, and a scan
  // mid-transition measures a contrast no one sees
  await animationsSettled(page);
  // Tabster's focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>) only pass focus on to
  // the real control next to them; axe cannot know that, so they are left out of the scan.
  return (await page.evaluate(`axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] }).then((r) =>
    r.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => v.id + ": " + v.nodes.slice(0, 3).map((n) => n.html.slice(0, 160)).join(" | ")))`)) as string[];
}

/** Waits until no CSS animation or transition of the page is running (boxes and colours are final). */
export async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}
