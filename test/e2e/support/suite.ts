/**
 * One e2e file's browser set-up in one call. `e2eSuite()` registers the file's beforeAll/afterAll
 * (the production build copied aside and served on 127.0.0.1, the fake Office.js bundled, Debian's
 * Chromium launched; everything closed afterwards) and returns what the tests use:
 *
 *   const suite = e2eSuite();                        // or e2eSuite({ stubEntry: "test/e2e/other-stub.ts" })
 *   const { page } = await suite.open();             // the pane over the Office stub, 350 px wide
 *   const { page } = await suite.open({ office: false });   // no Office: the browser workspace
 *   const page = await openWorkspace(suite);         // the same, waited until its demo shows (workspace.ts)
 *   await suite.shot(page, "picker-01-form");        // os.tmpdir()/jixiao-e2e-shots/picker-01-form.png
 *   test("no request left 127.0.0.1 …", () => expectPagesStayedLocal(suite.opened, 3));
 *
 * Every page opened through the suite is remembered with its network log and page errors, so the
 * last test of a file can prove that nothing left loopback and no page raised an error.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { PANE_VIEWPORT } from "./browser";
import { startHarness, type Harness } from "./harness";
import { openPane, type OpenedPane } from "./page";

export interface SuiteOptions {
  /** the browser-side script that installs the fake Office.js (default: seed 002) */
  stubEntry?: string;
  /** jest's per-test limit for this file (the tests assert behaviour, never speed) */
  timeout?: number;
}

export interface OpenOptions {
  /** false: no Office at all (the browser workspace); default: the bundled stub */
  office?: boolean;
  /** set on window.__jixiaoConfig before the stub runs (the stubs read their layout or size there) */
  config?: Record<string, unknown>;
  /** the viewport width (default 350, a task pane) */
  width?: number;
  height?: number;
}

export interface E2eSuite {
  /** the started harness; only inside tests (after beforeAll) */
  readonly harness: Harness;
  /** every page opened through `open`, in order */
  readonly opened: OpenedPane[];
  open(options?: OpenOptions): Promise<OpenedPane>;
  /** a screenshot into the shared folder; `fullPage` false keeps to the viewport, as a person sees the pane */
  shot(page: Page, name: string, fullPage?: boolean): Promise<void>;
}

export function e2eSuite(options: SuiteOptions = {}): E2eSuite {
  let harness: Harness | undefined;
  const opened: OpenedPane[] = [];
  // A browser, a webpack bundle and page loads: generous limits (the project's testTimeout is not
  // applied per project).
  jest.setTimeout(options.timeout ?? 120_000);
  beforeAll(async () => {
    harness = await startHarness(options.stubEntry);
  }, 240_000);
  afterAll(async () => {
    for (const p of opened) await p.page.close().catch(() => undefined);
    await harness?.close();
  });
  const started = (): Harness => {
    if (!harness) throw new Error("e2eSuite: the harness is not started (use it inside a test)");
    return harness;
  };
  return {
    get harness() {
      return started();
    },
    opened,
    async open(open: OpenOptions = {}) {
      const h = started();
      const config = open.config ? `window.__jixiaoConfig = ${JSON.stringify(open.config)};\n` : "";
      const p = await openPane(h.browser.context, h.server.origin, open.office === false ? {} : { stub: config + h.stub });
      opened.push(p);
      const width = open.width ?? PANE_VIEWPORT.width;
      const height = open.height ?? PANE_VIEWPORT.height;
      if (width !== PANE_VIEWPORT.width || height !== PANE_VIEWPORT.height) await p.page.setViewportSize({ width, height });
      return p;
    },
    async shot(page, name, fullPage = false) {
      await page.screenshot({ path: path.join(started().shots, `${name}.png`), fullPage });
    },
  };
}

/** The last test of a file: `count` pages were opened, none sent a request beyond 127.0.0.1, none raised an error. */
export async function expectPagesStayedLocal(opened: readonly OpenedPane[], count: number): Promise<void> {
  expect(opened.length).toBe(count);
  for (const { page, network, errors } of opened) {
    expect(network.blocked).toEqual([]);
    expect(network.passed.length).toBeGreaterThan(0);
    expect(network.passed.every((u) => new URL(u).hostname === "127.0.0.1")).toBe(true);
    // The server address of every response: loopback, or none (answered by the route itself).
    expect(network.servers.filter((s) => s.ip !== null && s.ip !== "127.0.0.1")).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }
}
