#!/usr/bin/env node
/**
 * Writes the fixture workbooks in test/fixtures/ from the seed samples (assets/samples/*.json):
 * every seed table in the layout it was published in, the expanded layout, messy variants of what
 * real workbooks look like, and bad inputs. The .xlsx files are committed; run this again only to
 * regenerate them: `node scripts/make-fixtures.js`. test/fixtures/README.md says what each one is.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const { expandedGrid } = require("./fixtures/expanded");
const V = require("./fixtures/variants");
const H = require("./fixtures/hand-kept");
const { departmentGrid } = require("./fixtures/department");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "test", "fixtures");
const sample = (n) => JSON.parse(fs.readFileSync(path.join(ROOT, "assets", "samples", `seed-${n}.json`), "utf8"));

/** A fixed date, so regenerating does not change the workbooks' properties. */
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

function addSheet(wb, grid) {
  const ws = wb.addWorksheet(grid.name);
  const widths = [];
  grid.rows.forEach((row, r) => {
    (row || []).forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      const len = typeof v === "string" ? v.length : 8;
      widths[c] = Math.max(widths[c] || 8, Math.min(len, 40));
      if (typeof v === "string" && v.length > 40) cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  (grid.formats || []).forEach((row, r) => {
    (row || []).forEach((f, c) => {
      if (!f) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (f.bold) cell.font = { bold: true };
      if (f.indent) cell.alignment = { ...(cell.alignment || {}), indent: f.indent };
    });
  });
  for (const m of grid.merges || []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  widths.forEach((w, c) => {
    if (w) ws.getColumn(c + 1).width = w + 2;
  });
  return ws;
}

async function writeWorkbook(file, grids, after) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao fixtures";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const sheets = grids.map((g) => addSheet(wb, g));
  if (after) after(sheets, wb);
  await wb.xlsx.writeFile(path.join(OUT, file));
  console.log(file);
}

function writeRaw(file, bytes) {
  fs.writeFileSync(path.join(OUT, file), bytes);
  console.log(file);
}

/** Deterministic garbage: a zip signature followed by bytes no unzipper can make sense of. */
function garbage(n) {
  const out = Buffer.alloc(n);
  out.write("PK\u0003\u0004", 0, "latin1");
  let x = 12345;
  for (let i = 4; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const s000 = sample("000");
  const s001 = sample("001");
  const s002 = sample("002");

  // the seeds as published
  await writeWorkbook("seed-000-agency.xlsx", [s000]);
  await writeWorkbook("seed-001-compact.xlsx", [s001]);
  await writeWorkbook("seed-002-compact.xlsx", [s002]);
  await writeWorkbook("seed-002-formatted.xlsx", [V.formatted002(s002)], ([ws]) => V.addTotalFormula(ws));
  await writeWorkbook("seed-002-expanded.xlsx", [expandedGrid(s002)]);

  // messy variants
  await writeWorkbook("messy-layout.xlsx", [V.messyLayout(s001)]);
  await writeWorkbook("messy-text-amounts.xlsx", [V.textAmounts(s002)]);
  await writeWorkbook("money-in-yuan.xlsx", [V.inYuan(s002)]);
  await writeWorkbook("two-sheets.xlsx", [V.renamed(s001, "白云区工商联"), V.renamed(s002, "市工商联")]);
  await writeWorkbook("two-tables-one-sheet.xlsx", [V.stacked(s001, s002, "两张表")]);

  // hand-kept habits: numbering styles, items on lines, 小计 below, a merged 资金使用单位 column
  for (const [file, style] of [["numbered-paren", "（1）"], ["numbered-circled", "①"], ["numbered-chinese", "一、"], ["numbered-dot", "1."]]) {
    await writeWorkbook(`${file}.xlsx`, [H.numberedAs(s002, style)]);
  }
  await writeWorkbook("items-on-lines.xlsx", [H.itemsOnLines(s002)]);
  await writeWorkbook("subtotals-below.xlsx", [H.subtotalsBelow(s002)]);
  await writeWorkbook("merged-agency-column.xlsx", [H.mergedAgencyColumn(s002)]);
  await writeWorkbook("department-300.xlsx", [departmentGrid().grid]);

  // bad inputs
  writeRaw("corrupt.xlsx", garbage(2048));
  writeRaw("encrypted.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4088)]));
  writeRaw("not-a-workbook.xlsx", Buffer.from("这不是 Excel 文件，只是一段纯文本。\nThis is plain text, not a workbook.\n", "utf8"));
  await writeWorkbook("empty.xlsx", [{ name: "Sheet1", rows: [] }, { name: "说明", rows: [["本工作簿用于说明填报要求，没有表格。"]] }]);
  await writeWorkbook("long-cell.xlsx", [V.longCell(s002, 30000)]);
  await writeWorkbook("ref-errors.xlsx", [V.withRefErrors(s001), V.refSheet("引用错误", 12, 7)], ([table, refs]) => {
    V.writeRefErrors(table, refs);
  });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
