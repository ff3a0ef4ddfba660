/**
 * Cells written where the file has none, sheets added to an opened package, and brand-new
 * packages: every reader (ExcelJS, SheetJS, the file layer) sees the values, formats, merges,
 * widths and frozen header; numbers stay numbers; every part the patch does not need to touch
 * keeps its bytes, and the formats existing cells use keep their indexes.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { readWorkbookBytes } from "../../src/file";
import { buildWorkbook, patchCells, patchWorkbook, PatchError, type NewSheet } from "../../src/file/patch";
import { fixturePath } from "../support/fixtures";
import { buildXlsx } from "./packages";
import { changedParts, excelJs, partText, sheetJs } from "./patch-readers";

const FILE = "two-sheets.xlsx";
const original = new Uint8Array(fs.readFileSync(fixturePath("two-sheets")));

const REVIEW: NewSheet = {
  name: "审核意见表",
  cells: [
    { row: 0, col: 0, value: "审核意见表", style: { bold: true, fontSize: 14, horizontal: "center" } },
    { row: 2, col: 0, value: "序号", style: { bold: true, fill: "#D9E1F2", borders: { top: { style: "thin" }, bottom: { style: "thin" } } } },
    { row: 2, col: 1, value: "意见", style: { bold: true, fill: "#D9E1F2", borders: { top: { style: "thin" }, bottom: { style: "thin" } } } },
    { row: 3, col: 0, value: 1 },
    { row: 3, col: 1, value: "年度指标值为空 <“政府购买”> & 其他", style: { wrap: true, vertical: "top" } },
    { row: 3, col: 2, value: 12.5, style: { numberFormat: "0.00" } },
    { row: 3, col: 3, value: "转到", formula: `HYPERLINK("#'市工商联'!A5","转到")` },
    { row: 4, col: 2, value: 0.25, style: { numberFormat: "0.0000%" } },
  ],
  columnWidths: new Map([
    [0, 6],
    [1, 48],
  ]),
  merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
  frozenRows: 3,
  print: { orientation: "landscape", paperSize: 9, scale: 80, centerHorizontally: true, titleRows: "$3:$3", printArea: "A1:D5" },
};

describe("patchWorkbook: cells where the file has none", () => {
  it("adds a cell inside a row in column order and a new row in row order; numbers stay numbers; the dimension grows", async () => {
    const body = `<dimension ref="A1:C3"/><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row><row r="3" s="1" customFormat="1"><c r="A3"><v>9</v></c></row></sheetData>`;
    const bytes = buildXlsx({ sheets: [{ name: "表", body }], styles: `<cellXfs count="2"><xf/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs>` });
    const cells = [
      { sheet: "表", cell: "B1", value: 2 },
      { sheet: "表", cell: "B2", value: "新行" },
      { sheet: "表", cell: "E3", value: true },
      { sheet: "表", cell: "A7", value: "末行" },
    ];
    const patched = patchWorkbook(bytes, { cells }, "空格.xlsx");
    const xml = partText(patched, "xl/worksheets/sheet1.xml");
    expect(xml).toContain(`<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2">`);
    // the row's own style goes to the new cell
    expect(xml).toContain(`<c r="E3" s="1" t="b"><v>1</v></c>`);
    expect(xml).toContain(`<dimension ref="A1:E7"/>`);
    const ws = (await excelJs(patched)).getWorksheet("表")!;
    expect([ws.getCell("B1").value, ws.getCell("B2").value, ws.getCell("E3").value, ws.getCell("A7").value]).toEqual([2, "新行", true, "末行"]);
    const grid = await readWorkbookBytes(patched, "空格.xlsx");
    expect(grid.sheets[0].rows[0][1]).toBe(2);
    expect(sheetJs(patched).Sheets["表"].B1.t).toBe("n");
  });

  it("the CLI's fixes still refuse a cell the file does not have", () => {
    expect(() => patchCells(original, [{ sheet: "市工商联", cell: "Z900", text: "1" }], FILE)).toThrow(/Z900 是空单元格/);
  });

  it("an emptied cell keeps its style and loses its value", async () => {
    const patched = patchWorkbook(original, { cells: [{ sheet: "市工商联", cell: "A1", value: null }] }, FILE);
    expect(partText(patched, "xl/worksheets/sheet2.xml")).toContain(`<c r="A1" s="1"/>`);
    expect((await excelJs(patched)).getWorksheet("市工商联")!.getCell("A1").value).toBeNull();
  });
});

describe("patchWorkbook: a new sheet", () => {
  it("is added with its values, formats, widths, merge and frozen header; other parts keep their bytes", async () => {
    const patched = patchWorkbook(original, { sheets: [REVIEW] }, FILE);
    expect(changedParts(original, patched)).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet3.xml"]);
    // existing formats keep their indexes: the old cellXfs are a prefix of the new
    const xfs = (bytes: Uint8Array) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(partText(bytes, "xl/styles.xml"))![1];
    expect(xfs(patched).startsWith(xfs(original))).toBe(true);

    const wb = await excelJs(patched);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["白云区工商联", "市工商联", "审核意见表"]);
    const ws = wb.getWorksheet("审核意见表")!;
    expect(ws.getCell("A1").value).toBe("审核意见表");
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("A3").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("A3").border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("B4").value).toBe("年度指标值为空 <“政府购买”> & 其他");
    expect(ws.getCell("B4").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.getCell("C4").value).toBe(12.5);
    expect(ws.getCell("C4").numFmt).toBe("0.00");
    expect(ws.getCell("C5").numFmt).toBe("0.0000%");
    expect((ws.getCell("D4").value as ExcelJS.CellFormulaValue).formula).toBe(`HYPERLINK("#'市工商联'!A5","转到")`);
    expect(ws.model.merges).toEqual(["A1:D1"]);
    expect(ws.getColumn(2).width).toBe(48);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, scale: 80, horizontalCentered: true, printArea: "A1:D5", printTitlesRow: "3:3" });
    expect(partText(patched, "xl/workbook.xml")).toContain(`<definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">'审核意见表'!$A$1:$D$5</definedName>`);
    // the old sheets read as before
    const before = await excelJs(original);
    expect(wb.getWorksheet("市工商联")!.getCell("A1").font).toEqual(before.getWorksheet("市工商联")!.getCell("A1").font);

    const grid = await readWorkbookBytes(patched, FILE);
    expect(grid.sheets.map((s) => s.name)).toEqual(["白云区工商联", "市工商联", "审核意见表"]);
    expect(grid.sheets[2].rows[3].slice(0, 3)).toEqual([1, "年度指标值为空 <“政府购买”> & 其他", 12.5]);
    expect(sheetJs(patched).SheetNames).toEqual(["白云区工商联", "市工商联", "审核意见表"]);
  });

  it("a very hidden sheet stays very hidden", async () => {
    const patched = patchWorkbook(original, { sheets: [{ name: "jixiao_explained", cells: [{ row: 0, col: 0, value: "x" }], state: "veryHidden" }] }, FILE);
    expect((await excelJs(patched)).getWorksheet("jixiao_explained")!.state).toBe("veryHidden");
  });

  it.each([
    ["市工商联", /已有工作表“市工商联”/],
    ["市工商聯".padEnd(32, "长"), /不能用作工作表名/],
    ["意见[1]", /不能用作工作表名/],
  ])("refuses the name %s", (name, message) => {
    const run = () => patchWorkbook(original, { sheets: [{ ...REVIEW, name }] }, FILE);
    expect(run).toThrow(PatchError);
    expect(run).toThrow(message);
  });
});

describe("buildWorkbook", () => {
  it("writes a package of just the given sheets that every reader opens", async () => {
    const bytes = buildWorkbook([REVIEW, { name: "第二页", cells: [{ row: 1, col: 1, value: 3 }] }], "意见.xlsx");
    const wb = await excelJs(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["审核意见表", "第二页"]);
    expect(wb.getWorksheet("审核意见表")!.getCell("C4").numFmt).toBe("0.00");
    expect(wb.getWorksheet("第二页")!.getCell("B2").value).toBe(3);
    const grid = await readWorkbookBytes(bytes, "意见.xlsx");
    expect(grid.sheets[0].rows[0][0]).toBe("审核意见表");
    const sj = sheetJs(bytes);
    expect(sj.SheetNames).toEqual(["审核意见表", "第二页"]);
    expect(sj.Sheets["第二页"].B2.v).toBe(3);
  });

  it("refuses to write a workbook without sheets", () => {
    expect(() => buildWorkbook([], "空.xlsx")).toThrow(/无法生成“空\.xlsx”：没有要写入的工作表/);
  });
});
