/**
 * The patch writer: only the edited sheet's part changes (every other part unzips to the same
 * bytes), the edited cells read back as the new text with ExcelJS and with the file layer, every
 * other cell reads as before, and a formula or an empty cell is refused rather than overwritten.
 */
import * as fs from "fs";
import { unzipSync } from "fflate";
import fc from "fast-check";
import { toA1 } from "../../src/domain/address";
import type { WorkbookGrid } from "../../src/domain/grid";
import { readWorkbookBytes } from "../../src/file";
import { patchCells, PatchError } from "../../src/file/patch";
import { loadWorkbookGridWithExcelJs } from "../support/exceljs-grid";
import { fixturePath } from "../support/fixtures";
import { packageParts, zipParts, zipWithDataDescriptors } from "./packages";
import * as os from "os";
import * as path from "path";

const NEW_TEXT = "办公<经费> & “维修”\n第二行";

/** Every cell of every sheet as "sheet!A1" → value, for comparing all cells but the edited ones. */
function cells(grid: WorkbookGrid): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of grid.sheets) s.rows.forEach((row, r) => row.forEach((v, c) => v !== null && out.set(`${s.name}!${toA1(r, c)}`, v)));
  return out;
}

async function withExcelJs(bytes: Uint8Array): Promise<WorkbookGrid> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-patch-")), "patched.xlsx");
  fs.writeFileSync(file, bytes);
  return loadWorkbookGridWithExcelJs(file);
}

describe("patchCells", () => {
  const original = new Uint8Array(fs.readFileSync(fixturePath("two-sheets")));

  it("changes only the edited sheet's part and only the edited cells", async () => {
    const before = await readWorkbookBytes(original, "two-sheets.xlsx");
    const sheet = before.sheets[1];
    const row = sheet.rows.findIndex((r) => typeof r[0] === "string" && r[0].includes("经费"));
    const edits = [
      { sheet: sheet.name, cell: toA1(row, 0), text: NEW_TEXT },
      { sheet: sheet.name, cell: "A1", text: "标题" },
    ];
    const patched = patchCells(original, edits, "two-sheets.xlsx");

    const oldParts = unzipSync(original);
    const newParts = unzipSync(patched);
    expect(Object.keys(newParts)).toEqual(Object.keys(oldParts));
    const changed = Object.keys(oldParts).filter((name) => !Buffer.from(oldParts[name]).equals(Buffer.from(newParts[name])));
    expect(changed).toEqual(["xl/worksheets/sheet2.xml"]);

    for (const after of [await withExcelJs(patched), await readWorkbookBytes(patched, "patched.xlsx")]) {
      const was = cells(before);
      const now = cells(after);
      expect(now.get(`${sheet.name}!${toA1(row, 0)}`)).toBe(NEW_TEXT);
      expect(now.get(`${sheet.name}!A1`)).toBe("标题");
      for (const e of edits) {
        was.delete(`${e.sheet}!${e.cell}`);
        now.delete(`${e.sheet}!${e.cell}`);
      }
      expect(now).toEqual(was);
    }
  });

  it("escapes control characters and a literal _xHHHH_ as OOXML does (the file layer reads them back; ExcelJS leaves inline escapes undecoded)", async () => {
    const text = "甲_x0041_乙\u0007丙\r\n丁\t";
    const sheet = (await readWorkbookBytes(original, "two-sheets.xlsx")).sheets[0];
    const patched = await readWorkbookBytes(patchCells(original, [{ sheet: sheet.name, cell: "A1", text }], "two-sheets.xlsx"), "patched.xlsx");
    expect(patched.sheets[0].rows[0][0]).toBe(text);
  });

  it("keeps the edited cell's style", async () => {
    const file = fixturePath("seed-002-formatted");
    const bytes = new Uint8Array(fs.readFileSync(file));
    const grid = await readWorkbookBytes(bytes, file);
    const s = grid.sheets[0];
    const agency = s.rows.findIndex((r) => r[0] === "广州市工商业联合会");
    const patched = await readWorkbookBytes(patchCells(bytes, [{ sheet: s.name, cell: toA1(agency, 0), text: "广州市工商业联合会（本级）" }], file), file);
    expect(patched.sheets[0].rows[agency][0]).toBe("广州市工商业联合会（本级）");
    expect(patched.sheets[0].formats?.[agency]?.[0]).toEqual(s.formats?.[agency]?.[0]);
  });

  it("refuses to turn a formula into text, and an edit of an empty cell or a missing sheet", async () => {
    const file = fixturePath("seed-002-formatted");
    const bytes = new Uint8Array(fs.readFileSync(file));
    const s = (await readWorkbookBytes(bytes, file)).sheets[0];
    const formula = s.formulas?.[0];
    expect(formula).toBeDefined();
    const at = toA1(formula?.row ?? 0, formula?.col ?? 0);
    expect(() => patchCells(bytes, [{ sheet: s.name, cell: at, text: "1" }], file)).toThrow(new PatchError(`文件“${file}”工作表“${s.name}”的 ${at} 是公式，不会改写为文字。`));
    expect(() => patchCells(bytes, [{ sheet: s.name, cell: "Z900", text: "1" }], file)).toThrow(/Z900 是空单元格/);
    expect(() => patchCells(bytes, [{ sheet: "无此表", cell: "A1", text: "1" }], file)).toThrow(/没有工作表“无此表”/);
  });

  it("rewrites a package whose parts had data descriptors into one that reads the same apart from the edit", async () => {
    const parts = packageParts({ sheets: [{ name: "表", body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>旧</t></is></c><c r="B1"><v>2</v></c></row></sheetData>` }] });
    const patched = patchCells(zipWithDataDescriptors(parts), [{ sheet: "表", cell: "A1", text: "新" }], "流.xlsx");
    expect((await readWorkbookBytes(patched, "流.xlsx")).sheets[0].rows).toEqual([["新", 2]]);
    expect((await withExcelJs(patched)).sheets[0].rows).toEqual([["新", 2]]);
  });

  it("edits the sheet part a relationship names in another case (ExcelJS cannot open such a package; the file layer can)", async () => {
    const parts = packageParts({ sheets: [{ name: "表", body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>旧</t></is></c></row></sheetData>` }] });
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace("worksheets/sheet1.xml", "Worksheets/Sheet1.xml");
    const patched = patchCells(zipParts(parts), [{ sheet: "表", cell: "A1", text: "新" }], "大小写.xlsx");
    expect((await readWorkbookBytes(patched, "大小写.xlsx")).sheets[0].rows).toEqual([["新"]]);
  });
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("any text survives the patch writer and the reader unchanged", () => {
  const original = zipParts(packageParts({ sheets: [{ name: "表", body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>旧</t></is></c></row></sheetData>` }] }));
  // text as people paste it: any code point, XML's specials, control characters, and OOXML's own escape syntax
  const pieces = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.constantFrom("&", "<", ">", '"', "'", "\r\n", "\r", "\u0000", "\u001b", "\ufffe", "_x0041_", "_x005F_", "_X1234_", "]]>", "&amp;"),
  );
  it("reads back exactly the text written", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 6 }), async (parts) => {
        const text = parts.join("");
        // a lone surrogate is no text Excel can hold
        fc.pre(text.length > 0 && !LONE_SURROGATE.test(text));
        const grid = await readWorkbookBytes(patchCells(original, [{ sheet: "表", cell: "A1", text }], "任意.xlsx"), "任意.xlsx");
        expect(grid.sheets[0].rows[0][0]).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
