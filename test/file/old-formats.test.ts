/**
 * .xls (BIFF8) and CSV through SheetJS: a fixture written back as .xls by SheetJS reads with the
 * same values and merges as the .xlsx; CSV in UTF-8 (with or without a BOM) and in GBK, as Chinese
 * Excel saves it, reads alike; an OLE file that is no readable .xls keeps the "encrypted" message.
 */
import * as fs from "fs";
import * as XLSX from "@e965/xlsx";
import cptable from "@e965/xlsx/dist/cpexcel.js";
import type { WorkbookGrid } from "../../src/domain/grid";
import { readWorkbook } from "../../src/domain/reader";
import { readWorkbookBytes } from "../../src/file";
import { fixturePath } from "../support/fixtures";
import { comparable } from "./comparable";

/** What an .xls can carry of the grid: values and merges (SheetJS writes no indent or bold). */
const valuesAndMerges = (grid: WorkbookGrid) => comparable(grid).map(({ name, rows, merges }) => ({ name, rows, merges }));

function asXls(grid: WorkbookGrid): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of grid.sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    ws["!merges"] = (s.merges ?? []).map((m) => ({ s: { r: m.top, c: m.left }, e: { r: m.bottom, c: m.right } }));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "biff8", bookSST: true }) as ArrayBuffer);
}

describe(".xls", () => {
  it.each(["seed-002-compact", "seed-002-expanded", "two-sheets"])("reads %s written as .xls with the values and merges of the .xlsx", async (name) => {
    const xlsx = await readWorkbookBytes(fs.readFileSync(fixturePath(name)), `${name}.xlsx`);
    const xls = await readWorkbookBytes(asXls(xlsx), `${name}.xls`);
    expect(valuesAndMerges(xls)).toEqual(valuesAndMerges(xlsx));
    // without indent and bold the reader still finds the agencies and projects by label and roll-up
    const projects = (g: WorkbookGrid) => readWorkbook(g).tables.flatMap((t) => t.rows.filter((r) => r.kind === "project").map((r) => r.name));
    expect(projects(xls)).toEqual(projects(xlsx));
  });

  it("keeps the encrypted message for an OLE file that is not a readable .xls", async () => {
    const file = fixturePath("encrypted");
    await expect(readWorkbookBytes(fs.readFileSync(file), file)).rejects.toMatchObject({ code: "encrypted", message: expect.stringContaining(`文件“${file}”已加密`) });
  });
});

describe(".csv", () => {
  const text = "项目支出绩效目标表\n部门名称：广州市工商联\n项目名称,金额,绩效目标\n  办公经费,49.00,≥95%\n  工作经费,1-2,\"含,逗号\"\n";
  const expected = [["项目支出绩效目标表"], ["部门名称：广州市工商联"], ["项目名称", "金额", "绩效目标"], ["  办公经费", 49, "≥95%"], ["  工作经费", "1-2", "含,逗号"]];

  it.each([
    ["UTF-8", new TextEncoder().encode(text)],
    ["UTF-8 with a BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ["GBK", new Uint8Array(cptable.utils.encode(936, text) as number[])],
  ])("reads %s, numbers as numbers and indicator text as typed", async (_enc, bytes) => {
    const grid = await readWorkbookBytes(bytes, "表.csv");
    expect(grid.sheets[0].rows).toEqual(expected);
  });

  it("refuses text that is not named .csv as not a workbook", async () => {
    await expect(readWorkbookBytes(new TextEncoder().encode(text), "表.xlsx")).rejects.toMatchObject({ code: "not-xlsx" });
  });
});
