/**
 * The file layer on small hand-made packages, each written as a writer other than ExcelJS writes
 * it: shared strings with rich text, phonetic runs and escapes, inline strings, prefixed and strict
 * namespaces, data descriptors, a ZIP64 directory, dates, percent and custom formats, hidden rows
 * and columns, merges at the sheet's edge, formulas with and without a cached result.
 */
import type { WorkbookGrid } from "../../src/domain/grid";
import { readWorkbookBytes } from "../../src/file";
import { buildXlsx, declareSize, packageParts, toZip64, zipParts, zipWithDataDescriptors, type PackageSpec } from "./packages";

const read = (bytes: Uint8Array, name = "样本.xlsx"): Promise<WorkbookGrid> => readWorkbookBytes(bytes, name);
const sheetData = (rows: string) => `<sheetData>${rows}</sheetData>`;

const STYLES = `<numFmts count="2"><numFmt numFmtId="164" formatCode="0.00&quot;万元&quot;"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="1"><alignment indent="5"/></xf></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="10" fontId="0"/><xf numFmtId="164" fontId="1"/><xf numFmtId="165" fontId="0"/><xf numFmtId="0" fontId="0" applyAlignment="1"><alignment indent="2"/></xf><xf numFmtId="2" fontId="0"/></cellXfs>`;

describe("text", () => {
  it("joins rich text runs, leaves out phonetic guides and decodes _xHHHH_ escapes", async () => {
    const grid = await read(
      buildXlsx({
        strings: [
          `<r><t>办公场地</t></r><r><rPr><b/></rPr><t xml:space="preserve">项目经费 </t></r><rPh sb="0" eb="2"><t>ばんごう</t></rPh>`,
          `<t>第一行_x000A_第二行_x005F_x0041_</t>`,
          `<t>A &amp; B &lt; C</t>`,
        ],
        sheets: [{ name: "值", body: sheetData(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`) }],
      }),
    );
    expect(grid.sheets[0].rows).toEqual([["办公场地项目经费 ", "第一行\n第二行_x0041_", "A & B < C"]]);
  });

  it("reads inline strings, formula strings, booleans and errors", async () => {
    const grid = await read(
      buildXlsx({
        sheets: [
          {
            name: "值",
            body: sheetData(
              `<row r="2"><c r="B2" t="inlineStr"><is><r><t>行内</t></r><r><t>文本_x0009_</t></r></is></c><c r="C2" t="str"><f>"合"&amp;"计"</f><v>合计</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><f>SUM(#REF!)</f><v>#REF!</v></c><c r="F2" t="b"><v>0</v></c></row>`,
            ),
          },
        ],
      }),
    );
    expect(grid.sheets[0].rows).toEqual([[], [null, "行内文本\t", "合计", true, "#REF!", false]]);
  });

  it("refuses a shared-string index that is not there, naming the sheet and cell", async () => {
    const bytes = buildXlsx({ strings: ["<t>一</t>"], sheets: [{ name: "表", body: sheetData(`<row r="3"><c r="B3" t="s"><v>7</v></c></row>`) }] });
    await expect(read(bytes)).rejects.toMatchObject({ code: "corrupt", message: expect.stringContaining("工作表“表”的 B3") });
  });
});

describe("packages as other writers make them", () => {
  const spec: PackageSpec = {
    strings: ["<t>项目名称</t>", "<t>合计</t>"],
    styles: STYLES,
    sheets: [
      { name: "甲", body: sheetData(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>49</v></c></row><row r="2"><c r="A2" t="s" s="5"><v>1</v></c></row>`) },
      { name: "存储", body: sheetData(`<row r="1"><c r="A1"><v>1</v></c></row>`), state: "veryHidden" },
    ],
  };
  const expected = async () => read(buildXlsx(spec));

  it("reads a plain package: values, bold, indent, number format and sheet visibility", async () => {
    const grid = await expected();
    expect(grid.sheets.map((s) => [s.name, s.visibility])).toEqual([["甲", undefined], ["存储", "veryHidden"]]);
    expect(grid.sheets[0].rows).toEqual([["项目名称", 49], ["合计"]]);
    expect(grid.sheets[0].formats).toEqual([[null, { bold: true, numberFormat: '0.00"万元"' }], [{ indent: 2 }]]);
  });

  it.each([
    ["every element with a namespace prefix", () => buildXlsx({ ...spec, prefix: "x" })],
    ["strict OOXML namespaces", () => buildXlsx({ ...spec, strict: true })],
    ["strict and prefixed", () => buildXlsx({ ...spec, strict: true, prefix: "s" })],
    ["sizes in data descriptors", () => zipWithDataDescriptors(packageParts(spec))],
    ["a ZIP64 directory", () => toZip64(buildXlsx(spec))],
  ])("reads the same grid from %s", async (_what, make) => {
    expect(await read(make())).toEqual(await expected());
  });

  it("finds parts whatever the case of their names, as OPC compares them", async () => {
    const parts = packageParts(spec);
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace("worksheets/sheet1.xml", "Worksheets/Sheet1.XML");
    expect(await read(zipParts(parts))).toEqual(await expected());
  });

  it("reads sheets in workbook order, not part order", async () => {
    const parts = packageParts(spec);
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(/<sheets>(<sheet[^>]*\/>)(<sheet[^>]*\/>)<\/sheets>/, "<sheets>$2$1</sheets>");
    const grid = await read(zipParts(parts));
    expect(grid.sheets.map((s) => s.name)).toEqual(["存储", "甲"]);
  });
});

describe("numbers as the table shows them", () => {
  const cells = `<row r="1"><c r="A1" s="1"><v>46022</v></c><c r="B1" s="2"><v>0.955</v></c><c r="C1" s="3"><v>14.0049</v></c><c r="D1" s="4"><v>46022.5</v></c><c r="E1" s="6"><v>642.39</v></c><c r="F1"><v>7</v></c></row>`;

  it("gives dates as ISO strings and keeps each format code", async () => {
    const grid = await read(buildXlsx({ styles: STYLES, sheets: [{ name: "数", body: sheetData(cells) }] }));
    expect(grid.sheets[0].rows[0]).toEqual(["2025-12-31", 0.955, 14.0049, "2025-12-31T12:00:00.000Z", 642.39, 7]);
    expect(grid.sheets[0].formats?.[0]).toEqual([
      { numberFormat: "mm-dd-yy" },
      { numberFormat: "0.00%" },
      { bold: true, numberFormat: '0.00"万元"' },
      { numberFormat: 'yyyy"年"m"月"d"日"' },
      { numberFormat: "0.00" },
    ]);
  });

  it("counts dates from 1904 when the workbook says so", async () => {
    const grid = await read(buildXlsx({ styles: STYLES, date1904: true, sheets: [{ name: "数", body: sheetData(`<row r="1"><c r="A1" s="1"><v>44560</v></c></row>`) }] }));
    expect(grid.sheets[0].rows[0]).toEqual(["2025-12-31"]);
  });
});

describe("formulas", () => {
  it("lists every formula cell, with or without a cached result, and expands shared formulas", async () => {
    const rows =
      `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1+$B$1</f><v>3</v></c></row>` +
      `<row r="2"><c r="A2"><v>5</v></c><c r="C2"><f t="shared" si="0"/><v>7</v></c></row>` +
      `<row r="3"><c r="C3"><f t="shared" si="0"/></c><c r="D3"><f>SUM(C1:C3)+LOG10(A1)&amp;"A1"</f></c></row>`;
    const grid = await read(buildXlsx({ sheets: [{ name: "式", body: sheetData(rows) }] }));
    const s = grid.sheets[0];
    expect(s.rows).toEqual([[1, 2, 3], [5, null, 7], [null, null, null, null]]);
    expect(s.formulas).toEqual([
      { row: 0, col: 2, formula: "A1+$B$1", cached: true },
      { row: 1, col: 2, formula: "A2+$B$1", cached: true },
      { row: 2, col: 2, formula: "A3+$B$1", cached: false },
      { row: 2, col: 3, formula: 'SUM(C1:C3)+LOG10(A1)&"A1"', cached: false },
    ]);
  });
});

describe("work proportional to content", () => {
  it("marks hidden rows and columns within the content", async () => {
    const body = `<cols><col min="2" max="3" hidden="1"/><col min="5" max="16384" hidden="1"/></cols>${sheetData(
      `<row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>4</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row><row r="900000" hidden="1"/>`,
    )}`;
    const s = (await read(buildXlsx({ sheets: [{ name: "隐", body }] }))).sheets[0];
    expect(s.hiddenRows).toEqual([1]);
    expect(s.hiddenCols).toEqual([1, 2]);
  });

  it("clips a merge reaching the sheet's last cell to the content and keeps only its top-left value", async () => {
    const body = `${sheetData(`<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="30"><c r="A30"><v>标题</v></c><c r="B30"><v>重复</v></c></row><row r="31"><c r="B31" t="inlineStr"><is><t>末</t></is></c></row>`)}
      <mergeCells count="3"><mergeCell ref="A30:XFD1048576"/><mergeCell ref="C1:D1"/><mergeCell ref="Z5000:AA6000"/></mergeCells>`;
    const s = (await read(buildXlsx({ sheets: [{ name: "并", body }] }))).sheets[0];
    expect(s.merges).toEqual([{ top: 29, left: 0, bottom: 30, right: 1 }]);
    expect(s.rows.slice(29)).toEqual([["标题", null], [null, null]]);
    expect(s.rows).toHaveLength(31);
  });

  it("ignores formatted-only cells and rows far beyond the content", async () => {
    const body = `<dimension ref="A1:XFD1048576"/>${sheetData(`<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="1"/></row>`)}`;
    const s = (await read(buildXlsx({ styles: STYLES, sheets: [{ name: "大", body }] }))).sheets[0];
    expect(s.rows).toEqual([[1]]);
  });

  it.each([
    ["a value at XFD1048576", `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`, "单元格 XFD1048576"],
    ["a row numbered 1,000,000,000", `<row r="1000000000"><c><v>1</v></c></row>`, "第 1000000000 行"],
    ["a value in column BM", `<row r="2"><c r="BM2"><v>1</v></c></row>`, "单元格 BM2"],
  ])("refuses %s as too large, naming the sheet and where", async (_what, rows, where) => {
    const bytes = buildXlsx({ sheets: [{ name: "远", body: sheetData(rows) }] });
    await expect(read(bytes, "远.xlsx")).rejects.toMatchObject({
      code: "too-large",
      message: expect.stringMatching(new RegExp(`^文件“远\\.xlsx”过大，未读取：工作表“远”的${where}有内容，超出 200000 行 × 64 列（BL 列）的上限。$`)),
    });
  });

  it("refuses more cells than the limit", async () => {
    const rows = Array.from({ length: 30 }, (_v, r) => `<row r="${r + 1}"><c><v>1</v></c><c><v>2</v></c></row>`).join("");
    const bytes = buildXlsx({ sheets: [{ name: "多", body: sheetData(rows) }] });
    await expect(readWorkbookBytes(bytes, "多.xlsx", { limits: { fileBytes: 1e9, inflatedBytes: 1e9, partBytes: 1e9, cells: 50, rows: 100, cols: 10 } })).rejects.toMatchObject({
      code: "too-large",
      message: expect.stringContaining("有内容的单元格超过 50 个"),
    });
  });
});

describe("limits before work", () => {
  const small = buildXlsx({ sheets: [{ name: "表", body: sheetData(`<row r="1"><c r="A1"><v>1</v></c></row>`) }] });
  const limits = { fileBytes: 1e9, inflatedBytes: 1e9, partBytes: 1e9, cells: 1e6, rows: 1000, cols: 64 };

  it("refuses a part whose declared size is over the limit before inflating it", async () => {
    await expect(readWorkbookBytes(small, "大.xlsx", { limits: { ...limits, partBytes: 100 } })).rejects.toMatchObject({
      code: "too-large",
      message: expect.stringMatching(/^文件“大\.xlsx”过大，未读取：部件 .+ 解压后有 \d+ 字节，超过单个部件的上限 100 字节。$/),
    });
  });

  it("stops inflating a part that inflates to more than its directory declared", async () => {
    const lying = declareSize(small, "xl/worksheets/sheet1.xml", 10);
    await expect(read(lying, "谎.xlsx")).rejects.toMatchObject({ code: "corrupt", message: expect.stringContaining("解压后超过 zip 目录声明的 10 字节") });
  });

  it("says an .xlsb (binary parts) cannot be read, rather than that it is corrupt", async () => {
    const parts = packageParts({ sheets: [{ name: "表", body: sheetData("") }] });
    parts["_rels/.rels"] = parts["_rels/.rels"].replace("xl/workbook.xml", "xl/workbook.bin");
    parts["xl/workbook.bin"] = "\u0083\u0001\u0000";
    await expect(read(zipParts(parts), "二进制.xlsb")).rejects.toMatchObject({ code: "not-xlsx", message: expect.stringContaining("（.xlsb），无法读取") });
  });

  it("refuses a DOCTYPE, where entity expansion would start", async () => {
    const parts = packageParts({ sheets: [{ name: "表", body: sheetData("") }] });
    parts["xl/workbook.xml"] = `<!DOCTYPE x [<!ENTITY a "aaaa">]>` + parts["xl/workbook.xml"];
    await expect(read(zipParts(parts))).rejects.toMatchObject({ code: "corrupt", message: expect.stringContaining("DOCTYPE") });
  });
});
