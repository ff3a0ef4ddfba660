/**
 * Folder reviews (issue 6): `jixiao check DIR` over a folder of N copies of one workbook — as users
 * run it (default jobs), with `--jobs <cores>` where the CLI has the option, and on one core
 * (`--jobs 1`, pinned with `taskset -c 0` where available; taskset's affinity is inherited by every
 * worker). The speed-up is one core against the best of the others. Skipped with a note when the
 * CLI does not check folders yet; the one-core columns are left out when there is no way to force one.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const os = require("os");
const { spawnSync } = require("child_process");
const { median, mm, timeNode, table, ms } = require("./stats");

function hasTaskset() {
  const r = spawnSync("taskset", ["-c", "0", "true"], { stdio: "ignore" });
  return !r.error && r.status === 0;
}

function makeFolder(dir, file, copies) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= copies; i++) fs.copyFileSync(file, path.join(dir, `第${String(i).padStart(3, "0")}份.xlsx`));
}

/** Whether `jixiao check DIR --format json` checks every workbook in DIR. */
function checksFolders(cli, dir, copies) {
  const r = timeNode([cli, "check", dir, "--format", "json"], { keepStdout: true });
  try {
    return JSON.parse(r.stdout).summary.files === copies;
  } catch {
    return false;
  }
}

/**
 * Returns { markdown, note } for the results file. `file` is the workbook copied; `oneFileMs` the
 * median whole-CLI time for it alone (for the per-file figure).
 */
function benchFolder({ cli, file, projects, copies, runs, tmp, log }) {
  const dir = path.join(tmp, `folder-${copies}`);
  makeFolder(path.join(tmp, "folder-probe"), file, 2);
  if (!checksFolders(cli, path.join(tmp, "folder-probe"), 2)) {
    return { markdown: null, note: "`jixiao check DIR` does not check a folder of workbooks yet: folder timing skipped." };
  }
  makeFolder(dir, file, copies);
  const help = timeNode([cli, "check", "--help"], { keepStdout: true }).stdout;
  const taskset = hasTaskset();
  const jobsFlag = /--jobs\b/.test(help);
  const cores = os.cpus().length;
  const args = [cli, "check", dir, "--format", "json"];
  const times = { default: [], cores: [], one: [] };
  const failures = [];
  // exit 0 or 1 (findings) is a finished review; anything else would time a failure
  const timed = (list, r) => {
    if (r.status !== 0 && r.status !== 1) failures.push(`exit ${r.status}: ${String(r.stderr).slice(0, 200)}`);
    list.push(r.ms);
  };
  for (let k = 0; k < runs; k++) {
    log(`folder run ${k + 1}/${runs}: ${copies} × ${projects} projects`);
    timed(times.default, timeNode(args));
    if (jobsFlag) timed(times.cores, timeNode([...args, "--jobs", String(cores)]));
    const oneArgs = jobsFlag ? [...args, "--jobs", "1"] : args;
    if (taskset) {
      const t = Date.now();
      const r = spawnSync("taskset", ["-c", "0", process.execPath, ...oneArgs], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
      timed(times.one, { ms: Date.now() - t, status: r.status, stderr: r.stderr });
    } else if (jobsFlag) {
      timed(times.one, timeNode(oneArgs));
    }
  }
  const head = ["workbooks", "projects each", "`jixiao check DIR`", "per workbook"];
  const row = [String(copies), projects.toLocaleString("en-US"), mm(times.default), ms(median(times.default) / copies)];
  if (jobsFlag) {
    head.push(`\`--jobs ${cores}\``);
    row.push(mm(times.cores));
  }
  let note = failures.length ? `Folder runs that did not finish (timed anyway): ${failures.join("; ")}` : null;
  if (times.one.length) {
    const how = [jobsFlag ? "`--jobs 1`" : null, taskset ? "`taskset -c 0`" : null].filter(Boolean).join(" + ");
    const best = Math.min(median(times.default), times.cores.length ? median(times.cores) : Infinity);
    head.push(`one core (${how})`, "speed-up");
    row.push(mm(times.one), `${(median(times.one) / best).toFixed(2)}×`);
  } else {
    note = [note, "Neither taskset nor a `--jobs` option is available: no one-core comparison."].filter(Boolean).join(" ");
  }
  return { markdown: table(head, [row]), note };
}

module.exports = { benchFolder };
