/**
 * What the reader leaves out without calling the file unreadable reaches the user as a note per
 * sheet: a hidden project row (and whether the 合计 counts it) and amounts whose formulas carry no
 * result (a file written by a tool, never saved by Excel). The file is read, so the exit code is
 * that of a readable file and the summary counts nothing as unreadable.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { ensureBuilt, fx, runCli } from "./run-cli";

jest.setTimeout(60_000);

let tmp: string;
let file: string;
beforeAll(async () => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-notes-"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fx("seed-001-compact.xlsx"));
  const ws = wb.worksheets[0];
  // row 7 is the 扶贫工作经费 project (0.3); the 合计 (49) still counts it
  ws.getRow(7).hidden = true;
  // the agency row's amounts as a lookup no tool can work out, written without a cached result
  for (const col of ["B", "C"]) ws.getCell(`${col}5`).value = { formula: "VLOOKUP(A5,Sheet2!A:B,2,0)" } as ExcelJS.CellFormulaValue;
  file = path.join(tmp, "notes.xlsx");
  await wb.xlsx.writeFile(file);
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface NotesOutput {
  files: { problems?: unknown[]; readerNotes?: { sheet: string; cell: string | null; message: string }[] }[];
  summary: { unreadable: number; errors: number };
}

describe("reader notes in jixiao check", () => {
  it("gives the hidden rows and the formulas without a result as notes per sheet in JSON, not as unreadable", async () => {
    const { code, stdout } = await runCli(["check", "--format", "json", file]);
    const out = JSON.parse(stdout) as NotesOutput;
    expect(out.files[0].problems).toBeUndefined();
    expect(out.summary.unreadable).toBe(0);
    expect(code).toBe(out.summary.errors > 0 ? 1 : 0);
    const notes = out.files[0].readerNotes ?? [];
    expect(notes.map((n) => [n.sheet, n.cell])).toEqual([
      ["项目支出绩效目标表", null],
      ["项目支出绩效目标表", "B5"],
    ]);
    expect(notes[0].message).toBe("工作表“项目支出绩效目标表”第 7 行已隐藏，不属于公布的表格，未作检查；合计（B4）包含这些行的金额，与公布的明细不符。");
    expect(notes[1].message).toContain("公式没有计算结果，请在 Excel 中打开并保存后再检查");
    expect(notes[1].message).toContain("B5（=VLOOKUP(A5,Sheet2!A:B,2,0)）");
  });

  it("prints them under the file as 说明 in the text report, and never 无法读取", async () => {
    const { code, stdout } = await runCli(["check", file]);
    expect(code).not.toBe(2);
    expect(stdout).toContain("  说明：工作表“项目支出绩效目标表”第 7 行已隐藏");
    expect(stdout).toMatch(/ {2}说明：工作表“项目支出绩效目标表”中 \d+ 个金额单元格的公式没有计算结果/);
    expect(stdout).not.toContain("无法读取");
    expect(stdout).not.toContain("无法完整读取");
  });

  it("gives them as notes in the SARIF (the run succeeded) and the HTML report", async () => {
    const sarifFile = path.join(tmp, "notes.sarif");
    const htmlFile = path.join(tmp, "notes.html");
    await runCli(["check", "--report", sarifFile, "--report", htmlFile, file]);
    const run = (JSON.parse(fs.readFileSync(sarifFile, "utf8")) as SarifRun).runs[0];
    const notes = run.invocations[0].toolExecutionNotifications;
    expect(notes.map((n) => n.level)).toEqual(["note", "note"]);
    expect(notes[0].message.text).toContain("第 7 行已隐藏");
    expect(run.invocations[0].executionSuccessful).toBe(true);
    const html = fs.readFileSync(htmlFile, "utf8");
    expect(html).toContain("说明：工作表“项目支出绩效目标表”第 7 行已隐藏");
    expect(html).not.toContain("无法读取");
  });
});

interface SarifRun {
  runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[];
}
