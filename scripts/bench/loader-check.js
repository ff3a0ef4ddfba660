/**
 * A check as the CLI does it, through one of the two loaders, for comparing them in one process
 * each: `exceljs` (the path the CLI had before issue #17, kept as test/support/exceljs-grid.ts) or
 * `file` (src/file). Load → reader → rules → the findings as JSON text. Bundled by
 * scripts/bench/ratios.js with esbuild (it imports TypeScript), then run as
 *
 *   node build/bench-ratios/loader-check.js exceljs|file FILE
 *
 * and prints { ms, findings } as one JSON line; the peak RSS is read by the caller (/usr/bin/time).
 */
"use strict";
const { loadWorkbookGridWithExcelJs } = require("../../test/support/exceljs-grid");
const { loadWorkbookGrid } = require("../../src/cli/load-grid");
const { readWorkbook } = require("../../src/domain/reader");
const { checkWorkbook } = require("../../src/domain/check");

async function main() {
  const [mode, file] = process.argv.slice(2);
  const t = Date.now();
  const grid = mode === "exceljs" ? await loadWorkbookGridWithExcelJs(file) : await loadWorkbookGrid(file);
  const result = checkWorkbook(readWorkbook(grid), {});
  const json = JSON.stringify(result.findings);
  process.stdout.write(JSON.stringify({ ms: Date.now() - t, findings: result.findings.length, json: json.length }) + "\n");
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exitCode = 1;
});
