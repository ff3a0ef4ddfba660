/**
 * Whole-row inserts on the real-shaped fixtures (shared strings, styles, Excel's row attributes,
 * merged titles, a 合计 formula): the file layer reads the patched table as the original with one
 * empty row more, ExcelJS and SheetJS open it, and the 合计 formula follows the rows it adds.
 */
import * as fs from "fs";
import type ExcelJS from "exceljs";
import type { SheetGrid } from "../../src/domain/grid";
import { readWorkbookBytes } from "../../src/file";
import { patchWorkbook } from "../../src/file/patch";
import { fixturePath } from "../support/fixtures";
import { excelJs, sheetJs } from "./patch-readers";

const FIXTURES = ["seed-000-agency", "seed-001-compact", "seed-002-compact", "seed-002-formatted", "seed-002-expanded", "messy-layout", "two-sheets", "money-in-yuan", "department-300"];

/** Rows as absolute-position text, so a grid read from a different origin compares. */
function absoluteRows(sheet: SheetGrid): string[] {
  const out: string[] = [];
  sheet.rows.forEach((row, r) => (out[r + (sheet.originRow ?? 0)] = JSON.stringify([...Array(sheet.originCol ?? 0).fill(null), ...row.map((v) => v ?? null)]).replace(/(,null)+\]$/, "]")));
  return Array.from(out, (x) => x ?? "[]");
}

describe.each(FIXTURES)("%s", (name) => {
  it("reads back as the original with one empty row inserted in the middle of its table", async () => {
    const bytes = new Uint8Array(fs.readFileSync(fixturePath(name)));
    const before = await readWorkbookBytes(bytes, `${name}.xlsx`);
    const sheet = before.sheets[0];
    const at = (sheet.originRow ?? 0) + Math.floor(sheet.rows.length / 2);
    const patched = patchWorkbook(bytes, { rowShifts: [{ sheet: sheet.name, shift: { insert: true, at } }] }, `${name}.xlsx`);
    const after = await readWorkbookBytes(patched, `${name}.xlsx`);
    const was = absoluteRows(sheet);
    expect(absoluteRows(after.sheets[0])).toEqual([...was.slice(0, at), "[]", ...was.slice(at)]);
    expect(after.sheets.slice(1)).toEqual(before.sheets.slice(1));
    const wb = await excelJs(patched);
    expect(wb.worksheets[0].rowCount).toBeGreaterThan(at);
    expect(sheetJs(patched).SheetNames).toEqual(before.sheets.map((s) => s.name));
  });
});

it("the 合计 formula of the formatted seed follows a row inserted inside the first agency", async () => {
  const bytes = new Uint8Array(fs.readFileSync(fixturePath("seed-002-formatted")));
  const sheet = (await readWorkbookBytes(bytes, "f.xlsx")).sheets[0].name;
  const before = (await excelJs(bytes)).worksheets[0];
  const total = [...Array(before.rowCount).keys()].map((r) => before.getCell(r + 1, 2)).find((c) => (c.value as ExcelJS.CellFormulaValue)?.formula)!;
  const formula = (total.value as ExcelJS.CellFormulaValue).formula;
  const refs = [...formula.matchAll(/B(\d+)/g)].map((m) => Number(m[1]));
  // a row inside the first part of the sum: every reference below it moves down
  const at = refs[0] + 1;
  const patched = patchWorkbook(bytes, { rowShifts: [{ sheet, shift: { insert: true, at } }] }, "f.xlsx");
  const after = (await excelJs(patched)).worksheets[0];
  const moved = formula.replace(/B(\d+)/g, (w, r: string) => `B${Number(r) > at ? Number(r) + 1 : Number(r)}`);
  expect((after.getCell(total.row, 2).value as ExcelJS.CellFormulaValue).formula).toBe(moved);
  expect(moved).not.toBe(formula);
});
