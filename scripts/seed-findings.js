#!/usr/bin/env node
/**
 * Lists the checker's findings on the seed samples (assets/samples/seed-00N.json) as Markdown, one
 * line per finding: rule, cell, project, message. test/fixtures/README.md carries this list with a
 * verdict judged by hand on each line; rerun after changing a rule and compare.
 *
 *   npm run build:modules && node scripts/seed-findings.js [--domain build/domain]
 */
"use strict";
const fs = require("fs");
const path = require("path");

const arg = process.argv.indexOf("--domain");
const domain = path.resolve(arg > 0 ? process.argv[arg + 1] : path.join(__dirname, "..", "build", "domain"));
const { readWorkbook } = require(path.join(domain, "reader"));
const { checkWorkbook } = require(path.join(domain, "check"));
const { summarize } = require(path.join(domain, "report"));

const SEEDS = [
  ["000", "seed 000 — 花都区工商联 (agency layout, short dialect)"],
  ["001", "seed 001 — 白云区工商联 (compact, code dialect with `,`)"],
  ["002", "seed 002 — 广州市工商联 (compact, code dialect with `；`, fin101)"],
];

const esc = (s) => String(s ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");

for (const [seed, title] of SEEDS) {
  const grid = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "assets", "samples", `seed-${seed}.json`), "utf8"));
  const { findings } = checkWorkbook(readWorkbook({ sheets: [grid] }));
  const s = summarize(findings);
  console.log(`### ${title}\n`);
  console.log(`${findings.length} findings: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos.\n`);
  console.log("| # | rule | cell | project | message | verdict |");
  console.log("|---|---|---|---|---|---|");
  findings.forEach((f, k) => {
    console.log(`| ${k + 1} | ${f.rule} | ${f.cell} | ${esc(f.project ?? f.agency ?? "")} | ${esc(f.message)} | |`);
  });
  console.log("");
}
