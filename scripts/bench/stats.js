/**
 * Small helpers for `npm run bench`: median and min of repeated runs, timing a child process, and
 * formatting numbers and Markdown tables the way the results file shows them.
 */
"use strict";
const { spawnSync } = require("child_process");

const now = () => Number(process.hrtime.bigint()) / 1e6;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const min = (xs) => Math.min(...xs);

/** Runs `node ARGS…` and returns its wall time (node start-up included), exit status and output. */
function timeNode(args, options = {}) {
  const t = now();
  const r = spawnSync(process.execPath, args, {
    cwd: options.cwd,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["ignore", options.keepStdout ? "pipe" : "ignore", "pipe"],
  });
  const ms = now() - t;
  if (r.error) throw r.error;
  return { ms, status: r.status, stdout: r.stdout || "", stderr: r.stderr || "" };
}

const ms = (x) => (x >= 100 ? `${Math.round(x).toLocaleString("en-US")} ms` : `${x.toFixed(1)} ms`);
/** "median (min)" */
const mm = (xs) => `${ms(median(xs))} (${ms(min(xs))})`;
const int = (n) => Math.round(n).toLocaleString("en-US");
const mb = (bytes) => `${(bytes / 1048576).toFixed(bytes < 100 * 1048576 ? 1 : 0)} MB`;
const us = (x) => `${Math.round(x).toLocaleString("en-US")} µs`;

/** A Markdown table; `align` is "l" or "r" per column. */
function table(head, rows, align) {
  const sep = head.map((_, i) => ((align && align[i]) === "l" ? ":---" : "---:"));
  return [head, sep, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

module.exports = { now, median, min, timeNode, ms, mm, int, mb, us, table };
