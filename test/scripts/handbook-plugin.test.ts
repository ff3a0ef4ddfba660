/**
 * The handbook the build emits (scripts/handbook-plugin.js) is the one `jixiao rules --html`
 * writes, byte for byte, and stands alone: every rule's section, no script, nothing fetched.
 */
import { allRules } from "../../src/domain/rules";
import { rulesHandbookHtml } from "../../src/cli/commands/rules-handbook";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderHandbook } = require("../../scripts/handbook-plugin") as { renderHandbook: () => Promise<{ html: string; inputs: string[] }> };

jest.setTimeout(60_000);

test("the build's handbook is the CLI's, and names its sources for the watcher", async () => {
  const { html, inputs } = await renderHandbook();
  expect(html).toBe(rulesHandbookHtml());
  expect(inputs.some((p) => p.endsWith("src/domain/rules/unit-missing.ts"))).toBe(true);
});

test("every rule has its section; no script, style sheet or font from elsewhere", async () => {
  const { html } = await renderHandbook();
  for (const rule of allRules) expect(html).toContain(`<section id="${rule.id}">`);
  expect(html).not.toMatch(/<script|<link|@import|url\(|src=/i);
});
