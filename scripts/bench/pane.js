#!/usr/bin/env node
/**
 * The task pane's check, timed: OfficeHost over HOST's fake Office.js runtime (test/host/fake-excel,
 * compiled into build/bench by tsconfig.bench.json), on the synthetic table. Each run is what a
 * user sees after opening the pane (prepare() at bootstrap) and clicking 检查 with marks on:
 * read the workbook, run the reader and the rules (src/ui/run-check.ts), mark the findings' cells
 * (marksFor from src/ui/use-checker.ts). The fake counts the syncs; the times are this process's
 * JavaScript (host code, fake runtime, domain), not Excel's own work. Prints one JSON line.
 *
 *   node scripts/bench/pane.js [PROJECTS=1000] [RUNS=5] [BENCH_BUILD=build/bench]
 */
"use strict";
const path = require("path");
const { syntheticGrid } = require("./synthetic");

const [projectsArg = "1000", runsArg = "5", buildArg = "build/bench"] = process.argv.slice(2);
const B = path.resolve(buildArg);
const { createFakeExcel } = require(path.join(B, "test", "host", "fake-excel", "index.js"));
const { OfficeHost } = require(path.join(B, "src", "host", "office-host.js"));
const { runCheck } = require(path.join(B, "src", "ui", "run-check.js"));
const { marksFor } = require(path.join(B, "src", "ui", "use-checker.js"));

const now = () => Number(process.hrtime.bigint()) / 1e6;
const syncs = (stats) => ({ read: stats.readSyncs, write: stats.writeSyncs, all: stats.syncs });

async function oneRun(sheet) {
  const fake = createFakeExcel({ sheets: [sheet] });
  const host = new OfficeHost(fake);
  await host.prepare();
  const prepareSyncs = syncs(fake.stats);
  fake.resetStats();
  const run = await runCheck(host, now);
  const checkSyncs = syncs(fake.stats);
  const cellsLoaded = fake.stats.cellsLoaded;
  fake.resetStats();
  const marks = marksFor(run.result.findings);
  const t = now();
  await host.markFindings(marks);
  const mark = now() - t;
  return {
    read: run.timings.read,
    reader: run.timings.parse,
    check: run.timings.check,
    mark,
    answered: run.timings.total + mark,
    prepareSyncs,
    checkSyncs,
    markSyncs: syncs(fake.stats),
    cellsLoaded,
    findings: run.result.findings.length,
    marks: marks.length,
    projects: run.result.tables.reduce((n, x) => n + x.projects, 0),
  };
}

async function main() {
  const { name, rows, formats, merges } = syntheticGrid(Number(projectsArg));
  const sheet = { name, rows, formats, merges };
  const runs = [];
  for (let k = 0; k < Number(runsArg); k++) runs.push(await oneRun(sheet));
  process.stdout.write(JSON.stringify({ runs }) + "\n");
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exitCode = 1;
});
