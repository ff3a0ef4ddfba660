/**
 * SARIF 2.1.0 (OASIS static-analysis results format), so code-scanning tools and dashboards can
 * take a folder review. A workbook cell has no line, so region.startLine is the Excel row and
 * startColumn the column number (A = 1); the sheet, cell and business key are also given as a
 * logical location and as properties, and partialFingerprints carries the business key so tools
 * match a finding across runs even when rows move. Explained findings are results with an
 * accepted external suppression (the reason as its justification); unreadable files are
 * tool execution notifications.
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { fromA1 } from "../../domain/address";
import type { Finding, Severity } from "../../domain/finding";
import { allRules } from "../../domain/rules";
import type { Explanation } from "../../domain/review";
import type { FolderReview } from "../review-model";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const FINGERPRINT = "jixiaoBusinessKey/v1";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

function toolVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "..", "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** A file as a URI reference: relative to `base` (percent-encoded per segment) when under it, else a file: URI. */
export function artifactUri(file: string, base: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(base, path.resolve(file));
  if (!rel.startsWith("..") && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  }
  return { uri: pathToFileURL(path.resolve(file)).href };
}

/** `base` is the folder relative URIs start from (the working directory). */
export function sarifReport(review: FolderReview, base = process.cwd()) {
  const ruleIndex = new Map(allRules.map((r, k) => [r.id, k]));
  const rules = allRules.map((r) => ({
    id: r.id,
    name: r.titleEn,
    shortDescription: { text: r.title },
    fullDescription: { text: r.doc.what },
    help: {
      text: `检查什么：${r.doc.what}\n为什么：${r.doc.why}\n错误示例：${r.doc.bad}\n正确示例：${r.doc.good}`,
      markdown: `**检查什么**：${r.doc.what}\n\n**为什么**：${r.doc.why}\n\n**错误示例**：${r.doc.bad}\n\n**正确示例**：${r.doc.good}`,
    },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { category: r.category, titleEn: r.titleEn },
  }));
  const artifacts = review.files.map((f) => ({ location: artifactUri(f.file, base), mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const results: object[] = [];
  review.files.forEach((f, index) => {
    const artifactLocation = { ...artifacts[index].location, index };
    const result = (x: Finding, explanation?: Explanation) => {
      const at = fromA1(x.cell);
      const out: Record<string, unknown> = {
        ruleId: x.rule,
        level: LEVEL[x.severity],
        message: { text: x.message },
        locations: [
          {
            physicalLocation: { artifactLocation, ...(at ? { region: { startLine: at.row + 1, startColumn: at.col + 1 } } : {}) },
            logicalLocations: [{ name: x.cell, fullyQualifiedName: `${x.sheet}!${x.cell}`, kind: "element" }],
          },
        ],
        partialFingerprints: { [FINGERPRINT]: x.key },
        properties: { sheet: x.sheet, cell: x.cell, agency: x.agency, project: x.project, indicator: x.indicator, businessKey: x.key },
      };
      const k = ruleIndex.get(x.rule);
      if (k !== undefined) out.ruleIndex = k;
      if (review.baseline) out.baselineState = "new";
      if (explanation) {
        out.suppressions = [{ kind: "external", status: "underReview", justification: explanation.reason, properties: { by: explanation.by, at: explanation.at } }];
      }
      return out;
    };
    for (const x of f.findings) if (!(f.error && x.rule === "no-table")) results.push(result(x));
    for (const e of f.explained) results.push(result(e.finding, e.explanation));
  });
  const notifications = review.files.flatMap((f, index) => {
    // what the file could not give is an error; what the reader left out and said so (hidden rows,
    // formulas without a result) is a note: the file was checked
    const messages = [
      ...(f.error ? [f.error] : []).map((text) => ({ level: "error", text })),
      ...f.problems.map((p) => ({ level: "error", text: p.message })),
      ...f.readerNotes.map((n) => ({ level: "note", text: n.message })),
    ];
    return messages.map(({ level, text }) => ({
      level,
      message: { text },
      locations: [{ physicalLocation: { artifactLocation: { ...artifacts[index].location, index } } }],
    }));
  });
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0" as const,
    runs: [
      {
        tool: { driver: { name: "jixiao", version: toolVersion(), rules } },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(base.endsWith(path.sep) ? base : base + path.sep).href } },
        artifacts,
        invocations: [{ executionSuccessful: review.summary.unreadable === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
}
