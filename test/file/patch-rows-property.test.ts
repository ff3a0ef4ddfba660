/**
 * The patch writer and the in-memory host agree on whole-row shifts: any sequence of inserts and
 * deletes made on a table with a 合计 formula, per-row formulas and merged project cells, applied
 * by memory-rows.ts to the host's sheet and replayed by the patch writer on the file, leaves the
 * same values (file layer), the same formulas (SheetJS) and the same merged areas.
 */
import fc from "fast-check";
import { toA1 } from "../../src/domain/address";
import type { SheetGrid } from "../../src/domain/grid";
import { readWorkbookBytes } from "../../src/file";
import { patchWorkbook } from "../../src/file/patch";
import { deleteSheetRow, insertSheetRow, setFormula } from "../../src/host/memory-rows";
import { sheetToGrid, workbookFromGrid } from "../../src/host/memory-workbook";
import { buildXlsx } from "./packages";
import { sheetJs } from "./patch-readers";

const ROWS = 9;
const formulaOf = (r: number) => `B${r}*2`;

function body(): string {
  const rows: string[] = [`<row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c></row>`];
  for (let r = 2; r < ROWS; r++) {
    // the merged cells below a merged area's first row are empty, as Excel leaves them
    const name = r === 2 || r === 5 || r === 8 ? `<c r="A${r}" t="inlineStr"><is><t>行${r}</t></is></c>` : "";
    rows.push(`<row r="${r}">${name}<c r="B${r}"><v>${r * 10}</v></c><c r="C${r}"><f>${formulaOf(r)}</f><v>${r * 20}</v></c></row>`);
  }
  rows.push(`<row r="${ROWS}"><c r="A${ROWS}" t="inlineStr"><is><t>合计</t></is></c><c r="B${ROWS}"><f>SUM(B2:B${ROWS - 1})</f><v>0</v></c></row>`);
  return `<dimension ref="A1:C${ROWS}"/><sheetData>${rows.join("")}</sheetData><mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="A5:A7"/></mergeCells>`;
}

function memorySheet(grid: SheetGrid) {
  const sheet = workbookFromGrid({ sheets: [grid] }).sheets[0];
  for (let r = 2; r < ROWS; r++) setFormula(sheet, r - 1, 2, `=${formulaOf(r)}`, r * 20);
  setFormula(sheet, ROWS - 1, 1, `=SUM(B2:B${ROWS - 1})`, 0);
  return sheet;
}

const cells = (sheet: SheetGrid) => {
  const out: Record<string, unknown> = {};
  sheet.rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && (out[toA1(r + (sheet.originRow ?? 0), c + (sheet.originCol ?? 0))] = v)));
  return out;
};
const areas = (merges: SheetGrid["merges"]) => (merges ?? []).map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`).sort();

test("any sequence of row inserts and deletes reads the same from the patched file as from the host", async () => {
  const file = buildXlsx({ sheets: [{ name: "表", body: body() }] });
  const opened = (await readWorkbookBytes(file, "表.xlsx")).sheets[0];
  const shift = fc.record({ insert: fc.boolean(), at: fc.integer({ min: 1, max: ROWS + 1 }) });
  await fc.assert(
    fc.asyncProperty(fc.array(shift, { minLength: 1, maxLength: 5 }), async (shifts) => {
      const sheet = memorySheet(structuredClone(opened));
      for (const s of shifts) (s.insert ? insertSheetRow : deleteSheetRow)(sheet, s.at);
      const patched = patchWorkbook(file, { rowShifts: shifts.map((s) => ({ sheet: "表", shift: s })) }, "表.xlsx");
      const back = (await readWorkbookBytes(patched, "表.xlsx")).sheets[0];
      expect(cells(back)).toEqual(cells(sheetToGrid(sheet)));
      expect(areas(back.merges)).toEqual(areas(sheet.merges));
      const ws = sheetJs(patched).Sheets["表"];
      const formulas = Object.fromEntries(Object.entries(ws).filter(([k, v]) => !k.startsWith("!") && (v as { f?: string }).f).map(([k, v]) => [k, `=${(v as { f: string }).f}`]));
      const expected = Object.fromEntries([...(sheet.formulas ?? [])].map(([k, f]) => [toA1(...(k.split(",").map(Number) as [number, number])), f]));
      expect(formulas).toEqual(expected);
    }),
    { numRuns: 40 },
  );
});
