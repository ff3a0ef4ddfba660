/**
 * Hostile inputs (issue 13) for `npm run bench`:
 *   - a folder review of N small workbooks (20 projects each), as `jixiao check DIR --format json`
 *     in a child process, with and without one hostile workbook among them (100,000 rows each with
 *     one cell in column XFD: 450 KB on disk, a grid of 1.6 billion cells for a loader that pads);
 *     wall time, exit status, files reported not read, and the peak resident memory of the largest
 *     process in the tree (the kernel's figure, through /usr/bin/time, when it is there);
 *   - money in text on ten 32,000-character digit-and-CJK cells: the linear scanner the rules use
 *     against the pattern it replaced (quadratic on long digit runs).
 * Reported, never asserted.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { zipSync, strToU8 } = require("fflate");
const { syntheticGrid, writeXlsx } = require("./synthetic");
const { now, ms, mb, table } = require("./stats");

const PARTS = {
  "[Content_Types].xml":
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  "xl/workbook.xml":
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  "xl/_rels/workbook.xml.rels":
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/** The hostile workbook: 100,000 rows, each with one number in column XFD. */
function writeWideRows(file, rows = 100_000) {
  const cells = [];
  for (let r = 1; r <= rows; r++) cells.push(`<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`);
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells.join("")}</sheetData></worksheet>`;
  const files = { "xl/worksheets/sheet1.xml": strToU8(sheet) };
  for (const [name, xml] of Object.entries(PARTS)) files[name] = strToU8(xml);
  fs.writeFileSync(file, zipSync(files));
}

const hasTime = () => {
  const r = spawnSync("/usr/bin/time", ["-f", "%M", "true"], { stdio: "ignore" });
  return !r.error && r.status === 0;
};

/** One run of `jixiao check DIR --format json`: wall time, exit, files not read, peak RSS. */
function review(cli, dir, measureMemory) {
  const args = [process.execPath, cli, "check", dir, "--format", "json"];
  const t = now();
  const r = measureMemory
    ? spawnSync("/usr/bin/time", ["-f", "PEAK_KB=%M", ...args], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(args[0], args.slice(1), { encoding: "utf8", maxBuffer: 1 << 30 });
  const wall = now() - t;
  const peak = /PEAK_KB=(\d+)/.exec(r.stderr || "");
  let notRead = null;
  let files = null;
  try {
    const json = JSON.parse(r.stdout);
    files = json.summary.files;
    notRead = json.files.filter((f) => f.error).map((f) => `${path.basename(f.file)}: ${f.error.slice(0, 90)}`);
  } catch {
    // the run died: what it printed is not JSON, which the table says
  }
  return { wall, status: r.status, signal: r.signal, files, notRead, peak: peak ? Number(peak[1]) * 1024 : null };
}

async function benchHostile({ cli, root, tmp, log, files = 300 }) {
  const dir = path.join(tmp, "hostile-folder");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const small = path.join(tmp, "hostile-small.xlsx");
  await writeXlsx(require("exceljs"), syntheticGrid(20), small);
  for (let i = 1; i <= files; i++) fs.copyFileSync(small, path.join(dir, `第${String(i).padStart(3, "0")}份.xlsx`));
  const memory = hasTime();
  log(`hostile: folder of ${files} workbooks`);
  const clean = review(cli, dir, memory);
  const wide = path.join(dir, "第150份-宽表.xlsx");
  writeWideRows(wide);
  log(`hostile: the same folder with ${path.basename(wide)} (${mb(fs.statSync(wide).size)})`);
  const hostile = review(cli, dir, memory);
  fs.rmSync(dir, { recursive: true, force: true });

  const row = (label, r) => [
    label,
    String(r.files ?? "—"),
    r.signal ? `killed by ${r.signal}` : String(r.status),
    ms(r.wall),
    r.peak ? mb(r.peak) : "—",
    r.notRead ? (r.notRead.length ? r.notRead.join("<br>") : "none") : "output was not JSON",
  ];
  const folderTable = table(
    ["folder", "files", "exit", "wall", "peak RSS (largest process)", "reported not read"],
    [row(`${files} workbooks`, clean), row(`${files} + 1 hostile`, hostile)],
    ["l", "r", "r", "r", "r", "l"],
  );
  return { markdown: [folderTable, "", moneyScan(root)].join("\n") };
}

/** Ten 32,000-character cells: the scanner the rules use against the old pattern. */
function moneyScan(root) {
  const { moneyMentions } = require(path.join(root, "build", "domain", "rules", "support", "money-text.js"));
  const OLD = /(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|元|万(?![\u4e00-\u9fa5A-Za-z]))(?!\s*[/／每])/g;
  const cells = Array.from({ length: 10 }, (_, k) => (k % 2 ? "9".repeat(32_000) + "万人" : Array.from({ length: 16_000 }, (_, j) => (j % 2 ? "项" : "12")).join("").slice(0, 32_000) + "万人"));
  const time = (f) => {
    const t = now();
    for (const c of cells) f(c);
    return now() - t;
  };
  const scanner = time((c) => moneyMentions(c));
  const old = time((c) => {
    OLD.lastIndex = 0;
    while (OLD.exec(c));
  });
  return table(["money in text, ten 32,000-character cells", "time"], [["linear scanner (moneyMentions)", ms(scanner)], ["the pattern it replaced", ms(old)]], ["l", "r"]);
}

module.exports = { benchHostile };
