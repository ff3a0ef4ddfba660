/**
 * Opening the task pane in a fresh page: every request is recorded; office.js (from the CDN, or the
 * self-hosted copy of an intranet build) is answered with an empty script, so the stub, or nothing,
 * stands in for it; loopback passes; anything else external is aborted and remembered, so a test
 * can prove nothing left 127.0.0.1.
 */
import type { BrowserContext, Page } from "playwright-core";

export interface NetworkLog {
  /** requests that went to the network (must all be loopback) */
  passed: string[];
  /** office.js requests answered by the route (never reaching a server) */
  stubbed: string[];
  /** external requests that were refused */
  blocked: string[];
  /** every response with the address of the server that sent it (null: answered by the route) */
  servers: { url: string; ip: string | null }[];
}

export interface PaneOptions {
  /** the bundled Office stub; omit to load the pane with no Office at all */
  stub?: string;
}

export interface OpenedPane {
  page: Page;
  network: NetworkLog;
  errors: string[];
}

const isLoopback = (url: URL): boolean => url.hostname === "127.0.0.1";
const isOfficeJs = (url: URL): boolean => /\/office(\.debug)?\.js$/i.test(url.pathname);

export async function openPane(context: BrowserContext, origin: string, options: PaneOptions = {}): Promise<OpenedPane> {
  const page = await context.newPage();
  const network: NetworkLog = { passed: [], stubbed: [], blocked: [], servers: [] };
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (response) => {
    void response.serverAddr().then(
      (addr) => network.servers.push({ url: response.url(), ip: addr?.ipAddress ?? null }),
      () => network.servers.push({ url: response.url(), ip: null }),
    );
  });
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    if (isOfficeJs(url)) {
      network.stubbed.push(url.href);
      return route.fulfill({ status: 200, contentType: "text/javascript", body: "/* office.js stubbed by the e2e */" });
    }
    if (isLoopback(url)) {
      network.passed.push(url.href);
      return route.continue();
    }
    network.blocked.push(url.href);
    return route.abort("blockedbyclient");
  });
  if (options.stub) await page.addInitScript({ content: options.stub });
  await page.goto(`${origin}/taskpane.html`);
  return { page, network, errors };
}
