/**
 * `jixiao check`: JSON and text output, exit codes 0/1/2, folders, and bad inputs reported in
 * Chinese naming the file (and sheet and cell) while the other files are still checked.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { allRules } from "../../src/domain/rules";
import { ensureBuilt, fx, runCli } from "./run-cli";

interface CheckOutput {
  version: number;
  files: {
    file: string;
    tables: { sheet: string; layout: string; moneyUnit: string | null; projects: number; agencies: number; indicators: number }[];
    findings: {
      rule: string;
      severity: string;
      sheet: string;
      cell: string;
      agency: string | null;
      project: string | null;
      indicator: unknown;
      message: string;
      key: string;
      span?: { cell: string; start: number; end: number };
      fix?: { cell: string; start: number; end: number; replacement: string; description: string };
      expected?: string;
      actual?: string;
      difference?: string;
      parts?: { cell: string; name: string; amount: string }[];
    }[];
    error?: string;
    problems?: { sheet: string; cell: string; message: string }[];
  }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

// every test runs the CLI, which starts worker processes for two files or more: slow on a busy machine
jest.setTimeout(60_000);

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-cli-"));
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function checkJson(...args: string[]) {
  const r = await runCli(["check", "--format", "json", ...args]);
  return { ...r, out: JSON.parse(r.stdout) as CheckOutput };
}

describe("jixiao check --format json", () => {
  it("summarises each table and lists findings with rule, cell, agency and project; errors exit 1", async () => {
    const { code, out, stderr } = await checkJson(fx("seed-002-compact.xlsx"));
    expect(stderr).toBe("");
    expect(out.files[0].tables).toEqual([
      { sheet: "项目支出绩效目标表", layout: "compact", moneyUnit: "万元", projects: 17, agencies: 2, indicators: 54 },
    ]);
    const sub = out.files[0].findings.find((f) => f.rule === "subtotal-mismatch")!;
    expect(sub).toMatchObject({ severity: "warning", sheet: "项目支出绩效目标表", cell: "B6", agency: "广州市工商业联合会", project: null });
    // issue 2's fields and the key, then the money data issue 3 gives a finding: the rows of the sum
    expect(Object.keys(sub)).toEqual(["rule", "severity", "sheet", "cell", "agency", "project", "indicator", "message", "key", "expected", "actual", "difference", "parts"]);
    expect(sub).toMatchObject({ expected: "563.38", actual: "563.39", difference: "0.01" });
    expect(sub.parts).toHaveLength(13);
    expect(sub.parts![0]).toEqual({ cell: "B7", name: "工作经费", amount: "12.00" });
    expect(sub.key).toBe("subtotal-mismatch|项目支出绩效目标表|广州市工商业联合会||总计");
    const s = out.files[0].findings.reduce((n, f) => n + (f.severity === "error" ? 1 : 0), 0);
    expect(out.summary).toMatchObject({ files: 1, errors: s });
    expect(code).toBe(1);
  });

  it("gives each fix as data that points into the cell's own text (seed 001)", async () => {
    const file = fx("seed-001-compact.xlsx");
    const { out } = await checkJson(file);
    const wb = await new ExcelJS.Workbook().xlsx.readFile(file);
    const textOf = (cell: string) => String(wb.getWorksheet("项目支出绩效目标表")!.getCell(cell).value);
    const fixes = out.files[0].findings.filter((f) => f.fix);
    const typo = fixes.find((f) => f.rule === "text-typo" && f.indicator === null)!;
    expect(typo.fix).toMatchObject({ cell: typo.cell, replacement: "二十大", description: "将“二十大大”改为“二十大”" });
    expect(textOf(typo.cell).slice(typo.fix!.start, typo.fix!.end)).toBe("二十大大");
    // seed 001 writes ≧: the fix rewrites both values of the indicator in one replacement
    const symbol = fixes.find((f) => f.rule === "nonstandard-symbol")!;
    const { start, end, replacement } = symbol.fix!;
    expect(textOf(symbol.cell).slice(start, end)).toBe(replacement.replace(/≥/g, "≧"));
    expect(replacement).toContain("≥");
    // findings without a fix or a span carry no such keys
    expect(out.files[0].findings.filter((f) => f.rule === "duplicate-goal").every((f) => !("fix" in f) && !("span" in f))).toBe(true);
  });

  it("exits 0 when no error is left, with the config turning every rule into a warning", async () => {
    const config = path.join(tmp, "warnings.json");
    fs.writeFileSync(config, JSON.stringify({ rules: Object.fromEntries(allRules.map((r) => [r.id, "warning"])) }));
    const { code, out } = await checkJson("--config", config, fx("seed-001-compact.xlsx"));
    expect(out.summary.errors).toBe(0);
    expect(out.summary.warnings).toBeGreaterThan(0);
    expect(code).toBe(0);
  });

  it("reports a workbook's #REF! cells naming the file, sheet and cell, and exits 2", async () => {
    const { code, out, stderr } = await checkJson(fx("ref-errors.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toContain("ref-errors.xlsx");
    expect(stderr).toContain("工作表“项目支出绩效目标表”单元格 F14");
    expect(stderr).toContain("#REF!");
    expect(out.files[0].problems?.map((p) => p.cell)).toEqual(["F14"]);
    const money = out.files[0].findings.filter((f) => f.rule === "amount-not-number").map((f) => f.cell);
    expect(money).toEqual(["B4", "C4", "B7", "C7"]);
  });

  it("reads a 30,000-character cell without failing", async () => {
    const { code, out, stderr } = await checkJson(fx("long-cell.xlsx"));
    expect(stderr).toBe("");
    expect(code).not.toBe(2);
    expect(out.files[0].tables[0]).toMatchObject({ projects: 17, agencies: 2 });
  });
});

describe("bad inputs", () => {
  it.each([
    ["corrupt.xlsx", "已损坏"],
    ["encrypted.xlsx", "已加密"],
    ["not-a-workbook.xlsx", "不是 xlsx 工作簿"],
    ["empty.xlsx", "未找到绩效目标表"],
  ])("%s: a Chinese message naming the file, exit 2, and the next file is still checked", async (name, words) => {
    const { code, out, stderr } = await checkJson(fx(name), fx("seed-001-compact.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toContain(fx(name));
    expect(stderr).toContain(words);
    expect(out.files[0].error).toContain(words);
    expect(out.files[1].tables[0]).toMatchObject({ projects: 9, agencies: 1, indicators: 40 });
    expect(out.summary.files).toBe(2);
  });

  it("names the sheets of a workbook without a table", async () => {
    const { stderr } = await checkJson(fx("empty.xlsx"));
    expect(stderr).toContain("“Sheet1”");
    expect(stderr).toContain("“说明”");
  });

  it("says a 0-byte file is empty, and a missing file is missing", async () => {
    const empty = path.join(tmp, "零字节.xlsx");
    fs.writeFileSync(empty, "");
    const missing = path.join(tmp, "不存在.xlsx");
    const { code, stderr } = await checkJson(empty, missing);
    expect(code).toBe(2);
    expect(stderr).toContain(`文件“${empty}”是空文件`);
    expect(stderr).toContain(`找不到文件“${missing}”`);
  });

  it("rejects a bad option or config in Chinese with exit 2", async () => {
    const bad = path.join(tmp, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ profile: "old" }));
    const r1 = await runCli(["check", "--config", bad, fx("seed-001-compact.xlsx")]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain(`配置文件“${bad}”`);
    expect(r1.stderr).toContain("profile");
    const r2 = await runCli(["check", "--profile", "old", fx("seed-001-compact.xlsx")]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("选项 --profile");
  });
});

describe("folders", () => {
  it("checks every .xlsx under a folder, recursively, skipping Excel's ~$ lock files", async () => {
    const dir = path.join(tmp, "目录");
    fs.mkdirSync(path.join(dir, "子目录"), { recursive: true });
    fs.copyFileSync(fx("seed-001-compact.xlsx"), path.join(dir, "白云区.xlsx"));
    fs.copyFileSync(fx("seed-000-agency.xlsx"), path.join(dir, "子目录", "花都区.xlsx"));
    fs.writeFileSync(path.join(dir, "~$白云区.xlsx"), "lock");
    fs.writeFileSync(path.join(dir, "说明.txt"), "不是工作簿");
    const { code, out, stderr } = await checkJson(dir);
    expect(stderr).toBe("");
    expect(code).not.toBe(2);
    expect(out.files.map((f) => path.relative(dir, f.file))).toEqual(["子目录/花都区.xlsx", "白云区.xlsx"].sort());
  });

  it("checks the whole fixtures folder: the bad files exit 2, the good ones are all read", async () => {
    const { code, out } = await checkJson(path.join("test", "fixtures"));
    expect(code).toBe(2);
    const unreadable = out.files.filter((f) => f.error).map((f) => path.basename(f.file));
    expect(unreadable.sort()).toEqual(["corrupt.xlsx", "empty.xlsx", "encrypted.xlsx", "not-a-workbook.xlsx"]);
    expect(out.files.filter((f) => !f.error).every((f) => f.tables.length > 0)).toBe(true);
  });
});

describe("jixiao check --format text", () => {
  it("groups findings by sheet, agency and project, each line with its cell and rule", async () => {
    const { code, stdout } = await runCli(["check", fx("seed-002-compact.xlsx")]);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(`文件：${fx("seed-002-compact.xlsx")}`);
    expect(stdout).toContain("资金使用单位 2 个，项目 17 个，绩效指标 54 条");
    const agency = lines.indexOf("    资金使用单位：广州市工商业联合会");
    const project = lines.indexOf("      项目：工作经费");
    expect(agency).toBeGreaterThan(0);
    expect(project).toBeGreaterThan(agency);
    expect(lines.slice(agency, project).some((l) => /^ {6}\[警告\] B6 subtotal-mismatch：/.test(l))).toBe(true);
    expect(lines[project + 1]).toMatch(/^ {8}\[(错误|警告|提示)\] [A-Z]+7 [a-z-]+：/);
    expect(lines.indexOf("    资金使用单位：广州市民营企业投诉中心")).toBeGreaterThan(project);
    expect(stdout.trimEnd().split("\n").pop()).toMatch(/^共检查 1 个文件：错误 \d+ 条，警告 \d+ 条，提示 \d+ 条。$/);
  });
});
