/**
 * Workbooks for the reviewer-workflow tests, made from the fixtures with ExcelJS: a copy with
 * hostile names (HTML and formula injection), copies with explained findings, and a folder of 50
 * (the seed fixtures plus variants with amounts changed, rows removed or inserted, names, goals
 * and indicators edited, an unreadable file).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { checkOneFile } from "../../src/cli/check-file";
import { writeExplainedSheet } from "../../src/cli/explained-xlsx";
import { fromA1 } from "../../src/domain/address";
import { readWorkbook } from "../../src/domain/reader";
import { explainFinding } from "../../src/domain/review";
import { fixturePath, loadFixtureGrid } from "../support/fixtures";

export const SCRIPT_PROJECT = "<script>alert(1)</script>";
export const FORMULA_PROJECT = "=1+2";
export const AT_PROJECT = "@SUM(A1)";
export const QUOTES_PROJECT = `-2+3 "引号" & '单引号'`;
export const HOSTILE_AGENCY = "广州市“民营”企业 & <投诉> '中心'";

export async function editCopy(fixture: string, dest: string, change: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void | Promise<void>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath(fixture));
  await change(wb, wb.worksheets[0]);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  await wb.xlsx.writeFile(dest);
}

/** Seed 002 with project and agency names that are HTML, quotes and formulas. */
export function hostileWorkbook(dest: string): Promise<void> {
  const names: Record<string, string> = {
    工作经费: SCRIPT_PROJECT,
    购置经费: FORMULA_PROJECT,
    TZMMZXJF: AT_PROJECT,
    市属行业党委工作经费: QUOTES_PROJECT,
    广州市民营企业投诉中心: HOSTILE_AGENCY,
  };
  return editCopy("seed-002-compact", dest, (_wb, ws) => {
    ws.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === "string" && names[v]) row.getCell(1).value = names[v];
    });
  });
}

/** A copy of `fixture` whose first `count` findings of the given rules are explained. */
export async function explainedWorkbook(fixture: string, dest: string, rules: string[], reason = "已核实，情况属实"): Promise<void> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.copyFileSync(fixturePath(fixture), dest);
  const { findings } = await checkOneFile(dest, {});
  const chosen = rules.map((rule) => findings.find((f) => f.rule === rule)!).filter(Boolean);
  const explanations = chosen.map((f) => explainFinding(f, reason, "张三", "2025-03-01T09:30:00.000Z"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(dest);
  writeExplainedSheet(wb, explanations);
  await wb.xlsx.writeFile(dest);
}

const SEEDS = [
  "seed-000-agency", "seed-001-compact", "seed-002-compact", "seed-002-formatted", "seed-002-expanded",
  "messy-layout", "messy-text-amounts", "money-in-yuan", "two-sheets", "two-tables-one-sheet",
];
const VARIANT_BASES = ["seed-001-compact", "seed-002-compact", "seed-000-agency"];
const VARIANTS = ["金额变动", "删除一行", "项目改名", "目标清空", "指标改写", "上方插行"] as const;

/** One variant of a seed: the k-th project (cycling) edited one way, addressed through the model. */
async function variant(base: string, kind: (typeof VARIANTS)[number], k: number, dest: string): Promise<void> {
  const table = readWorkbook(await loadFixtureGrid(base)).tables[0];
  const projects = table.rows.filter((r) => r.kind === "project");
  const p = projects[(k * 5 + 1) % projects.length];
  await editCopy(base, dest, (_wb, ws) => {
    const at = (a1: string) => {
      const c = fromA1(a1)!;
      return ws.getCell(c.row + 1, c.col + 1);
    };
    if (kind === "金额变动" && p.amountCells.total && p.amountCells.fiscal) {
      at(p.amountCells.total).value = Number(at(p.amountCells.total).value) + k + 1;
      at(p.amountCells.fiscal).value = Number(at(p.amountCells.fiscal).value) + k + 1;
    } else if (kind === "删除一行" && table.layout === "compact") {
      ws.spliceRows(p.row, 1);
    } else if (kind === "项目改名") {
      at(p.nameCell).value = `${p.name}（第${k}版）`;
    } else if (kind === "目标清空" && p.goalCell) {
      at(p.goalCell).value = null;
    } else if (kind === "上方插行" && table.layout === "compact") {
      ws.spliceRows(table.headerRow + 1, 0, [], []);
    } else if (p.indicatorCell) {
      const n = p.indicators.length + 1;
      at(p.indicatorCell).value = `${p.indicatorText ?? ""}${n}、效益指标：群众评价，年度指标值：明显提高。`;
    }
  });
}

/**
 * 50 workbooks under `dir` (some in a subfolder): the 10 seed fixtures, a hostile copy, two with
 * explained findings, one unreadable file, and 36 variants. Returns the paths, sorted.
 */
export async function buildReviewFolder(dir: string): Promise<string[]> {
  const files: string[] = [];
  fs.mkdirSync(dir, { recursive: true });
  for (const seed of SEEDS) {
    const dest = path.join(dir, `${seed}.xlsx`);
    fs.copyFileSync(fixturePath(seed), dest);
    files.push(dest);
  }
  files.push(path.join(dir, "特殊字符.xlsx"));
  await hostileWorkbook(files[files.length - 1]);
  files.push(path.join(dir, "已说明", "市工商联.xlsx"));
  await explainedWorkbook("seed-002-compact", files[files.length - 1], ["subtotal-mismatch", "name-missing", "cost-exceeds-amount"]);
  files.push(path.join(dir, "已说明", "白云区.xlsx"));
  await explainedWorkbook("seed-001-compact", files[files.length - 1], ["numbering", "category-missing"]);
  files.push(path.join(dir, "损坏.xlsx"));
  fs.copyFileSync(fixturePath("corrupt"), files[files.length - 1]);
  let k = 0;
  for (let round = 0; round < 2; round++) {
    for (const base of VARIANT_BASES) {
      for (const kind of VARIANTS) {
        const dest = path.join(dir, "区县", `${String(k + 1).padStart(2, "0")}-${base}-${kind}.xlsx`);
        await variant(base, kind, k, dest);
        files.push(dest);
        k++;
      }
    }
  }
  return files.sort();
}
