/**
 * What every browser e2e file needs before its tests: the production build copied aside and served
 * on loopback, the fake Office.js bundled into one init script, and Chromium. A copy is served so
 * another build writing dist/ meanwhile cannot change the pane under test (a self-hosted office.js
 * is left out: the route answers for it).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bundleScript } from "./bundle";
import { launchChromium, screenshotDir, type Browser } from "./browser";
import { serveStatic, type StaticServer } from "./serve";

const DIST = path.join(__dirname, "../../../dist");

export interface Harness {
  server: StaticServer;
  browser: Browser;
  /** the fake Office.js runtime as one script for page.addInitScript */
  stub: string;
  /** where screenshots go */
  shots: string;
  close(): Promise<void>;
}

/**
 * A copy of the production build served on 127.0.0.1 (closing it removes the copy). The e2e files
 * that need no browser (the handbook) use it alone.
 */
export async function serveDist(): Promise<StaticServer> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("找不到 dist/taskpane.html：请用 npm run test:e2e 运行（它会先执行生产构建）。");
  }
  const served = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-dist-"));
  fs.cpSync(DIST, served, { recursive: true, filter: (from) => !from.includes(`${path.sep}office-js`) });
  const server = await serveStatic(served);
  return {
    origin: server.origin,
    async close() {
      await server.close();
      fs.rmSync(served, { recursive: true, force: true });
    },
  };
}

/** `stubEntry`: the browser-side script that installs the fake Office.js (default: seed 002). */
export async function startHarness(stubEntry = "test/e2e/office-stub.ts"): Promise<Harness> {
  const shots = screenshotDir();
  // first and alone: without a build it fails at once, before a browser is started to be left open
  const server = await serveDist();
  const [stub, browser] = await Promise.all([bundleScript(stubEntry), launchChromium()]);
  return {
    server,
    browser,
    stub,
    shots,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
