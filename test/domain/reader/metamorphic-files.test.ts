/**
 * The same workbook saved as .xls (Excel 97–2003) and as .csv, read through the file layer, gives
 * the same findings as the .xlsx: the reader falls back on labels and roll-up where indent, bold
 * and merges are gone. The files are written here by SheetJS CE (`@e965/xlsx`) from each fixture;
 * strings go to the shared-string table (`bookSST`) as Excel writes them, since its plain LABEL
 * records stop at 255 characters. A CSV holds one sheet, so it is compared with the first sheet's
 * findings. Compared as multisets of rule / agency / project / indicator (the CSV's sheet is
 * "Sheet1", cells keep their places).
 */
import * as fs from "fs";
import * as XLSX from "@e965/xlsx";
import { checkWorkbook } from "../../../src/domain/check";
import type { Finding } from "../../../src/domain/finding";
import { readWorkbook } from "../../../src/domain/reader";
import { readWorkbookBytes } from "../../../src/file";
import { fixturePath, loadFixtureModel } from "../../support/fixtures";

const signature = (f: Finding) => `${f.rule}|${f.agency ?? ""}|${f.project ?? ""}|${f.indicator?.name ?? f.indicator?.seq ?? ""}|${f.cell}`;

async function savedAs(fixture: string, bookType: "xls" | "csv") {
  const workbook = XLSX.read(fs.readFileSync(fixturePath(fixture)), { type: "buffer", cellStyles: true, cellNF: true });
  const bytes = XLSX.write(workbook, { bookType, type: "array", bookSST: true }) as ArrayBuffer;
  const model = readWorkbook(await readWorkbookBytes(new Uint8Array(bytes), `${fixture}.${bookType}`));
  return { model, findings: checkWorkbook(model).findings };
}

const FIXTURES = [
  "seed-000-agency",
  "seed-001-compact",
  "seed-002-compact",
  "seed-002-formatted",
  "seed-002-expanded",
  "subtotals-below",
  "merged-agency-column",
  "numbered-circled",
  "money-in-yuan",
  "messy-text-amounts",
  "two-sheets",
];

describe("the same workbook as .xls and .csv", () => {
  it.each(FIXTURES)("%s.xls: the same tables and findings as the .xlsx", async (fixture) => {
    const xlsx = await loadFixtureModel(fixture);
    const published = checkWorkbook(xlsx);
    expect(published.findings.length).toBeGreaterThan(0);
    const { model, findings } = await savedAs(fixture, "xls");
    expect(model.problems).toEqual(xlsx.problems);
    expect(checkWorkbook(model).tables).toEqual(published.tables);
    expect(findings.map(signature).sort()).toEqual(published.findings.map(signature).sort());
  });

  it.each(FIXTURES)("%s.csv: the first sheet's tables and findings", async (fixture) => {
    const xlsx = await loadFixtureModel(fixture);
    const first = xlsx.tables[0].sheet;
    const published = checkWorkbook(xlsx);
    const { model, findings } = await savedAs(fixture, "csv");
    expect(model.problems).toEqual([]);
    const counts = (t: { projects: number; agencies: number; indicators: number; layout: string }) => [t.layout, t.projects, t.agencies, t.indicators];
    expect(checkWorkbook(model).tables.map(counts)).toEqual(published.tables.filter((t) => t.sheet === first).map(counts));
    const want = published.findings.filter((f) => f.sheet === first);
    expect(want.length).toBeGreaterThan(0);
    expect(findings.map(signature).sort()).toEqual(want.map(signature).sort());
  });
});
