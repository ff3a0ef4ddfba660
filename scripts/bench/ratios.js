/**
 * Issue #17's measures, each a ratio of two whole processes run alternately (so a burst of other
 * work on the machine hits both sides), never asserted:
 *   - a typical workbook (test/fixtures/seed-002-compact.xlsx) checked end to end, against `node -e ''`;
 *   - the big workbook checked end to end, against a bare ExcelJS load of the same file;
 *   - a folder of N copies of the typical workbook, against the one workbook;
 *   - peak memory (RSS high-water from /usr/bin/time) of the big check through the ExcelJS path
 *     the CLI had before and through the file layer, and of the CLI itself.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { median, mm, ms, mb, table, timeNode } = require("./stats");

const ROOT = path.resolve(__dirname, "..", "..");
const OUT = path.join(ROOT, "build", "bench-ratios");

function bundleLoaderCheck() {
  require("esbuild").buildSync({
    entryPoints: [path.join(__dirname, "loader-check.js")],
    outfile: path.join(OUT, "loader-check.js"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["exceljs", "@e965/xlsx", "zod"],
    logLevel: "warning",
  });
  return path.join(OUT, "loader-check.js");
}

/** Alternating runs of two commands; returns both lists of wall times. */
function pairs(a, b, runs, log, what) {
  const ta = [];
  const tb = [];
  for (let k = 0; k < runs; k++) {
    log(`${what}: pair ${k + 1}/${runs}`);
    ta.push(timed(a));
    tb.push(timed(b));
  }
  return [ta, tb];
}

function timed(args) {
  const r = timeNode(args);
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench: node ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  return r.ms;
}

/** Peak RSS in bytes of `node ARGS…`, from GNU time's %M (kilobytes). */
function peakRss(args) {
  const r = spawnSync("/usr/bin/time", ["-f", "RSS=%M", process.execPath, ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  const m = /RSS=(\d+)/.exec(r.stderr || "");
  return m ? Number(m[1]) * 1024 : NaN;
}

function makeFolder(dir, file, copies) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= copies; i++) fs.copyFileSync(file, path.join(dir, `第${String(i).padStart(3, "0")}份.xlsx`));
}

function benchRatios({ cli, bare, bigFile, bigProjects, runs, folderCopies, tmp, log }) {
  const typical = path.join(ROOT, "test", "fixtures", "seed-002-compact.xlsx");
  const check = (target) => [cli, "check", target, "--format", "json"];
  const [empty, small] = pairs(["-e", ""], check(typical), Math.max(runs, 11), log, "typical workbook vs node -e ''");
  const [bareBig, cliBig] = pairs([bare, bigFile], check(bigFile), runs, log, `${bigProjects} projects vs bare ExcelJS load`);
  const folder = path.join(tmp, `ratios-folder-${folderCopies}`);
  makeFolder(folder, typical, folderCopies);
  const [one, many] = pairs(check(typical), check(folder), Math.max(3, Math.ceil(runs / 2)), log, `folder of ${folderCopies} vs one`);
  log("peak memory");
  const loader = bundleLoaderCheck();
  const rss = {
    exceljs: median([0, 1, 2].map(() => peakRss([loader, "exceljs", bigFile]))),
    file: median([0, 1, 2].map(() => peakRss([loader, "file", bigFile]))),
    cli: median([0, 1, 2].map(() => peakRss(check(bigFile)))),
    bare: median([0, 1, 2].map(() => peakRss([bare, bigFile]))),
  };
  const ratio = (x, y) => (median(x) / median(y)).toFixed(2);
  const rows = [
    ["typical workbook (seed 002, 17 projects) checked end to end", "`node -e ''`", mm(small), mm(empty), `**${ratio(small, empty)}×**`, "≤ 2.0×"],
    [`${bigProjects.toLocaleString("en-US")} projects checked end to end`, "bare ExcelJS load of the same file", mm(cliBig), mm(bareBig), `**${ratio(cliBig, bareBig)}×**`, "≤ 1.0× (goal)"],
    [`folder of ${folderCopies} typical workbooks`, "one typical workbook", mm(many), mm(one), `**${ratio(many, one)}×**`, "≤ 3×"],
  ];
  const memory = [
    ["ExcelJS path (before): load → reader → rules → findings JSON", mb(rss.exceljs)],
    ["file layer (after): the same with src/file", mb(rss.file)],
    ["`jixiao check FILE --format json` (after, whole CLI)", mb(rss.cli)],
    ["bare ExcelJS load, for scale", mb(rss.bare)],
  ];
  return [
    table(["measure", "against", "median (min)", "baseline median (min)", "ratio", "target"], rows, ["l", "l", "r", "r", "r", "r"]),
    "",
    `Peak memory (RSS high-water, median of 3) for ${bigProjects.toLocaleString("en-US")} projects:`,
    "",
    table(["process", "peak RSS"], memory, ["l", "r"]),
    "",
    `Per workbook in the folder: ${ms(median(many) / folderCopies)}.`,
  ].join("\n");
}

module.exports = { benchRatios };
