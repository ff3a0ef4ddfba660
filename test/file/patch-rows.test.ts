/**
 * Whole-row insert and delete in the patch writer (what the picker's expanded insert and its undo
 * do): the rows below move, with their merged areas, conditional formats, validations, links, the
 * sheet's formulas (shared ones included) and the print area; ExcelJS, SheetJS and the file layer
 * read the result; undoing the insert gives back the sheet's XML; and what cannot be moved safely
 * is refused with a message naming the file, sheet and row.
 */
import type ExcelJS from "exceljs";
import { readWorkbookBytes } from "../../src/file";
import { patchWorkbook, PatchError } from "../../src/file/patch";
import { buildXlsx, packageParts, zipParts } from "./packages";
import { changedParts, excelJs, partText, sheetJs } from "./patch-readers";

const FILE = "行.xlsx";
const SHEET = "表";

/** A table with a 合计 formula below its rows, a shared formula column, merges and ranges below the insert point. */
const BODY =
  `<dimension ref="A1:D6"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="B5" sqref="B5"/></sheetView></sheetViews>` +
  `<sheetData>` +
  `<row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c><c r="B1" t="inlineStr"><is><t>金额</t></is></c></row>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2" s="1"><v>10</v></c><c r="C2"><f>B2*2</f><v>20</v></c><c r="D2"><f t="shared" ref="D2:D3" si="0">B2+1</f><v>11</v></c></row>` +
  `<row r="3"><c r="B3" s="1"><v>20</v></c><c r="C3"><f>B3*2</f><v>40</v></c><c r="D3"><f t="shared" si="0"/><v>21</v></c></row>` +
  `<row r="4" ht="30" customHeight="1"><c r="A4" s="1" t="inlineStr"><is><t>乙</t></is></c><c r="B4" s="1"><v>30</v></c></row>` +
  `<row r="5"><c r="B5" s="1"><v>40</v></c><c r="D5"><f t="shared" ref="D5:D6" si="1">$B$2+B5</f><v>50</v></c></row>` +
  `<row r="6"><c r="A6" t="inlineStr"><is><t>合计</t></is></c><c r="B6"><f>SUM(B2:B5)</f><v>100</v></c><c r="D6"><f t="shared" si="1"/><v>110</v></c></row>` +
  `</sheetData>` +
  `<mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="A4:A5"/></mergeCells>` +
  `<conditionalFormatting sqref="B2:B5 D6"><cfRule type="expression" dxfId="0" priority="1"><formula>B2&gt;B$6</formula></cfRule></conditionalFormatting>` +
  `<dataValidations count="1"><dataValidation type="whole" sqref="B2:B5"><formula1>0</formula1></dataValidation></dataValidations>` +
  `<hyperlinks><hyperlink ref="A5" location="'表'!A1"/></hyperlinks>` +
  `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="expression" priority="2" id="{00000000-0000-0000-0000-000000000001}"><xm:f>B5&gt;0</xm:f></x14:cfRule><xm:sqref>B5:B6</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;

const STYLES = `<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs><dxfs count="1"><dxf><font><b/></font></dxf></dxfs>`;

function table(extra: { body?: string; otherSheet?: string; definedNames?: string } = {}): Uint8Array {
  const sheets = [{ name: SHEET, body: extra.body ?? BODY }];
  if (extra.otherSheet !== undefined) sheets.push({ name: "汇总", body: extra.otherSheet });
  const parts = packageParts({ sheets, styles: STYLES });
  parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace("</sheets>", `</sheets>${extra.definedNames ?? `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'表'!$A$1:$D$6</definedName></definedNames>`}<calcPr calcId="191029"/>`);
  parts["xl/calcChain.xml"] = `<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B6" i="1"/></calcChain>`;
  parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace("</Relationships>", `<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`);
  parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace("</Types>", `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`);
  return zipParts(parts);
}

const insertAt = (at: number) => ({ rowShifts: [{ sheet: SHEET, shift: { insert: true, at } }] });

describe("patchWorkbook: whole rows", () => {
  it("inserts a row: cells, formulas, shared formulas, merges and ranges below move; ExcelJS sees them", async () => {
    // a new row 5 (0-based 4) between 乙's two rows, with a value written into it
    const patched = patchWorkbook(table(), { ...insertAt(4), cells: [{ sheet: SHEET, cell: "B5", value: 5 }] }, FILE);
    const ws = (await excelJs(patched)).getWorksheet(SHEET)!;
    expect(ws.getCell("B5").value).toBe(5);
    expect(ws.getCell("B6").value).toBe(40);
    expect(ws.getCell("A7").value).toBe("合计");
    expect((ws.getCell("B7").value as ExcelJS.CellFormulaValue).formula).toBe("SUM(B2:B6)");
    expect((ws.getCell("C3").value as ExcelJS.CellFormulaValue).formula).toBe("B3*2");
    expect((ws.getCell("D6").value as ExcelJS.CellFormulaValue).formula).toBe("$B$2+B6");
    expect(ws.getCell("D7").formula).toBe("$B$2+B7");
    expect(ws.model.merges.sort()).toEqual(["A2:A3", "A4:A6"]);
    // the new row takes the format of the row above (Format Same As Above)
    expect(ws.getCell("B5").numFmt).toBe("0.00");
    expect(ws.getRow(5).height).toBe(30);

    const sheet = partText(patched, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain(`<dimension ref="A1:D7"/>`);
    expect(sheet).toContain(`sqref="B2:B6 D7"`);
    expect(sheet).toContain(`<formula>B2&gt;B$7</formula>`);
    expect(sheet).toContain(`<dataValidation type="whole" sqref="B2:B6">`);
    expect(sheet).toContain(`<hyperlink ref="A6"`);
    expect(sheet).toContain(`<xm:f>B6&gt;0</xm:f></x14:cfRule><xm:sqref>B6:B7</xm:sqref>`);
    expect(sheet).toContain(`activeCell="B6" sqref="B6"`);
    const workbook = partText(patched, "xl/workbook.xml");
    expect(workbook).toContain(`'表'!$A$1:$D$7</definedName>`);
    expect(workbook).toContain(`fullCalcOnLoad="1"`);
    // the calculation chain names cells that moved: Excel rebuilds it
    expect(changedParts(table(), patched)).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/calcChain.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(partText(patched, "[Content_Types].xml")).not.toContain("calcChain");

    const sj = sheetJs(patched).Sheets[SHEET];
    expect(sj.B7.f).toBe("SUM(B2:B6)");
    expect(sj.A7.v).toBe("合计");
    const grid = await readWorkbookBytes(patched, FILE);
    expect(grid.sheets[0].rows[6][0]).toBe("合计");
    expect(grid.sheets[0].rows[4][1]).toBe(5);
  });

  it("a delete of the row just inserted gives back the sheet's XML as it was", () => {
    const original = table();
    const patched = patchWorkbook(original, { rowShifts: [...insertAt(4).rowShifts, { sheet: SHEET, shift: { insert: false, at: 4 } }] }, FILE);
    expect(partText(patched, "xl/worksheets/sheet1.xml")).toBe(partText(original, "xl/worksheets/sheet1.xml"));
  });

  it("deletes a row: what is below moves up, areas over it shrink, a reference to it becomes #REF!", async () => {
    const ws = (await excelJs(patchWorkbook(table(), { rowShifts: [{ sheet: SHEET, shift: { insert: false, at: 3 } }] }, FILE))).getWorksheet(SHEET)!;
    expect(ws.getCell("A5").value).toBe("合计");
    expect((ws.getCell("B5").value as ExcelJS.CellFormulaValue).formula).toBe("SUM(B2:B4)");
    expect(ws.model.merges.sort()).toEqual(["A2:A3"]);
  });

  it("a row inserted inside a frozen header grows the frozen rows; one below it leaves them", () => {
    const body = BODY.replace(`<sheetView workbookViewId="0">`, `<sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>`);
    expect(partText(patchWorkbook(table({ body }), insertAt(1), FILE), "xl/worksheets/sheet1.xml")).toContain(`<pane ySplit="3" topLeftCell="A4"`);
    expect(partText(patchWorkbook(table({ body }), insertAt(4), FILE), "xl/worksheets/sheet1.xml")).toContain(`<pane ySplit="2" topLeftCell="A3"`);
  });

  it("a delete takes the link on the deleted row with it", () => {
    const body = BODY.replace(`<hyperlink ref="A5"`, `<hyperlink ref="A4"`);
    const patched = patchWorkbook(table({ body }), { rowShifts: [{ sheet: SHEET, shift: { insert: false, at: 3 } }] }, FILE);
    const sheet = partText(patched, "xl/worksheets/sheet1.xml");
    // the list it leaves empty goes too: the schema wants at least one link in it
    expect(sheet).not.toContain("hyperlink");
    expect(sheet).toContain(`<dataValidations count="1">`);
  });

  const refusals: Array<[string, Parameters<typeof table>[0], number, RegExp]> = [
    ["a formula in another sheet refers below the row", { otherSheet: `<sheetData><row r="1"><c r="A1"><f>SUM('表'!B2:B5)</f><v>100</v></c></row></sheetData>` }, 3, /工作表“汇总”的公式引用了这一行以下的单元格/],
    ["a table sits on the sheet", { body: BODY + `<tableParts count="1"><tablePart r:id="rId9"/></tableParts>` }, 3, /Excel 表格/],
    ["a shared formula spans the row", {}, 2, /共享公式 D2:D3 跨过这一行/],
    ["an array formula spans the row", { body: BODY.replace(`<c r="C2"><f>B2*2</f>`, `<c r="C2"><f t="array" ref="C2:C4">B2:B4*2</f>`) }, 3, /数组公式 C2:C4 跨过这一行/],
    ["a shared formula's references straddle the row", { body: BODY.replace(`si="1">$B$2+B5</f>`, `si="1">B3+B5</f>`) }, 3, /共享公式 D5:D6 引用的单元格跨过这一行/],
    ["comments or pictures are anchored to rows", { body: BODY + `<legacyDrawing r:id="rId3"/>` }, 3, /图片、图表或批注/],
  ];
  it.each(refusals)("refuses when %s, naming the file, sheet and row", (_why, extra, at, reason) => {
    const run = () => patchWorkbook(table(extra), insertAt(at), FILE);
    expect(run).toThrow(PatchError);
    expect(run).toThrow(new RegExp(`文件“${FILE}”工作表“${SHEET}”无法在第 ${at + 1} 行插入行`));
    expect(run).toThrow(reason);
  });

  it("a formula in another sheet that refers only above the row does not stop the insert", () => {
    const other = `<sheetData><row r="1"><c r="A1"><f>'表'!B2</f><v>10</v></c></row></sheetData>`;
    expect(() => patchWorkbook(table({ otherSheet: other }), insertAt(4), FILE)).not.toThrow();
  });

  it("an untouched package keeps every part when nothing is shifted", () => {
    const original = buildXlsx({ sheets: [{ name: SHEET, body: BODY }] });
    expect(changedParts(original, patchWorkbook(original, {}, FILE))).toEqual([]);
  });
});
