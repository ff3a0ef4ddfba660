#!/usr/bin/env node
/**
 * The task pane in a browser, timed: the production build (dist/) served on 127.0.0.1, opened in
 * Debian's headless Chromium (playwright-core) with office.js answered by an empty script, so the
 * pane starts its demo (two seed tables, in-memory host). Each run is a fresh page that records,
 * with performance.now() from navigation start:
 *  - usable: the 检查 button is on screen (the pane can be used);
 *  - first list: 检查 is clicked (in the page) the moment it is usable; the first finding on screen
 *    (also given from the click: the check and the render of the list).
 * Prints one JSON line { runs: [{ usable, firstList, clickToList, findings }] }, or a note when dist/
 * or Chromium is missing.
 *
 *   node scripts/bench/pane-load.js [RUNS=5] [DIST=dist]
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const [runsArg = "5", distArg = "dist"] = process.argv.slice(2);
const DIST = path.resolve(distArg);
const CHROMIUM = "/usr/bin/chromium";

function serve(root) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://127.0.0.1");
    const file = path.resolve(root, "." + decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css" }[path.extname(file)];
    res.writeHead(200, { "content-type": type || "application/octet-stream", "cache-control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// In the page before the app: note when the 检查 button appears, click it at once (as a user
// waiting for it would, without the test's polling delay), and note when the first finding shows.
const WATCH = `(() => {
  const marks = (window.__paneBench = {});
  new MutationObserver(() => {
    if (marks.usable === undefined) {
      const b = [...document.querySelectorAll('[data-testid="pane-toolbar"] button')].find((x) => x.textContent.trim() === "检查");
      if (b) {
        marks.usable = performance.now();
        setTimeout(() => {
          marks.clickAt = performance.now();
          b.click();
        }, 0);
      }
    }
    if (marks.firstList === undefined && document.querySelector('[data-testid="finding"]')) marks.firstList = performance.now();
  }).observe(document, { childList: true, subtree: true });
})();`;

async function oneRun(context, origin) {
  const page = await context.newPage();
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (/\/office(\.debug)?\.js$/i.test(url.pathname)) return route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
    if (url.hostname === "127.0.0.1") return route.continue();
    return route.abort("blockedbyclient");
  });
  await page.addInitScript({ content: WATCH });
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForFunction(() => window.__paneBench.firstList !== undefined, null, { timeout: 60_000 });
  const marks = await page.evaluate(() => ({ ...window.__paneBench, findings: document.querySelectorAll('[data-testid="finding"]').length }));
  await page.close();
  return { usable: marks.usable, firstList: marks.firstList, clickToList: marks.firstList - marks.clickAt, findings: marks.findings };
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) return { note: `${distArg}/taskpane.html is missing: run npm run build first.` };
  if (!fs.existsSync(CHROMIUM)) return { note: `${CHROMIUM} is missing: the pane's load was not timed.` };
  const { chromium } = require("playwright-core");
  const server = await serve(DIST);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const runs = [];
    for (let k = 0; k < Number(runsArg); k++) {
      // a fresh context per run: nothing cached from the run before
      const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale: "zh-CN" });
      runs.push(await oneRun(context, origin));
      await context.close();
    }
    return { runs };
  } finally {
    await browser.close();
    server.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;

/**
 * For scripts/bench.js: runs this script in a child process and returns the markdown lines of its
 * section (median and min of `runs` fresh pages), or a note when it could not run.
 */
function section(runs = 5) {
  const { spawnSync } = require("child_process");
  const r = spawnSync(process.execPath, [__filename, String(runs)], { cwd: path.join(__dirname, "..", ".."), encoding: "utf8", timeout: 600_000 });
  const line = (r.stdout || "").trim().split("\n").pop() || "";
  let result;
  try {
    result = JSON.parse(line);
  } catch {
    return ["", "## Task pane in Chromium (production build)", "", `Not timed: ${(r.stderr || "no output").trim().slice(0, 300)}`];
  }
  if (result.note) return ["", "## Task pane in Chromium (production build)", "", `Not timed: ${result.note}`];
  const row = (label, pick) => {
    const xs = result.runs.map(pick);
    return `| ${label} | ${ms(median(xs))} | ${ms(Math.min(...xs))} |`;
  };
  return [
    "",
    `## Task pane in Chromium (production build, demo workbook, ${result.runs[0].findings} findings, median of ${result.runs.length} fresh pages)`,
    "",
    "| from navigation start to | median | min |",
    "|:--|--:|--:|",
    row("pane usable (检查 on screen)", (x) => x.usable),
    row("first list (检查 clicked when usable, first finding on screen)", (x) => x.firstList),
    row("… of which 检查 click to first finding", (x) => x.clickToList),
    "",
    "Headless Chromium at 350 × 800 px, dist/ served on 127.0.0.1, office.js answered empty (scripts/bench/pane-load.js).",
  ];
}

module.exports = { section };

if (require.main === module) {
  main().then(
    (result) => process.stdout.write(JSON.stringify(result) + "\n"),
    (e) => {
      process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
      process.exitCode = 1;
    },
  );
}
