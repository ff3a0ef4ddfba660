/**
 * The reports of a folder review, written in-process from real checks: HTML escaping and offline
 * use, SARIF 2.1.0 shape (validated against a zod schema of what we emit), CSV and XLSX with
 * formula injection neutralised.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { z } from "zod";
import { checkOneFile } from "../../src/cli/check-file";
import { csvReport, CSV_HEADERS } from "../../src/cli/report/csv";
import { esc, htmlReport } from "../../src/cli/report/html";
import { FINGERPRINT, SARIF_SCHEMA, sarifReport } from "../../src/cli/report/sarif";
import { writeReport } from "../../src/cli/report/write";
import { buildReview, type FolderReview } from "../../src/cli/review-model";
import { allRules } from "../../src/domain/rules";
import { fixturePath } from "../support/fixtures";
import { AT_PROJECT, explainedWorkbook, FORMULA_PROJECT, HOSTILE_AGENCY, hostileWorkbook, QUOTES_PROJECT, SCRIPT_PROJECT } from "./review-workbooks";

let tmp: string;
let review: FolderReview;
let hostile: string;
let explained: string;
let corrupt: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-reports-"));
  hostile = path.join(tmp, "特殊字符.xlsx");
  explained = path.join(tmp, "子目录", "已说明 #1.xlsx");
  corrupt = path.join(tmp, "损坏.xlsx");
  await hostileWorkbook(hostile);
  await explainedWorkbook("seed-001-compact", explained, ["numbering"], "=编号沿用上年，已向财政局报备");
  fs.copyFileSync(fixturePath("corrupt"), corrupt);
  const checked = [];
  for (const f of [hostile, explained, corrupt]) checked.push(await checkOneFile(f, {}));
  review = buildReview(checked);
}, 60_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("HTML report", () => {
  it("escapes every cell text: tags, ampersands and quotes", () => {
    const html = htmlReport(review);
    expect(html).not.toContain(SCRIPT_PROJECT);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("项目：&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain(`资金使用单位：广州市“民营”企业 &amp; &lt;投诉&gt; &#39;中心&#39;`);
    expect(html).toContain(`项目：-2+3 &quot;引号&quot; &amp; &#39;单引号&#39;`);
    expect(html).not.toContain(HOSTILE_AGENCY);
    expect(esc(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("opens offline: inline CSS only, nothing fetched, a policy that forbids it", () => {
    const html = htmlReport(review);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/https?:\/\/|url\(|@import|\bsrc=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => /^#file-\d+$/.test(h))).toBe(true);
  });

  it("reads as a report: Chinese headings, summary tables, findings by file → sheet → agency → project, explained apart", () => {
    const html = htmlReport(review);
    const order = ["<h1>绩效目标表审核报告</h1>", "<h2>按文件汇总</h2>", "<h2>按资金使用单位汇总</h2>", "<h2>问题明细</h2>"].map((h) => html.indexOf(h));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]))).toBe(true);
    const section = html.slice(html.indexOf(`<h3>文件：${esc(hostile)}</h3>`));
    const steps = ["<h4>工作表“项目支出绩效目标表”", "<h5>资金使用单位：广州市工商业联合会</h5>", "<h6>项目：&lt;script&gt;"].map((h) => section.indexOf(h));
    expect(steps.every((i, k) => i >= 0 && (k === 0 || i > steps[k - 1]))).toBe(true);
    expect(html).toContain("<h4>已说明的问题（1 条）</h4>");
    expect(html).toContain("=编号沿用上年，已向财政局报备");
    expect(html).toContain(`<p class="box">无法检查：${esc(review.files[2].error!)}</p>`);
  });
});

const Text = z.object({ text: z.string().min(1) }).strict();
const ArtifactLocation = z.object({ uri: z.string().min(1), uriBaseId: z.literal("%SRCROOT%").optional(), index: z.number().int().min(0).optional() }).strict();
const SarifSchema = z
  .object({
    $schema: z.literal(SARIF_SCHEMA),
    version: z.literal("2.1.0"),
    runs: z
      .array(
        z.object({
          tool: z.object({
            driver: z.object({
              name: z.literal("jixiao"),
              version: z.string().regex(/^\d+\.\d+\.\d+/),
              rules: z.array(
                z.object({
                  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
                  name: z.string(),
                  shortDescription: Text,
                  fullDescription: Text,
                  help: z.object({ text: z.string().min(1), markdown: z.string().min(1) }).strict(),
                  defaultConfiguration: z.object({ level: z.enum(["error", "warning", "note"]) }).strict(),
                  properties: z.record(z.string(), z.unknown()),
                }).strict(),
              ),
            }).strict(),
          }).strict(),
          originalUriBaseIds: z.object({ "%SRCROOT%": z.object({ uri: z.string().regex(/^file:\/\/.*\/$/) }) }),
          artifacts: z.array(z.object({ location: ArtifactLocation, mimeType: z.string() }).strict()),
          invocations: z.array(
            z.object({
              executionSuccessful: z.boolean(),
              toolExecutionNotifications: z.array(
                z.object({ level: z.enum(["error", "warning", "note"]), message: Text, locations: z.array(z.object({ physicalLocation: z.object({ artifactLocation: ArtifactLocation }).strict() })) }).strict(),
              ),
            }).strict(),
          ),
          results: z.array(
            z.object({
              ruleId: z.string(),
              ruleIndex: z.number().int().min(0),
              level: z.enum(["error", "warning", "note"]),
              message: Text,
              locations: z.array(
                z.object({
                  physicalLocation: z.object({ artifactLocation: ArtifactLocation, region: z.object({ startLine: z.number().int().min(1), startColumn: z.number().int().min(1) }).strict() }).strict(),
                  logicalLocations: z.array(z.object({ name: z.string(), fullyQualifiedName: z.string(), kind: z.string() }).strict()).min(1),
                }).strict(),
              ).length(1),
              partialFingerprints: z.record(z.string(), z.string()),
              properties: z.object({ sheet: z.string(), cell: z.string(), agency: z.string().nullable(), project: z.string().nullable(), indicator: z.unknown(), businessKey: z.string().min(1) }).strict(),
              baselineState: z.enum(["new", "unchanged", "updated", "absent"]).optional(),
              suppressions: z.array(z.object({ kind: z.literal("external"), status: z.literal("underReview"), justification: z.string().min(1), properties: z.object({ by: z.string(), at: z.string() }) }).strict()).optional(),
            }).strict(),
          ),
        }).strict(),
      )
      .length(1),
  })
  .strict();

describe("SARIF report", () => {
  const sarif = () => SarifSchema.parse(JSON.parse(JSON.stringify(sarifReport(review, tmp))));

  it("has the SARIF 2.1.0 shape, with every rule documented", () => {
    const run = sarif().runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(allRules.map((r) => r.id));
    const numbering = run.tool.driver.rules.find((r) => r.id === "numbering")!;
    const doc = allRules.find((r) => r.id === "numbering")!.doc;
    expect(numbering.fullDescription.text).toBe(doc.what);
    expect(numbering.help.text).toContain(doc.bad);
  });

  it("gives each result its rule, level, file, cell, and the business key as a fingerprint", () => {
    const run = sarif().runs[0];
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.partialFingerprints[FINGERPRINT]).toBe(r.properties.businessKey);
      expect(r.locations[0].logicalLocations[0].fullyQualifiedName).toBe(`${r.properties.sheet}!${r.properties.cell}`);
    }
    const sub = run.results.find((r) => r.ruleId === "subtotal-mismatch")!;
    expect(sub.level).toBe("warning"); // a 尾差 within rounding (issue 14)
    expect(sub.locations[0].physicalLocation.region).toEqual({ startLine: 6, startColumn: 2 });
    expect(decodeURIComponent(sub.locations[0].physicalLocation.artifactLocation.uri)).toBe("特殊字符.xlsx");
    expect(run.results.filter((r) => r.level === "note").length).toBe(review.files[0].findings.filter((f) => f.severity === "info").length + review.files[1].findings.filter((f) => f.severity === "info").length);
  });

  it("marks explained findings as suppressions under review (the preparer’s claim, not an approval) and unreadable files as notifications", () => {
    const run = sarif().runs[0];
    const suppressed = run.results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressions![0]).toMatchObject({ justification: "=编号沿用上年，已向财政局报备", properties: { by: "张三" } });
    expect(suppressed[0].locations[0].physicalLocation.artifactLocation.uri).toBe(`${encodeURIComponent("子目录")}/${encodeURIComponent("已说明 #1.xlsx")}`);
    const notes = run.invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0].message.text).toContain("已损坏");
    expect(run.invocations[0].executionSuccessful).toBe(false);
  });
});

/** RFC 4180 lines (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe("CSV report", () => {
  it("has one line per finding and per unreadable file, every field safe from formula injection", () => {
    const text = csvReport(review);
    expect(text.startsWith("\ufeff")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(CSV_HEADERS);
    expect(rows.every((r) => r.length === CSV_HEADERS.length)).toBe(true);
    const body = rows.slice(1);
    const findings = review.files.reduce((n, f) => n + f.findings.length + f.explained.length, 0);
    expect(body).toHaveLength(findings + 1);
    for (const r of body) for (const field of r) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    const col = (name: string) => CSV_HEADERS.indexOf(name);
    const projects = new Set(body.map((r) => r[col("项目")]));
    expect(projects).toContain(`'${FORMULA_PROJECT}`);
    expect(projects).toContain(`'${AT_PROJECT}`);
    expect(projects).toContain(`'${QUOTES_PROJECT}`);
    expect(projects).toContain(SCRIPT_PROJECT);
    const done = body.find((r) => r[col("状态")] === "已说明")!;
    expect(done[col("说明理由")]).toBe("'=编号沿用上年，已向财政局报备");
    expect(body.find((r) => r[col("状态")] === "无法读取")![col("文件")]).toBe(corrupt);
  });
});

describe("XLSX report", () => {
  it("writes a summary and one review sheet per file, with no formula but the links and every text neutralised", async () => {
    const file = path.join(tmp, "审核意见.xlsx");
    await writeReport(review, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "特殊字符", "已说明 #1", "损坏"]);
    const strings: string[] = [];
    const formulas: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.formula) formulas.push(c.formula);
          else if (typeof c.value === "string") strings.push(c.value);
        }),
      ),
    );
    expect(formulas.length).toBeGreaterThan(50);
    expect(formulas.every((f) => f.startsWith("HYPERLINK(\""))).toBe(true);
    expect(strings.filter((s) => /^[=+\-@\t\r]/.test(s))).toEqual([]);
    expect(strings).toContain(`'${FORMULA_PROJECT}`);
    expect(strings).toContain(`'${AT_PROJECT}`);
    expect(strings).toContain(SCRIPT_PROJECT);

    const ws = wb.getWorksheet("特殊字符")!;
    expect(ws.getRow(4).values).toEqual([undefined, "序号", "资金使用单位", "项目", "单元格", "规则", "严重程度", "说明", "审核意见"]);
    expect(ws.getCell("D5").formula).toBe(`HYPERLINK("特殊字符.xlsx#'项目支出绩效目标表'!B6","项目支出绩效目标表!B6")`);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: "4:4" });
    expect(ws.getCell("A4").font?.bold).toBe(true);
    expect(ws.getCell("A5").border?.top?.style).toBe("thin");

    const done = wb.getWorksheet("已说明 #1")!;
    const texts: string[] = [];
    done.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))));
    expect(texts).toContain("已说明的问题（1 条）");
    expect(texts.some((t) => t.endsWith("说明理由：=编号沿用上年，已向财政局报备"))).toBe(true);

    const summary = wb.getWorksheet("汇总")!;
    expect(summary.getCell("B5").formula).toBe(`HYPERLINK("#'特殊字符'!A1","${hostile}")`);
    expect(summary.getRow(7).getCell(7).value).toContain("无法完整读取");
  });
});
