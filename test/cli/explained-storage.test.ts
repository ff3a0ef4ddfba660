/**
 * Explained findings travel with the workbook: written into the very hidden `jixiao_explained`
 * sheet of a copy of a fixture with ExcelJS, saved, reloaded the way the CLI loads files, and
 * applied. They survive rows inserted above, and come back open when the amount or text changes.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkOneFile } from "../../src/cli/check-file";
import { loadWorkbookGrid } from "../../src/cli/load-grid";
import { writeExplainedSheet } from "../../src/cli/explained-xlsx";
import type { Finding } from "../../src/domain/finding";
import { readWorkbook } from "../../src/domain/reader";
import { EXPLAINED_SHEET, explainFinding, type Explanation } from "../../src/domain/review";
import { fixturePath } from "../support/fixtures";

const RUNNING = "广州市工商业联合会2025-2026年信息化运维项目";
const SECRET = "TZMMZXJF";
const AT = "2025-03-01T09:30:00.000Z";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-explained-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function edit(file: string, change: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  change(wb, wb.worksheets[0]);
  await wb.xlsx.writeFile(file);
}

function rowOf(ws: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === name) return ws.getRow(r);
  throw new Error(`no row ${name}`);
}

const pick = (findings: Finding[], rule: string, project: string | null) => findings.find((f) => f.rule === rule && f.project === project)!;

/** A copy of seed 002 with three findings explained: the subtotal, a cost indicator, a nameless indicator. */
async function explainedCopy(name: string): Promise<{ file: string; chosen: Finding[]; explanations: Explanation[]; total: number }> {
  const file = path.join(tmp, name);
  fs.copyFileSync(fixturePath("seed-002-compact"), file);
  const before = await checkOneFile(file, {});
  const chosen = [pick(before.findings, "subtotal-mismatch", null), pick(before.findings, "cost-exceeds-amount", RUNNING), pick(before.findings, "name-missing", SECRET)];
  expect(chosen.every(Boolean)).toBe(true);
  const explanations = chosen.map((f, k) => explainFinding(f, ["元折算万元的尾差", "两年期合同，按合同总额填报", "=涉密项目，指标不宜公开"][k], "张三", AT));
  await edit(file, (wb) => writeExplainedSheet(wb, explanations));
  return { file, chosen, explanations, total: before.findings.length };
}

describe("explanations saved in the workbook", () => {
  it("are stored in a very hidden sheet that the grid marks and the reader skips", async () => {
    const { file } = await explainedCopy("stored.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet(EXPLAINED_SHEET)?.state).toBe("veryHidden");
    const grid = await loadWorkbookGrid(file);
    const sheet = grid.sheets.find((s) => s.name === EXPLAINED_SHEET)!;
    expect(sheet.visibility).toBe("veryHidden");
    expect(sheet.rows[0][0]).toBe("key");
    expect(sheet.rows[3][7]).toBe("'=涉密项目，指标不宜公开");
    expect(grid.sheets.find((s) => s.name !== EXPLAINED_SHEET)?.visibility).toBeUndefined();
    expect(readWorkbook(grid).tables.map((t) => t.sheet)).toEqual(["项目支出绩效目标表"]);
  });

  it("survive a save and reload: the explained findings are reported apart from the open ones", async () => {
    const { file, chosen, explanations, total } = await explainedCopy("reload.xlsx");
    const after = await checkOneFile(file, {});
    expect(after.notes).toEqual([]);
    // in sheet order: the subtotal (row 6), TZMMZXJF (row 11), the running costs (row 15)
    expect(after.explained.map((e) => e.finding.key)).toEqual([chosen[0], chosen[2], chosen[1]].map((f) => f.key));
    expect(after.explained.map((e) => e.explanation)).toEqual([explanations[0], explanations[2], explanations[1]]);
    expect(after.explained[1].explanation.reason).toBe("=涉密项目，指标不宜公开");
    expect(after.findings).toHaveLength(total - 3);
    expect(after.lapsed).toEqual([]);
  });

  it("survive rows inserted above: the cells move, the keys do not", async () => {
    const { file, chosen } = await explainedCopy("inserted.xlsx");
    await edit(file, (_wb, ws) => ws.spliceRows(5, 0, [], [], []));
    const after = await checkOneFile(file, {});
    const moved = [chosen[0], chosen[2], chosen[1]];
    expect(after.explained.map((e) => e.finding.key)).toEqual(moved.map((f) => f.key));
    const cells = after.explained.map((e) => e.finding.cell);
    expect(cells).toEqual(moved.map((f) => f.cell.replace(/\d+$/, (n) => String(Number(n) + 3))));
    expect(cells[0]).toBe("B9");
    expect(after.lapsed).toEqual([]);
  });

  it("come back open when the amount changes; a subtotal that now adds up leaves its explanation unmatched", async () => {
    const { file, chosen } = await explainedCopy("amount.xlsx");
    await edit(file, (_wb, ws) => {
      const row = rowOf(ws, RUNNING);
      row.getCell(2).value = 2.16;
      row.getCell(3).value = 2.16;
    });
    const after = await checkOneFile(file, {});
    const cost = after.findings.find((f) => f.key === chosen[1].key)!;
    expect(cost.subject).not.toBe(chosen[1].subject);
    expect(after.lapsed.map((l) => l.finding)).toEqual([cost]);
    expect(after.lapsed[0].explanation.reason).toBe("两年期合同，按合同总额填报");
    // 563.38 + 0.01 = 563.39: the subtotal adds up now, so its explanation has nothing to match
    expect(after.unmatched.map((e) => e.key)).toEqual([chosen[0].key]);
    expect(after.explained.map((e) => e.finding.key)).toEqual([chosen[2].key]);
  });

  it("come back open when the text changes", async () => {
    const { file, chosen } = await explainedCopy("text.xlsx");
    await edit(file, (_wb, ws) => {
      const cell = rowOf(ws, SECRET).getCell(7);
      cell.value = String(cell.value).replace(/项目信息不宜公开/g, "项目信息暂不公开");
    });
    const after = await checkOneFile(file, {});
    expect(after.lapsed.map((l) => l.finding.key)).toEqual([chosen[2].key]);
    expect(after.findings.map((f) => f.key)).toContain(chosen[2].key);
    expect(after.explained.map((e) => e.finding.key).sort()).toEqual([chosen[0].key, chosen[1].key].sort());
  });

  it("report bad storage rows in Chinese and keep checking", async () => {
    const { file } = await explainedCopy("bad-row.xlsx");
    await edit(file, (wb) => {
      wb.getWorksheet(EXPLAINED_SHEET)!.getCell("H2").value = "";
    });
    const after = await checkOneFile(file, {});
    expect(after.notes).toEqual([`工作表“${EXPLAINED_SHEET}”第2行：说明理由（reason）为空，该条说明已忽略。`]);
    expect(after.diagnostics.some((d) => d.includes(file) && d.includes("第2行"))).toBe(true);
    expect(after.explained).toHaveLength(2);
    expect(after.error).toBeUndefined();
  });
});
