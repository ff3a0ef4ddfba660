/**
 * A folder review through the compiled CLI: 50 workbooks (the seed fixtures and generated
 * variants, two with explained findings, one unreadable) checked across worker threads, with every
 * report written in one run. The counts must equal those of checking each file on its own.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkOneFile, type CheckedFile } from "../../src/cli/check-file";
import type { CheckJson } from "../../src/cli/check-json";
import { tally, tallyByAgency } from "../../src/domain/review";
import { buildReviewFolder } from "./review-workbooks";
import { ensureBuilt, runCli, type CliResult } from "./run-cli";

let tmp: string;
let dir: string;
let files: string[];
let run: CliResult;
let out: CheckJson;
let single: Map<string, CheckedFile>;
const report = (ext: string) => path.join(tmp, `review.${ext}`);

beforeAll(async () => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-folder-"));
  dir = path.join(tmp, "送审");
  files = await buildReviewFolder(dir);
  const reports = ["json", "html", "sarif", "xlsx", "csv"].flatMap((ext) => ["--report", report(ext)]);
  run = await runCli(["check", dir, "--format", "json", ...reports]);
  out = JSON.parse(run.stdout) as CheckJson;
  single = new Map();
  for (const f of files) single.set(f, await checkOneFile(f, {}));
}, 240_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("jixiao check DIR (50 workbooks)", () => {
  it("checks every workbook under the folder, reports the unreadable one and exits 2", () => {
    expect(files).toHaveLength(50);
    expect(out.files.map((f) => f.file).sort()).toEqual(files);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`文件“${path.join(dir, "损坏.xlsx")}”已损坏`);
    expect(out.summary.unreadable).toBe(1);
    expect(out.files.filter((f) => f.error).map((f) => path.basename(f.file))).toEqual(["损坏.xlsx"]);
  });

  it("counts per file what a check of that file alone finds, explained ones apart", () => {
    for (const f of out.files) {
      const alone = single.get(f.file)!;
      expect(f.summary).toEqual(tally(alone.findings, alone.explained));
      expect(f.findings.map((x) => x.key)).toEqual(alone.findings.map((x) => x.key));
      expect(f.explained.map((x) => x.key)).toEqual(alone.explained.map((x) => x.finding.key));
      expect(f.tables).toEqual(alone.tables);
    }
    const explained = out.files.filter((f) => f.explained.length).map((f) => [path.basename(path.dirname(f.file)), path.basename(f.file), f.explained.length]);
    expect(explained).toEqual([["已说明", "市工商联.xlsx", 3], ["已说明", "白云区.xlsx", 2]]);
  });

  it("sums the files into the totals and the per-agency lines", () => {
    const sum = (k: "errors" | "warnings" | "infos" | "explained" | "explainedErrors") => [...single.values()].reduce((n, f) => n + tally(f.findings, f.explained)[k], 0);
    expect(out.summary).toEqual({ files: 50, unreadable: 1, errors: sum("errors"), warnings: sum("warnings"), infos: sum("infos"), explained: sum("explained"), explainedErrors: sum("explainedErrors") });
    expect(out.summary.errors).toBeGreaterThan(100);
    const agencies = files.flatMap((file) => tallyByAgency(single.get(file)!.findings, single.get(file)!.explained).map((a) => ({ file, ...a })));
    const byKey = (a: { file: string; agency: string | null }) => `${a.file}|${a.agency}`;
    expect([...out.agencies].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual(agencies.sort((a, b) => byKey(a).localeCompare(byKey(b))));
  });

  it("writes the same JSON as a report, and every other report", async () => {
    expect(JSON.parse(fs.readFileSync(report("json"), "utf8"))).toEqual(out);
    const html = fs.readFileSync(report("html"), "utf8");
    expect(html).toContain("<h2>按资金使用单位汇总</h2>");
    expect(html).not.toMatch(/<script/i);
    const sarif = JSON.parse(fs.readFileSync(report("sarif"), "utf8"));
    const shown = out.files.reduce((n, f) => n + f.findings.filter((x) => !(f.error && x.rule === "no-table")).length + f.explained.length, 0);
    expect(sarif.runs[0].results).toHaveLength(shown);
    const csv = fs.readFileSync(report("csv"), "utf8").trimEnd().split("\r\n");
    expect(csv.length).toBeGreaterThan(shown);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report("xlsx"));
    expect(wb.worksheets).toHaveLength(51);
    expect(wb.worksheets[0].name).toBe("汇总");
  });
});
