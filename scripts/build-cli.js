#!/usr/bin/env node
/**
 * `npm run build:cli`: the jixiao CLI as two esbuild bundles in build/jixiao/ — main.js (the
 * command) and check-worker.js (a folder review's worker thread, found next to main.js). One file
 * each starts faster than hundreds of compiled modules. ExcelJS (written reports only) and SheetJS
 * (.xls/.csv only) and zod (a config file, a baseline, stored explanations) stay outside, required
 * from node_modules when a command needs them, so a check
 * of an .xlsx never loads either.
 */
"use strict";
const path = require("path");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "build", "jixiao");

async function build() {
  const started = Date.now();
  await esbuild.build({
    entryPoints: { main: path.join(ROOT, "src/cli/main.ts"), "check-worker": path.join(ROOT, "src/cli/check-worker.ts") },
    outdir: OUT,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // zod: only a config file, a baseline or stored explanations need it
    external: ["exceljs", "@e965/xlsx", "zod"],
    minifySyntax: true,
    minifyWhitespace: true,
    // names stay readable in an internal error's stack trace
    minifyIdentifiers: false,
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
  });
  process.stderr.write(`build:cli: build/jixiao/{main,check-worker}.js in ${Date.now() - started} ms\n`);
}

build().catch((e) => {
  process.stderr.write(`build:cli failed: ${e && e.message ? e.message : e}\n`);
  process.exitCode = 1;
});
