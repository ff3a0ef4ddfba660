/** loadWorkbookGrid: a workbook file through the file layer into the plain grid the reader reads, and every failure as a ReadError. */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadWorkbookGrid } from "../../src/cli/load-grid";
import { ReadError } from "../../src/file";
import { fixturePath, loadFixtureGrid, loadFixtureModel } from "../support/fixtures";
import { buildXlsx, declareSize } from "../file/packages";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-grid-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("cell values", () => {
  it("reads formula results, rich text, hyperlinks, dates and error values", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("值");
    ws.getCell("A1").value = { richText: [{ text: "办公场地" }, { text: "项目经费", font: { bold: true } }] };
    ws.getCell("B1").value = { formula: "B2+B3", result: 49 };
    ws.getCell("C1").value = { text: "广州市工商联", hyperlink: "https://example.org" };
    ws.getCell("D1").value = new Date(Date.UTC(2025, 11, 31));
    ws.getCell("E1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("F1").value = { formula: "SUM(#REF!)", result: { error: "#REF!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("G1").value = true;
    ws.getCell("B3").value = 14.5;
    const file = path.join(tmp, "values.xlsx");
    await wb.xlsx.writeFile(file);
    const grid = await loadWorkbookGrid(file);
    expect(grid.sheets[0].name).toBe("值");
    expect(grid.sheets[0].rows[0]).toEqual(["办公场地项目经费", 49, "广州市工商联", "2025-12-31", "#REF!", "#REF!", true]);
    expect(grid.sheets[0].rows[1]).toEqual([]);
    expect(grid.sheets[0].rows[2]).toEqual([null, 14.5]);
  });

  it("reads bold, indent and merged areas, with merged values only in the top-left cell", async () => {
    const grid = await loadFixtureGrid("seed-002-formatted");
    const s = grid.sheets[0];
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 6 }]);
    // ExcelJS repeats a merged value in every cell of the area; the grid keeps only the top-left one
    expect(s.rows[0].filter((v) => v !== null)).toEqual(["项目支出绩效目标表（含转移支付项目）"]);
    expect(s.rows[3][3]).toBe("财政专户\n拨款");
    const agency = s.rows.findIndex((r) => r[0] === "广州市工商业联合会");
    expect(s.formats?.[agency]?.[0]).toEqual({ bold: true });
    expect(s.formats?.[agency + 1]?.[0]).toEqual({ indent: 1 });
    const total = s.rows.findIndex((r) => r[0] === "合计");
    expect(s.rows[total][1]).toBe(642.39);

    const expanded = (await loadFixtureGrid("seed-002-expanded")).sheets[0];
    const work = expanded.rows.findIndex((r) => r[0] === "工作经费");
    expect(expanded.rows[work + 1].slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(expanded.merges).toContainEqual({ top: work, left: 0, bottom: work + 2, right: 0 });
  });

  it("feeds the reader: the expanded fixture reads like the compact one", async () => {
    const model = await loadFixtureModel("seed-002-expanded");
    expect(model.tables[0].rows.filter((r) => r.kind === "project")).toHaveLength(17);
  });
});

describe("files that cannot be read", () => {
  const failure = async (file: string) => {
    try {
      await loadWorkbookGrid(file);
    } catch (e) {
      expect(e).toBeInstanceOf(ReadError);
      return e as ReadError;
    }
    throw new Error(`${file} was read`);
  };

  it.each([
    ["corrupt.xlsx", "corrupt", "已损坏"],
    ["encrypted.xlsx", "encrypted", "已加密"],
    ["not-a-workbook.xlsx", "not-xlsx", "不是 xlsx 工作簿"],
  ])("%s → %s", async (name, code, words) => {
    const e = await failure(fixturePath(name));
    expect(e.code).toBe(code);
    expect(e.message).toContain(`文件“${fixturePath(name)}”`);
    expect(e.message).toContain(words);
    expect(e.file).toBe(fixturePath(name));
  });

  it("tells an empty file, a missing file and a folder apart", async () => {
    const empty = path.join(tmp, "empty.xlsx");
    fs.writeFileSync(empty, "");
    expect((await failure(empty)).code).toBe("empty-file");
    expect((await failure(path.join(tmp, "none.xlsx"))).message).toBe(`找不到文件“${path.join(tmp, "none.xlsx")}”。`);
    expect((await failure(tmp)).code).toBe("not-xlsx");
  });
});

describe("inflating with Node's zlib", () => {
  it("stops at the size the zip directory declared, as the fflate path does", async () => {
    const bytes = buildXlsx({ sheets: [{ name: "表", body: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` }] });
    const honest = path.join(tmp, "诚.xlsx");
    fs.writeFileSync(honest, bytes);
    expect((await loadWorkbookGrid(honest)).sheets[0].rows).toEqual([[1]]);
    const lying = path.join(tmp, "谎.xlsx");
    fs.writeFileSync(lying, declareSize(bytes, "xl/worksheets/sheet1.xml", 10));
    await expect(loadWorkbookGrid(lying)).rejects.toMatchObject({ code: "corrupt", message: expect.stringContaining("解压后超过 zip 目录声明的 10 字节") });
  });
});
