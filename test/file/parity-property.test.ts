/**
 * Parity beyond the fixtures: random small sheets (text with XML specials, control characters and
 * line breaks, numbers, booleans, dates, bold and indented cells, merges) written by ExcelJS read
 * the same through the file layer as through the ExcelJS path, on what both give.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbookBytes } from "../../src/file";
import { loadWorkbookGridWithExcelJs } from "../support/exceljs-grid";
import { comparable } from "./comparable";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-parity-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("合计", "a & b < c", "第一行\n第二行", " 前后空格 ", "_x0041_", "≥95%"));
const value = fc.oneof(
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.integer({ min: -1000, max: 100000 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true }).map((d) => new Date(Math.round(d.getTime() / 1000) * 1000)),
  fc.constant(null),
);
const cell = fc.record({ value, bold: fc.boolean(), indent: fc.integer({ min: 0, max: 3 }) });
const sheet = fc.record({
  cells: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
  merge: fc.option(fc.record({ top: fc.integer({ min: 1, max: 6 }), left: fc.integer({ min: 1, max: 4 }), rows: fc.integer({ min: 0, max: 2 }), cols: fc.integer({ min: 0, max: 2 }) })),
});

let n = 0;
async function written(spec: { cells: { value: unknown; bold: boolean; indent: number }[][]; merge: { top: number; left: number; rows: number; cols: number } | null }): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("随机");
  spec.cells.forEach((row, r) =>
    row.forEach((c, k) => {
      if (c.value === null) return;
      const target = ws.getCell(r + 1, k + 1);
      target.value = c.value as ExcelJS.CellValue;
      if (c.bold) target.font = { bold: true };
      if (c.indent) target.alignment = { indent: c.indent };
    }),
  );
  if (spec.merge) ws.mergeCells(spec.merge.top, spec.merge.left, spec.merge.top + spec.merge.rows, spec.merge.left + spec.merge.cols);
  const file = path.join(tmp, `随机-${n++}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

it("random sheets read the same through the file layer as through ExcelJS", async () => {
  await fc.assert(
    fc.asyncProperty(sheet, async (spec) => {
      const file = await written(spec);
      const reference = comparable(await loadWorkbookGridWithExcelJs(file));
      expect(comparable(await readWorkbookBytes(fs.readFileSync(file), file))).toEqual(reference);
    }),
    { numRuns: 40 },
  );
}, 60_000);
