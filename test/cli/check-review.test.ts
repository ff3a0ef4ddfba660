/**
 * `jixiao check` with reports and a baseline, run in-process (runCheck with captured output, no
 * child process): --baseline keeps only new findings and counts the fixed ones; explained findings
 * are listed apart in the text output; bad --report and --baseline arguments are refused in Chinese.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkOneFile } from "../../src/cli/check-file";
import type { CheckJson } from "../../src/cli/check-json";
import { runCheck, type CheckOptions } from "../../src/cli/commands/check";
import { fixturePath } from "../support/fixtures";
import { explainedWorkbook } from "./review-workbooks";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-review-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function check(paths: string[], opts: CheckOptions) {
  let out = "";
  let err = "";
  const code = await runCheck(paths, opts, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

async function setCells(file: string, values: Record<string, ExcelJS.CellValue>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const [a1, v] of Object.entries(values)) wb.worksheets[0].getCell(a1).value = v;
  await wb.xlsx.writeFile(file);
}

describe("--baseline", () => {
  it("shows only what is new since the earlier report, matched by file name and business key, and counts what was fixed", async () => {
    const first = path.join(tmp, "第一轮");
    const second = path.join(tmp, "第二轮");
    fs.mkdirSync(first);
    fs.mkdirSync(second);
    for (const dir of [first, second]) {
      fs.copyFileSync(fixturePath("seed-002-compact"), path.join(dir, "市工商联.xlsx"));
      fs.copyFileSync(fixturePath("seed-001-compact"), path.join(dir, "白云区.xlsx"));
    }
    const base = path.join(tmp, "第一轮.json");
    const r1 = await check([first], { report: [base] });
    expect(r1.code).toBe(1);
    // the resubmission: 工作经费 12 → 12.01 makes the subtotal add up; a goal left blank is new
    await setCells(path.join(second, "市工商联.xlsx"), { B7: 12.01, C7: 12.01 });
    await setCells(path.join(second, "白云区.xlsx"), { F6: null });
    // rows inserted above in the resubmission do not make old findings look new
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(second, "白云区.xlsx"));
    wb.worksheets[0].spliceRows(4, 0, []);
    await wb.xlsx.writeFile(path.join(second, "白云区.xlsx"));

    const { code, out } = await check([second], { format: "json", baseline: base });
    const json = JSON.parse(out) as CheckJson;
    const before = JSON.parse(fs.readFileSync(base, "utf8")) as CheckJson;
    const keys = (j: CheckJson, name: string) => j.files.find((f) => path.basename(f.file) === name)!.findings.map((f) => f.key);
    const now = await Promise.all(["市工商联.xlsx", "白云区.xlsx"].map((n) => checkOneFile(path.join(second, n), {})));
    const fresh = now.flatMap((f) => f.findings.filter((x) => !keys(before, path.basename(f.file)).includes(x.key)).map((x) => x.key));
    const fixed = ["市工商联.xlsx", "白云区.xlsx"].flatMap((n, k) => keys(before, n).filter((key) => !now[k].findings.some((x) => x.key === key)));
    expect(fixed).toContain("subtotal-mismatch|项目支出绩效目标表|广州市工商业联合会||总计");
    expect(fresh.some((k) => k.startsWith("goal-missing|"))).toBe(true);
    expect(json.files.flatMap((f) => f.findings.map((x) => x.key))).toEqual(fresh);
    expect(json.baseline).toEqual({ file: base, new: fresh.length, fixed: fixed.length, unchanged: now.reduce((n, f) => n + f.findings.length, 0) - fresh.length });
    const newErrors = json.files.flatMap((f) => f.findings).filter((f) => f.severity === "error").length;
    expect(json.summary.errors).toBe(newErrors);
    expect(code).toBe(newErrors > 0 ? 1 : 0);

    const text = await check([second], { baseline: base });
    expect(text.out).toContain(`与基线“${base}”相比：新增 ${fresh.length} 条，已修正 ${fixed.length} 条`);
  });

  it("refuses a baseline that cannot be read or is not a JSON report, in Chinese, exit 2", async () => {
    const missing = await check([fixturePath("seed-001-compact")], { baseline: path.join(tmp, "没有.json") });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("无法读取基线文件");
    const notReport = path.join(tmp, "config.json");
    fs.writeFileSync(notReport, JSON.stringify({ profile: "auto" }));
    const bad = await check([fixturePath("seed-001-compact")], { baseline: notReport });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`基线文件“${notReport}”不是 jixiao check 的 JSON 报告`);
    expect(bad.out).toBe("");
  });
});

describe("reports", () => {
  it("refuses an unknown report format before checking anything", async () => {
    const r = await check([fixturePath("seed-001-compact")], { report: [path.join(tmp, "审核.pdf")] });
    expect(r.code).toBe(2);
    expect(r.err).toContain("无法识别报告");
    expect(r.err).toContain(".xlsx、.html、.json、.sarif、.csv");
    expect(r.out).toBe("");
  });

  it("says in Chinese when a report cannot be written, still prints the review, and exits 2", async () => {
    const target = path.join(tmp, "不存在的目录", "审核.html");
    const r = await check([fixturePath("seed-001-compact")], { report: [target] });
    expect(r.code).toBe(2);
    expect(r.err).toContain(`无法写入报告“${target}”`);
    expect(r.out).toContain("共检查 1 个文件");
  });
});

describe("text output", () => {
  it("lists explained findings apart with reason, who and when, and counts them", async () => {
    const file = path.join(tmp, "说明.xlsx");
    await explainedWorkbook("seed-001-compact", file, ["numbering", "category-missing"], "上年已报备");
    const r = await check([file, fixturePath("seed-002-compact")], {});
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    const at = lines.indexOf("  已说明（2 条，填报人的陈述，未经审核）：");
    expect(at).toBeGreaterThan(0);
    const block = lines.slice(at + 1, at + 5);
    expect(block.filter((l, k) => k % 2 === 0).map((l) => /^ {4}\[(?:错误|警告|提示)\] G\d+ ([a-z-]+)：/.exec(l)?.[1]).sort()).toEqual(["category-missing", "numbering"]);
    for (const l of block.filter((_, k) => k % 2 === 1)) expect(l).toMatch(/^ {6}填报人陈述：上年已报备（张三，2025-03-0[12] \d\d:\d\d）$/);
    expect(r.out).toMatch(/本文件：错误 \d+ 条，警告 \d+ 条，提示 \d+ 条，已说明 2 条/);
    expect(r.out).toContain("按文件汇总：");
    expect(r.out).toContain("按资金使用单位汇总：");
    expect(lines.find((l) => l.includes("说明.xlsx") && /\s2$/.test(l))).toBeDefined();
    expect(r.out.trimEnd().split("\n").pop()).toMatch(/^共检查 2 个文件：错误 \d+ 条，警告 \d+ 条，提示 \d+ 条，已说明 2 条。$/);
  });
});
