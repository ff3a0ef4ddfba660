/**
 * dist/handbook.html, emitted by the production build (npm run build:test runs before the e2e
 * files): the rule handbook beside the pane, which the pane's 帮助 link opens. Served as the pane
 * is, from the address the link computes, it lists every rule, in Chinese with its English title,
 * and loads nothing from anywhere.
 */
import { allRules } from "../../src/domain/rules";
import { handbookUrl } from "../../src/ui/handbook-url";
import { serveDist } from "./support/harness";
import type { StaticServer } from "./support/serve";

let server: StaticServer;

beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.close();
});

test("the handbook is served beside the pane, at the address the 帮助 link gives, listing every rule", async () => {
  const pane = `${server.origin}/taskpane.html`;
  expect((await fetch(pane)).status).toBe(200);
  const response = await fetch(handbookUrl(pane));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  const html = await response.text();
  for (const rule of allRules) {
    expect(html).toContain(`<section id="${rule.id}">`);
    expect(html).toContain(rule.titleEn);
  }
  expect(html).not.toMatch(/<script|<link|@import|url\(|src=|https?:\/\//i);
});
