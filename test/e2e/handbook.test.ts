/**
 * dist/handbook.html, emitted by the production build (npm run build:test runs before the e2e
 * files): the rule handbook beside the pane, which the pane's 帮助 link opens. Every rule is in it,
 * in Chinese with its English title, and it loads nothing from anywhere.
 */
import * as fs from "fs";
import * as path from "path";
import { allRules } from "../../src/domain/rules";

const HANDBOOK = path.resolve(__dirname, "../../dist/handbook.html");

test("the build puts the handbook beside the pane, listing every rule", () => {
  expect(fs.existsSync(HANDBOOK)).toBe(true);
  expect(fs.existsSync(path.join(path.dirname(HANDBOOK), "taskpane.html"))).toBe(true);
  const html = fs.readFileSync(HANDBOOK, "utf8");
  for (const rule of allRules) {
    expect(html).toContain(`<section id="${rule.id}">`);
    expect(html).toContain(rule.titleEn);
  }
  expect(html).not.toMatch(/<script|<link|@import|url\(|src=|https?:\/\//i);
});
