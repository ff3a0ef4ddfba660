/**
 * A folder of hostile inputs through the compiled CLI, in real worker processes: a workbook whose
 * grid would need 1.6 billion cells, a corrupt one, a FIFO, a dangling link, a link loop, a link
 * to a workbook outside and one to a workbook already in the folder, and names Excel cannot take
 * as sheet names. Every hostile file costs itself alone: exit 2, a Chinese message naming it, the
 * others' results all there, no input changed, and the peak memory of the whole process tree
 * bounded by the per-worker limit (read from the kernel by /usr/bin/time).
 */
import { execFile } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CheckJson } from "../../../src/cli/check-json";
import { fixturePath } from "../../support/fixtures";
import { fifo, hashTree, wideRowsWorkbook } from "../../support/hostile-files";
import { ensureBuilt, ROOT, runCli } from "../run-cli";

jest.setTimeout(240_000);

const MEMORY_LIMIT_MB = 384;
let tmp: string;
let dir: string;
let out: CheckJson;
let stderr: string;
let code: number;
let peakMb: number;
const at = (name: string) => path.join(dir, name);
const entry = (name: string) => out.files.find((f) => f.file === at(name));

/** Runs the CLI under /usr/bin/time: the kernel's peak resident memory of the largest process in the tree. */
function runMeasured(args: string[]): Promise<{ code: number; stdout: string; stderr: string; peakMb: number }> {
  return new Promise((resolve) => {
    execFile("/usr/bin/time", ["-f", "PEAK_KB=%M", process.execPath, path.join(ROOT, "bin", "jixiao.js"), ...args], { maxBuffer: 64 << 20 }, (err, stdout, errText) => {
      const peak = /PEAK_KB=(\d+)/.exec(errText);
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr: errText.replace(/(Command exited[^\n]*\n)?PEAK_KB=\d+\n?$/, ""), peakMb: peak ? Number(peak[1]) / 1024 : NaN });
    });
  });
}

beforeAll(async () => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-hostile-"));
  dir = path.join(tmp, "送审");
  const outside = path.join(tmp, "别处");
  fs.mkdirSync(path.join(dir, "子目录"), { recursive: true });
  fs.mkdirSync(outside);
  fs.copyFileSync(fixturePath("seed-001-compact"), at("a.xlsx"));
  fs.copyFileSync(fixturePath("seed-002-compact"), at("子目录/c.xlsx"));
  fs.copyFileSync(fixturePath("seed-000-agency"), at("History.xlsx"));
  fs.copyFileSync(fixturePath("seed-002-compact"), at("HISTORY.xlsx"));
  fs.copyFileSync(fixturePath("seed-001-compact"), at("预算[2025]:第*稿?.xlsx"));
  fs.copyFileSync(fixturePath("seed-001-compact"), at(`${"很长的文件名".repeat(8)}.xlsx`));
  fs.copyFileSync(fixturePath("corrupt"), at("损坏.xlsx"));
  fs.copyFileSync(fixturePath("seed-000-agency"), path.join(outside, "外部.xlsx"));
  wideRowsWorkbook(at("宽表.xlsx"));
  fifo(at("管道.xlsx"));
  fs.symlinkSync(path.join(outside, "外部.xlsx"), at("链接.xlsx"));
  fs.symlinkSync(at("a.xlsx"), at("同一文件.xlsx"));
  fs.symlinkSync(path.join(tmp, "不存在.xlsx"), at("失效.xlsx"));
  fs.symlinkSync(dir, at("子目录/回环"));
  const before = hashTree(dir);
  const report = path.join(tmp, "报告", "审核意见.xlsx");
  fs.mkdirSync(path.dirname(report));
  const run = await runMeasured(["check", dir, "--format", "json", "--jobs", "2", "--memory-limit", String(MEMORY_LIMIT_MB), "--report", report]);
  ({ code, stderr, peakMb } = run);
  out = JSON.parse(run.stdout) as CheckJson;
  expect(hashTree(dir)).toEqual(before);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  sheetNames = wb.worksheets.map((w) => w.name);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let sheetNames: string[];

describe("jixiao check on a folder of hostile inputs", () => {
  it("reports the workbook that needs a 1.6-billion-cell grid as not read, naming it, and exits 2", () => {
    expect(code).toBe(2);
    expect(entry("宽表.xlsx")?.error).toContain(at("宽表.xlsx"));
    expect(stderr).toContain(`文件“${at("宽表.xlsx")}”`);
  });

  it("checks every other workbook in full, the linked one outside the folder included", () => {
    for (const name of ["a.xlsx", "子目录/c.xlsx", "History.xlsx", "HISTORY.xlsx", "预算[2025]:第*稿?.xlsx", `${"很长的文件名".repeat(8)}.xlsx`, "链接.xlsx"]) {
      const f = entry(name);
      expect([name, f?.error]).toEqual([name, undefined]);
      expect(f!.tables.length).toBeGreaterThan(0);
    }
  });

  it("lists the FIFO and the dangling link as not read without opening them, and the corrupt file as corrupt", () => {
    expect(entry("管道.xlsx")?.error).toBe(`“${at("管道.xlsx")}”不是普通文件（命名管道），未读取。`);
    expect(entry("失效.xlsx")?.error).toBe(`无法读取“${at("失效.xlsx")}”：不存在（可能是失效的链接），已跳过。`);
    expect(entry("损坏.xlsx")?.error).toContain(at("损坏.xlsx"));
    expect(out.summary.unreadable).toBe(4);
    expect(out.summary.files).toBe(out.files.length);
  });

  it("follows links once: the link loop ends and a second name of a checked workbook is not checked again", () => {
    expect(entry("同一文件.xlsx")).toBeUndefined();
    expect(out.files.filter((f) => f.file.includes("回环"))).toEqual([]);
    expect(out.files).toHaveLength(11);
  });

  it("keeps the peak memory of the whole run near the per-worker limit", () => {
    // the worker holding the wide sheet is stopped at the limit; the supervisor itself stays small
    expect(peakMb).toBeLessThan(MEMORY_LIMIT_MB + 256);
  });

  it("names the report's sheets validly and uniquely whatever the file names", () => {
    expect(sheetNames).toHaveLength(1 + out.files.length);
    expect(new Set(sheetNames.map((n) => n.toLowerCase())).size).toBe(sheetNames.length);
    for (const n of sheetNames) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]|^'|'$/);
      expect(n.toLowerCase()).not.toBe("history");
    }
    expect(sheetNames).toEqual(expect.arrayContaining(["HISTORY_", "History_(2)", "预算_2025__第_稿_"]));
  });
});

describe("the per-file time budget", () => {
  it("stops a worker past it, replaces it, and reports each such file as not read", async () => {
    const files = ["a.xlsx", "History.xlsx", "子目录/c.xlsx"].map(at);
    const r = await runCli(["check", ...files, "--jobs", "2", "--time-limit", "0.01", "--format", "json"]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as CheckJson;
    // three files, two workers: every file got a worker, so stopped ones were replaced
    expect(json.files.map((f) => f.error)).toEqual(files.map((f) => `文件“${f}”未能检查：检查用时超过每个文件的限制（0.01 秒），已停止。文件可能过大或内容异常；确需检查可用 --time-limit 放宽。`));
  });
});
