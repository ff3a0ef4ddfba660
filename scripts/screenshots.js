#!/usr/bin/env node
/**
 * `npm run screenshots`: full-page PNGs of each state of the pane at 320, 350 and 500 px (and the
 * browser workspace's states at 1280 px) in screenshots/ (git-ignored), for a person to look at.
 * It builds nothing: run `npm run build` (or `npm run build:test`) first; it serves that dist/ on
 * 127.0.0.1 and drives Debian's Chromium. The capture code is TypeScript sharing the e2e set-up
 * (scripts/screenshots/, test/e2e/support/); esbuild bundles it into a temporary
 * folder under build/ to run.
 *
 *   npm run screenshots [-- OUT_DIR]
 */
"use strict";
const fs = require("fs");
const path = require("path");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const OUT = path.resolve(process.argv[2] || path.join(ROOT, "screenshots"));

async function main() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    console.error("找不到 dist/taskpane.html：请先运行 npm run build（或 npm run build:test），再运行 npm run screenshots。");
    return 1;
  }
  // inside the project (build/ is git-ignored) so the bundle finds playwright-core in node_modules
  fs.mkdirSync(path.join(ROOT, "build"), { recursive: true });
  const bundleDir = fs.mkdtempSync(path.join(ROOT, "build", "screenshots-"));
  const bundle = path.join(bundleDir, "capture.js");
  try {
    await esbuild.build({
      entryPoints: [path.join(__dirname, "screenshots", "capture.ts")],
      outfile: bundle,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      external: ["playwright-core"],
      logLevel: "error",
    });
    const { captureScreenshots } = require(bundle);
    const { written, problems } = await captureScreenshots(ROOT, DIST, OUT);
    console.log(`已写入 ${written.length} 张截图：${OUT}`);
    for (const problem of problems) console.error(`问题：${problem}`);
    return problems.length ? 1 : 0;
  } finally {
    fs.rmSync(bundleDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
