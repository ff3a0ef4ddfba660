#!/usr/bin/env node
/**
 * The baseline the CLI is compared with: a bare ExcelJS load of the same file in its own process
 * (node start-up and require("exceljs") included, as they are in `node bin/jixiao.js`).
 *
 *   node scripts/bench/bare-load.js FILE
 */
"use strict";
const ExcelJS = require("exceljs");

new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exitCode = 1;
});
