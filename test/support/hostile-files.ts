/**
 * Hostile inputs for the CLI, built small in a temporary folder: workbooks whose XML is written by
 * hand (fflate) where a real tool would not write it (100k rows reaching column XFD, terminal
 * escapes in cell text), forged explanations, file names Excel cannot take as sheet names,
 * FIFOs, symbolic links and link loops. Each builder returns the path it made.
 */
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import * as fs from "fs";
import * as path from "path";
import { checkOneFile } from "../../src/cli/check-file";
import { writeExplainedSheet } from "../../src/cli/explained-xlsx";
import type { Finding } from "../../src/domain/finding";
import { explainFinding, type Explanation } from "../../src/domain/review";
import { fixturePath } from "./fixtures";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** A one-sheet workbook whose <sheetData> is `rowsXml`, as hand-written XML. */
export function writeRawWorkbook(file: string, rowsXml: string): string {
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml}</sheetData></worksheet>`;
  const zip = zipSync({
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(ROOT_RELS),
    "xl/workbook.xml": strToU8(WORKBOOK),
    "xl/_rels/workbook.xml.rels": strToU8(WORKBOOK_RELS),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
  });
  fs.writeFileSync(file, zip);
  return file;
}

/** `rows` rows, each with one number in column XFD (the last): 11 KB zipped, 1.6 billion padded cells. */
export function wideRowsWorkbook(file: string, rows = 100_000): string {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`);
  return writeRawWorkbook(file, parts.join(""));
}

/** A copy of a fixture whose shared strings are edited as XML text (to write what ExcelJS would escape). */
export function editSharedStrings(fixture: string, dest: string, edit: (xml: string) => string): string {
  const parts = unzipSync(fs.readFileSync(fixturePath(fixture)));
  parts["xl/sharedStrings.xml"] = strToU8(edit(strFromU8(parts["xl/sharedStrings.xml"])));
  fs.writeFileSync(dest, zipSync(parts));
  return dest;
}

/** Seed 002 with `_x001B_` (ESC) sequences in a project name: the terminal must never see them raw. */
export function terminalEscapeWorkbook(dest: string): string {
  return editSharedStrings("seed-002-compact", dest, (xml) => {
    const edited = xml.replace("工作经费", "工作经费_x001B_[2J_x001B_]0;pwned_x0007__x001B_[31m");
    if (edited === xml) throw new Error("seed-002-compact no longer has the project 工作经费");
    return edited;
  });
}

/** A copy of `fixture` whose storage sheet holds the explanations `make` writes for its errors. */
export async function explainErrors(fixture: string, dest: string, make: (errors: Finding[]) => Explanation[]): Promise<{ errors: number }> {
  fs.copyFileSync(fixturePath(fixture), dest);
  const { findings } = await checkOneFile(dest, {});
  const errors = findings.filter((f) => f.severity === "error");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(dest);
  writeExplainedSheet(wb, make(errors));
  await wb.xlsx.writeFile(dest);
  return { errors: errors.length };
}

/**
 * What anyone who edits a workbook could do: explain every error with rows dated 9999 (forged),
 * beside one real explanation of the first error.
 */
export function forgedExplanationsWorkbook(fixture: string, dest: string): Promise<{ errors: number }> {
  return explainErrors(fixture, dest, (errors) => [
    explainFinding(errors[0], "已向财政局报备", "张三", "2025-03-01T09:30:00.000Z"),
    ...errors.map((f) => explainFinding(f, "全部没有问题", "某人", "9999-12-31T00:00:00.000Z")),
  ]);
}

/** A named pipe: opening it for reading blocks until a writer comes, so it must never be opened. */
export function fifo(file: string): string {
  execFileSync("mkfifo", [file]);
  return file;
}

/** sha256 of every file under `dir` (links not followed), to prove nothing was written. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out[path.relative(dir, full)] = createHash("sha256").update(fs.readFileSync(full)).digest("hex");
      else out[path.relative(dir, full)] = e.isSymbolicLink() ? `link→${fs.readlinkSync(full)}` : "special";
    }
  };
  walk(dir);
  return out;
}
