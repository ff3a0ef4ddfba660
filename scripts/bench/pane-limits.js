#!/usr/bin/env node
/**
 * The pane's read within Excel's limits, measured: OfficeHost over the fake Office.js runtime with
 * its 5 MB byte budget on, on the synthetic table at several sizes. For each size: the read syncs
 * of one check (after prepare()), the estimated bytes of each (the host budgets ≈1.5 MB a sync),
 * chunks Excel refused and the host retried, and the time to answer (read + reader + rules + mark).
 * Times are this process's JavaScript, not Excel's. Prints one JSON line; scripts/bench.js renders it.
 *
 *   node scripts/bench/pane-limits.js [SIZES=200,1000,2000] [BENCH_BUILD=build/bench]
 */
"use strict";
const path = require("path");
const { syntheticGrid } = require("./synthetic");

const { spawnSync } = require("child_process");

/** The compiled host and fake (tsconfig.bench.json), loaded only when this file measures. */
function load(build) {
  const B = path.resolve(build);
  return {
    createFakeExcel: require(path.join(B, "test", "host", "fake-excel", "index.js")).createFakeExcel,
    OfficeHost: require(path.join(B, "src", "host", "office-host.js")).OfficeHost,
    runCheck: require(path.join(B, "src", "ui", "run-check.js")).runCheck,
    marksFor: require(path.join(B, "src", "ui", "use-checker.js")).marksFor,
  };
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

async function measure({ createFakeExcel, OfficeHost, runCheck, marksFor }, projects) {
  const { name, rows, formats, merges } = syntheticGrid(projects);
  const fake = createFakeExcel({ sheets: [{ name, rows, formats, merges }] });
  const host = new OfficeHost(fake);
  await host.prepare();
  fake.resetStats();
  const run = await runCheck(host, now);
  const reads = fake.stats.log.filter((s) => s.kind === "read");
  const t = now();
  await host.markFindings(marksFor(run.result.findings));
  const mark = now() - t;
  return {
    projects,
    readSyncs: reads.length,
    bytesPerSync: reads.map((s) => s.bytes),
    refused: reads.filter((s) => s.failed).length,
    markWriteSyncs: fake.stats.writeSyncs,
    answered: run.timings.total + mark,
  };
}

async function main() {
  const [sizesArg = "200,1000,2000", buildArg = "build/bench"] = process.argv.slice(2);
  const code = load(buildArg);
  const out = [];
  for (const size of sizesArg.split(",").map(Number)) out.push(await measure(code, size));
  process.stdout.write(JSON.stringify({ sizes: out }) + "\n");
}

/**
 * For scripts/bench.js: runs this file in a fresh process over build/bench and returns its section
 * of bench/results.md (markdown lines), or a note when it could not run.
 */
function benchSection(build, sizes = [200, 1000, 2000]) {
  const r = spawnSync(process.execPath, [__filename, sizes.join(","), build], { encoding: "utf8" });
  if (r.status !== 0) return [`Pane within Excel's limits: not measured (${(r.stderr || "").split("\n")[0]}).`];
  const kb = (b) => `${Math.round(b / 1024).toLocaleString("en-US")} KB`;
  const rows = JSON.parse(r.stdout.trim().split("\n").pop()).sizes.map((x) => {
    const max = Math.max(...x.bytesPerSync);
    const mean = x.bytesPerSync.reduce((a, b) => a + b, 0) / x.bytesPerSync.length;
    return `| ${x.projects.toLocaleString("en-US")} | ${x.readSyncs} | ${kb(mean)} | ${kb(max)} | ${x.refused} | ${Math.round(x.answered).toLocaleString("en-US")} ms |`;
  });
  return [
    "## Task pane within Excel's limits (5 MB a response; the host aims at ≈1.5 MB a read sync)",
    "",
    "| projects | read syncs | bytes per sync (mean) | bytes per sync (max) | refused and retried | time to answer |",
    "|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    "One check after prepare(), through OfficeHost over the fake Office.js runtime with its byte budget on (scripts/bench/pane-limits.js); bytes are estimated as Excel serialises them (JSON, UTF-8). Time to answer: read + reader + rules + mark, this process's JavaScript.",
  ];
}

module.exports = { benchSection };

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
    process.exitCode = 1;
  });
}
