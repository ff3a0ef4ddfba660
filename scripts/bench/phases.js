#!/usr/bin/env node
/**
 * One benchmark run in a fresh process, phase by phase, as `jixiao check` does it once:
 *   read the file's bytes → the file layer (src/file: bytes → grid) → reader → rules,
 * then `warm` more reader + rules passes in the same process (what the pane's re-check costs once
 * the code is compiled; the fastest pass is kept). Each phase has its wall time and its CPU time
 * (all threads: V8 compiles and collects garbage on helper threads), which stays meaningful when
 * other work on the machine makes wall times wait for a core. Prints one JSON line. Memory: RSS high-water from the OS
 * (resourceUsage().maxRSS) and the heap's high-water sampled every 2 ms during the asynchronous
 * load and at every phase boundary (synchronous phases cannot be interrupted by a sampler).
 *
 *   node scripts/bench/phases.js FILE [BUILD_DIR=build] [WARM=4]
 */
"use strict";
const path = require("path");
const fs = require("fs");

const [file, buildDir = "build", warmArg = "4"] = process.argv.slice(2);
const root = path.resolve(buildDir);
const { readWorkbookBytes } = require(path.join(root, "file", "index.js"));
// as the CLI reads: Node's zlib inflating for the file layer
const { nodeInflate } = require(path.join(root, "cli", "load-grid.js"));
const { readWorkbook } = require(path.join(root, "domain", "reader", "index.js"));
const { checkWorkbook } = require(path.join(root, "domain", "check.js"));

const now = () => Number(process.hrtime.bigint()) / 1e6;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let heapPeak = 0;
const sample = () => {
  const used = process.memoryUsage().heapUsed;
  if (used > heapPeak) heapPeak = used;
};

async function main() {
  const sampler = setInterval(sample, 2);
  const t0 = now();
  const bytes = fs.readFileSync(file);
  const t1 = now();
  const grid = await readWorkbookBytes(bytes, file, { inflater: nodeInflate });
  clearInterval(sampler);
  const t2 = now();
  const c2 = cpu();
  sample();
  const model = readWorkbook(grid);
  const t3 = now();
  const c3 = cpu();
  sample();
  const result = checkWorkbook(model);
  const t4 = now();
  const c4 = cpu();
  sample();
  const rssPeak = process.resourceUsage().maxRSS * 1024;
  const tables = result.tables;
  let warm = null;
  for (let k = 0; k < Number(warmArg); k++) {
    const a = now();
    const ca = cpu();
    const m = readWorkbook(grid);
    const b = now();
    const cb = cpu();
    checkWorkbook(m);
    const pass = { reader: b - a, check: now() - b, readerCpu: cb - ca, checkCpu: cpu() - cb };
    if (!warm || pass.reader + pass.check < warm.reader + warm.check) warm = pass;
  }
  const out = {
    load: t1 - t0,
    grid: t2 - t1,
    reader: t3 - t2,
    check: t4 - t3,
    readerCpu: c3 - c2,
    checkCpu: c4 - c3,
    heapPeak,
    rssPeak,
    projects: tables.reduce((n, t) => n + t.projects, 0),
    agencies: tables.reduce((n, t) => n + t.agencies, 0),
    indicators: tables.reduce((n, t) => n + t.indicators, 0),
    findings: result.findings.length,
    problems: model.problems.length,
    warm,
  };
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exitCode = 1;
});
