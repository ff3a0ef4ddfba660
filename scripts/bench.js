#!/usr/bin/env node
/**
 * `npm run bench` (builds build/ first; compiles build/bench itself): how fast jixiao checks a big workbook.
 *
 * Builds synthetic 项目支出绩效目标表 workbooks (scripts/bench/synthetic.js) of 1,000 / 5,000 /
 * 10,000 projects in the OS temp folder, then, over several runs of fresh processes, times:
 *   - issue #17's ratios (scripts/bench/ratios.js): a typical workbook against `node -e ''`, the
 *     10,000-project workbook against a bare ExcelJS load, a folder of 100 against one, peak memory
 *     through the old ExcelJS path and the file layer;
 *   - each phase of a check as the CLI does it once: read the file, file layer, reader, rules,
 *     with peak heap and RSS (scripts/bench/phases.js), and the same domain once warm;
 *   - the whole CLI (`node bin/jixiao.js check FILE --format json`) against a bare ExcelJS load of
 *     the same file, both as child processes with node start-up (scripts/bench/bare-load.js);
 *   - the task pane's check through OfficeHost over the fake Office.js runtime (scripts/bench/pane.js);
 *   - a folder review, when the CLI checks folders (scripts/bench/folder.js);
 *   - a folder review with one hostile workbook among 300, and money in 32k-character cells (scripts/bench/hostile.js).
 * Prints a Markdown report and writes it to bench/results.md. Timings are reported, never asserted.
 *
 *   node scripts/bench.js [--sizes 1000,5000,10000] [--runs 5] [--pane-projects 1000]
 *                         [--folder-copies 12] [--folder-runs 3] [--ratio-folder 100] [--hostile-files 300]
 *                         [--skip ratios,phases,cli,pane,folder,hostile]
 *                         [--fresh] [--out bench/results.md]
 */
"use strict";
const crypto = require("crypto");
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { syntheticGrid, writeXlsx } = require("./bench/synthetic");
const { benchFolder } = require("./bench/folder");
const { benchRatios } = require("./bench/ratios");
const { benchHostile } = require("./bench/hostile");
const { median, now, timeNode, ms, mm, int, mb, us, table } = require("./bench/stats");

const ROOT = path.resolve(__dirname, "..");
const CLI = path.join(ROOT, "bin", "jixiao.js");
const PHASES = path.join(__dirname, "bench", "phases.js");
const BARE = path.join(__dirname, "bench", "bare-load.js");
const PANE = path.join(__dirname, "bench", "pane.js");
const BENCH_BUILD = path.join(ROOT, "build", "bench");

function options(argv) {
  const o = { sizes: [1000, 5000, 10000], runs: 5, paneProjects: 1000, folderCopies: 12, folderRuns: 3, ratioFolder: 100, hostileFiles: 300, skip: [], fresh: false, out: "bench/results.md" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === "--sizes") o.sizes = next().split(",").map(Number);
    else if (a === "--runs") o.runs = Number(next());
    else if (a === "--pane-projects") o.paneProjects = Number(next());
    else if (a === "--folder-copies") o.folderCopies = Number(next());
    else if (a === "--folder-runs") o.folderRuns = Number(next());
    else if (a === "--ratio-folder") o.ratioFolder = Number(next());
    else if (a === "--hostile-files") o.hostileFiles = Number(next());
    else if (a === "--skip") o.skip = next().split(",");
    else if (a === "--fresh") o.fresh = true;
    else if (a === "--out") o.out = next();
    else throw new Error(`bench: unknown option ${a}`);
  }
  return o;
}

const log = (s) => process.stderr.write(`[bench] ${s}\n`);

/** The workbook for a size, reused while the generator is unchanged (its hash is in the name). */
async function workbookFor(size, dir, fresh) {
  const hash = crypto.createHash("sha1").update(fs.readFileSync(path.join(__dirname, "bench", "synthetic.js"))).digest("hex").slice(0, 8);
  const file = path.join(dir, `jixiao-bench-${size}-${hash}.xlsx`);
  if (fresh || !fs.existsSync(file)) {
    const t = now();
    const grid = syntheticGrid(size);
    await writeXlsx(require("exceljs"), grid, file);
    log(`wrote ${file} (${mb(fs.statSync(file).size)}, ${ms(now() - t)})`);
  }
  return { size, file, bytes: fs.statSync(file).size };
}

function parseJsonLine(r, what) {
  if (r.status !== 0) throw new Error(`bench: ${what} failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

/** Every run of every size: phases, bare load and whole CLI interleaved, so load spikes hit all three. */
function measureSizes(books, o, notes) {
  const results = [];
  if (o.skip.includes("phases")) return results;
  for (const b of books) {
    const runs = { phases: [], bare: [], cli: [] };
    for (let k = 0; k < o.runs; k++) {
      log(`${int(b.size)} projects, run ${k + 1}/${o.runs}`);
      runs.phases.push(parseJsonLine(timeNode([PHASES, b.file, path.join(ROOT, "build"), "4"], { keepStdout: true }), "phases"));
      if (o.skip.includes("cli")) continue;
      runs.bare.push(timeNode([BARE, b.file]).ms);
      const cli = timeNode([CLI, "check", b.file, "--format", "json"]);
      if (cli.status !== 0 && cli.status !== 1) notes.push(`jixiao exited ${cli.status} on ${path.basename(b.file)}: ${cli.stderr.slice(0, 300)}`);
      runs.cli.push(cli.ms);
    }
    results.push({ book: b, ...runs });
  }
  return results;
}

const pick = (runs, f) => runs.map(f);

function phaseTable(results) {
  const rows = results.map(({ book, phases }) => {
    const p = phases[0];
    const domain = pick(phases, (x) => x.reader + x.check);
    return [
      int(p.projects),
      int(p.agencies),
      int(p.indicators),
      int(p.findings),
      mb(book.bytes),
      mm(pick(phases, (x) => x.load)),
      mm(pick(phases, (x) => x.grid)),
      mm(pick(phases, (x) => x.reader)),
      mm(pick(phases, (x) => x.check)),
      mm(domain),
      ms(median(pick(phases, (x) => x.readerCpu + x.checkCpu))),
      us((median(domain) * 1000) / p.projects),
      mb(Math.max(...pick(phases, (x) => x.heapPeak))),
      mb(Math.max(...pick(phases, (x) => x.rssPeak))),
    ];
  });
  const head = ["projects", "agencies", "indicators", "findings", "file", "read", "file layer", "reader", "rules", "reader + rules", "CPU", "per project", "heap peak", "RSS peak"];
  return table(head, rows);
}

function warmTable(results) {
  const rows = results.map(({ phases }) => {
    const p = phases[0];
    const domain = pick(phases, (x) => x.warm.reader + x.warm.check);
    const cpuTime = median(pick(phases, (x) => x.warm.readerCpu + x.warm.checkCpu));
    return [int(p.projects), mm(pick(phases, (x) => x.warm.reader)), mm(pick(phases, (x) => x.warm.check)), mm(domain), ms(cpuTime), us((median(domain) * 1000) / p.projects)];
  });
  return table(["projects", "reader", "rules", "reader + rules", "CPU", "per project"], rows);
}

function cliTable(results) {
  const rows = results
    .filter((r) => r.cli.length)
    .map(({ phases, bare, cli }) => {
      const ratio = median(cli) / median(bare);
      return [int(phases[0].projects), mm(bare), mm(cli), `${ratio.toFixed(2)}`, `${((ratio - 1) * 100).toFixed(0)}%`];
    });
  return table(["projects", "bare ExcelJS load", "`jixiao check FILE --format json`", "CLI / bare", "added by the CLI"], rows);
}

/**
 * Compiles the host, the fake Office.js runtime and the pane's check (tsconfig.bench.json). Type
 * errors elsewhere in a tree under work do not stop the bench: tsc still emits, and the note says so.
 */
function buildPane(notes) {
  log("compiling tsconfig.bench.json into build/bench");
  const r = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.bench.json"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) {
    const first = (r.stdout || r.stderr || "").split("\n").filter(Boolean).slice(0, 3).join(" ");
    notes.push(`tsconfig.bench.json did not type-check (${first.slice(0, 300)}); the pane was timed from the JavaScript tsc emitted anyway.`);
  }
}

function paneSection(o, notes) {
  if (o.skip.includes("pane")) return { markdown: null, runs: null };
  buildPane(notes);
  if (!fs.existsSync(path.join(BENCH_BUILD, "test", "host", "fake-excel", "index.js"))) {
    return { markdown: null, note: "build/bench could not be compiled: pane timing skipped.", runs: null };
  }
  log(`pane: ${int(o.paneProjects)} projects, ${o.runs} runs`);
  const r = timeNode([PANE, String(o.paneProjects), String(o.runs), BENCH_BUILD], { keepStdout: true });
  const { runs } = parseJsonLine(r, "pane");
  const s = (k) => `${runs[0][k].read} / ${runs[0][k].write}`;
  const rows = [
    ["`prepare()` at bootstrap (sheet names and sizes)", s("prepareSyncs"), "—"],
    [`read the workbook (${int(runs[0].cellsLoaded)} cells loaded)`, s("checkSyncs"), mm(pick(runs, (x) => x.read))],
    ["reader", "—", mm(pick(runs, (x) => x.reader))],
    ["rules", "—", mm(pick(runs, (x) => x.check))],
    [`mark ${int(runs[0].marks)} cells (${int(runs[0].findings)} findings)`, s("markSyncs"), mm(pick(runs, (x) => x.mark))],
    ["**answered** (check + mark)", "", `**${mm(pick(runs, (x) => x.answered))}**`],
    ["first run of the process (cold code)", "", ms(runs[0].answered)],
  ];
  return { markdown: table(["step", "syncs (read / write)", "time"], rows, ["l", "r", "r"]), runs };
}

function verdicts(results, pane) {
  const lines = [];
  const big = results[results.length - 1];
  const small = results[0];
  if (big) {
    // the 300 ms domain target is retired (issue #17): reported for the record, no longer judged
    const cold = median(pick(big.phases, (x) => x.reader + x.check));
    const coldCpu = median(pick(big.phases, (x) => x.readerCpu + x.checkCpu));
    const warm = median(pick(big.phases, (x) => x.warm.reader + x.warm.check));
    const warmCpu = median(pick(big.phases, (x) => x.warm.readerCpu + x.warm.checkCpu));
    lines.push(`- Domain (reader + rules), ${int(big.phases[0].projects)} projects: first pass ${ms(cold)} (${ms(coldCpu)} CPU), warm ${ms(warm)} (${ms(warmCpu)} CPU).`);
  }
  if (big && small && big !== small) {
    const per = (r, f) => median(pick(r.phases, f)) / r.phases[0].projects;
    const warmGrowth = per(big, (x) => x.warm.reader + x.warm.check) / per(small, (x) => x.warm.reader + x.warm.check);
    const coldGrowth = per(big, (x) => x.reader + x.check) / per(small, (x) => x.reader + x.check);
    lines.push(
      `- Linear growth: cost per project at ${int(big.phases[0].projects)} is ${warmGrowth.toFixed(2)}× the cost at ${int(small.phases[0].projects)} warm, ${coldGrowth.toFixed(2)}× on the first pass (1.00 = linear; below 1 means fixed start-up costs spread thinner).`,
    );
  }
  if (big && big.cli.length) {
    const ratio = median(big.cli) / median(big.bare);
    lines.push(`- Whole CLI vs bare ExcelJS load, ${int(big.phases[0].projects)} projects, goal ≤ 1.0: ${ratio.toFixed(2)} (${ratio <= 1 ? "met" : "not met"}).`);
  }
  if (pane) {
    const a = median(pick(pane, (x) => x.answered));
    const p = pane[0];
    lines.push(
      `- Pane, ${int(p.projects)} projects: ${p.checkSyncs.read} read sync and ${p.checkSyncs.write} write syncs per check, ${p.markSyncs.write} write sync to mark; answered in ${ms(a)} (target < 1 s: ${a < 1000 ? "met" : "not met"}).`,
    );
  }
  return lines.join("\n");
}

function machine(loadStart, loadEnd) {
  const cpus = os.cpus();
  const la = (l) => l.map((x) => x.toFixed(2)).join(" / ");
  return [
    `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC · ${cpus.length} × ${cpus[0] ? cpus[0].model.trim() : "CPU"} · Node ${process.version} · ${os.platform()} ${os.arch()} · ${mb(os.totalmem())} RAM`,
    `Load average (1 / 5 / 15 min) at start ${la(loadStart)}, at end ${la(loadEnd)} on ${cpus.length} cores` +
      (loadStart[0] > cpus.length * 0.5 || loadEnd[0] > cpus.length * 0.5 ? ": other work was running, so wall times include waiting for a core." : "."),
  ];
}

async function main() {
  const o = options(process.argv.slice(2));
  for (const built of [path.join("jixiao", "main.js"), path.join("file", "index.js")]) {
    if (!fs.existsSync(path.join(ROOT, "build", built))) throw new Error(`bench: build/${built} is missing; run \`npm run bench\` (it builds first).`);
  }
  const loadStart = os.loadavg();
  const tmp = path.join(os.tmpdir(), "jixiao-bench");
  fs.mkdirSync(tmp, { recursive: true });
  const books = [];
  for (const size of o.sizes) books.push(await workbookFor(size, tmp, o.fresh));
  const notes = [];
  let ratios = null;
  if (!o.skip.includes("ratios")) {
    const big = books[books.length - 1];
    ratios = benchRatios({ cli: CLI, bare: BARE, bigFile: big.file, bigProjects: big.size, runs: o.runs, folderCopies: o.ratioFolder, tmp, log });
  }
  const results = measureSizes(books, o, notes);
  const pane = paneSection(o, notes);
  if (pane.note) notes.push(pane.note);
  let folder = { markdown: null, note: null };
  if (!o.skip.includes("folder")) {
    const small = books[0];
    folder = benchFolder({ cli: CLI, file: small.file, projects: small.size, copies: o.folderCopies, runs: o.folderRuns, tmp, log });
    if (folder.note) notes.push(folder.note);
  }
  const hostile = o.skip.includes("hostile") ? null : await benchHostile({ cli: CLI, root: ROOT, tmp, log, files: o.hostileFiles });
  const [when, load] = machine(loadStart, os.loadavg());
  const md = [
    "# jixiao benchmark",
    "",
    `Written by \`npm run bench\` (scripts/bench.js). ${when}.`,
    `${load} Each figure is the median (min) of ${o.runs} runs; every run is a fresh process.`,
    "",
    "Workbooks: a synthetic 项目支出绩效目标表 in the compact layout (title, 部门名称, 单位：万元, header, 合计, agency subtotals with 5–40 projects each), every project with a goal and 3–6 numbered indicators in the three seed dialects, about one project in six with a defect (a subtotal off by 0.01, ≧, a repeated number, a missing name or value, XX, a doubled word, a copied goal, a text amount) and one cell in ten with a PDF line break; names and qualitative values take a subject and every number is drawn per project, so about two items in three are written only once, as in real tables (the seeds repeat under 10%) (scripts/bench/synthetic.js).",
    "",
  ];
  if (ratios) md.push("## Ratios (issue #17), whole processes run alternately", "", ratios, "");
  md.push("## Targets", "", verdicts(results, pane.runs));
  if (results.length) {
    md.push(
      "",
      "## One check, phase by phase (first pass in a fresh process, as the CLI runs)",
      "",
      phaseTable(results),
      "",
      "Read: the file's bytes (`fs.readFileSync`). File layer: bytes → WorkbookGrid (src/file). Reader: grid → model, indicator cells parsed. Rules: `checkWorkbook`. CPU: reader + rules in CPU time of all threads (median). Per project: reader + rules (wall). The first pass includes compiling the code (V8 tiers up while it runs); the heap peak is sampled, the RSS peak is the OS high-water mark.",
      "",
      "## The domain once warm (fastest of 4 more passes in the same process, as the pane's re-checks)",
      "",
      warmTable(results),
    );
  }
  if (results.some((r) => r.cli.length)) {
    md.push("", "## Whole CLI against a bare ExcelJS load (child processes, node start-up included)", "", cliTable(results));
  }
  if (pane.markdown) {
    md.push("", `## Task pane: OfficeHost over the fake Office.js runtime, ${int(o.paneProjects)} projects`, "", pane.markdown, "");
    md.push("Syncs are counted by the fake runtime (test/host/fake-excel); times are this process's JavaScript (host code, fake runtime, domain), not Excel's own work.");
    md.push("", ...require("./bench/pane-limits").benchSection(BENCH_BUILD));
  }
  if (!o.skip.includes("pane")) md.push(...require("./bench/pane-load").section(o.runs));
  if (folder.markdown) md.push("", "## Folder review: `jixiao check DIR`", "", folder.markdown);
  if (hostile) md.push("", "## Hostile input: one bad workbook in a folder review, and 32k-character cells", "", hostile.markdown);
  if (notes.length) md.push("", "## Notes", "", ...notes.map((n) => `- ${n}`));
  const text = md.join("\n") + "\n";
  process.stdout.write(text);
  const out = path.resolve(ROOT, o.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  log(`written to ${path.relative(ROOT, out)}`);
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 1;
});
