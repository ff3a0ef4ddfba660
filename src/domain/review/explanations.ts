/**
 * Explained findings (已说明): a preparer or reviewer accepts a finding with a reason. Stored inside
 * the workbook so they travel with the file, in a very hidden worksheet `jixiao_explained` (see
 * sheet-names.ts): a header row, then one row per explanation, plain text cells in the order of
 * EXPLANATION_COLUMNS. Matched to findings by business key (rule, sheet, agency, project,
 * indicator; never a row number), so inserting rows above keeps them; when the finding's subject
 * (the amount or text it judged) differs from the one explained, the explanation lapses and the
 * finding is open again. Pure: the pane (Office JavaScript API) and the CLI (ExcelJS) both use this module.
 * Reading stored rows back (with zod) is in explanation-rows.ts, so code that never reads them
 * (a CLI check of a workbook without the sheet) never loads zod.
 */
import type { Finding } from "../finding";
import { encodeStoredText } from "./neutralise";

/** The storage columns, in this fixed order; the header row spells them exactly so. */
export const EXPLANATION_COLUMNS = ["key", "rule", "sheet", "agency", "project", "indicator", "subject", "reason", "by", "at"] as const;
export type ExplanationColumn = (typeof EXPLANATION_COLUMNS)[number];

export const EXPLANATION_COLUMN_LABELS: Record<ExplanationColumn, string> = {
  key: "业务键",
  rule: "规则",
  sheet: "工作表",
  agency: "资金使用单位",
  project: "项目",
  indicator: "指标",
  subject: "说明时的内容",
  reason: "说明理由",
  by: "说明人",
  at: "说明时间",
};

/**
 * Number format for the storage range: text ("@"). An Office JavaScript API writer must set it before writing
 * values, or Excel turns `49.00` into the number 49 and an ISO time into a date, and the subject no
 * longer matches.
 */
export const EXPLANATION_NUMBER_FORMAT = "@";

/** One explanation as stored (explanation-rows.ts validates stored rows into this shape with zod). */
export interface Explanation {
  key: string;
  rule: string;
  sheet: string;
  agency: string | null;
  project: string | null;
  /** the indicator's name, or 第N项 when it has none; null for findings not about an indicator */
  indicator: string | null;
  subject: string;
  reason: string;
  by: string;
  /** ISO time with offset */
  at: string;
}

export interface ExplainedFinding {
  finding: Finding;
  explanation: Explanation;
}

export interface AppliedExplanations {
  /** findings still to deal with, in the order given (lapsed ones included) */
  open: Finding[];
  explained: ExplainedFinding[];
  /** explanations whose finding is back because its subject changed; the finding is in `open` too */
  lapsed: ExplainedFinding[];
  /** explanations no finding matches any more (fixed, or the project renamed) */
  unmatched: Explanation[];
}

/** How a finding names its indicator in an explanation: the name, else 第N项. */
export function indicatorOf(f: Finding): string | null {
  if (!f.indicator) return null;
  if (f.indicator.name) return f.indicator.name;
  return f.indicator.seq !== null ? `第${f.indicator.seq}项` : null;
}

/** The explanation for `finding` (the pane calls this when the user marks it 已说明). */
export function explainFinding(finding: Finding, reason: string, by: string, at: Date | string = new Date()): Explanation {
  return {
    key: finding.key,
    rule: finding.rule,
    sheet: finding.sheet,
    agency: finding.agency,
    project: finding.project,
    indicator: indicatorOf(finding),
    subject: finding.subject,
    reason: reason.trim(),
    by: by.trim(),
    at: typeof at === "string" ? at : at.toISOString(),
  };
}

/** Adds or replaces (same key) one explanation; returns a new list. */
export function upsertExplanation(list: readonly Explanation[], e: Explanation): Explanation[] {
  return [...list.filter((x) => x.key !== e.key), e];
}

/** Reopens a finding: drops its explanation; returns a new list. */
export function removeExplanation(list: readonly Explanation[], key: string): Explanation[] {
  return list.filter((x) => x.key !== key);
}

export function applyExplanations(findings: readonly Finding[], explanations: readonly Explanation[]): AppliedExplanations {
  const byKey = new Map<string, Explanation>();
  for (const e of explanations) {
    const seen = byKey.get(e.key);
    if (!seen || seen.at <= e.at) byKey.set(e.key, e);
  }
  const out: AppliedExplanations = { open: [], explained: [], lapsed: [], unmatched: [] };
  const used = new Set<string>();
  for (const finding of findings) {
    const explanation = byKey.get(finding.key);
    if (!explanation) {
      out.open.push(finding);
      continue;
    }
    used.add(finding.key);
    if (explanation.subject === finding.subject) out.explained.push({ finding, explanation });
    else {
      out.open.push(finding);
      out.lapsed.push({ finding, explanation });
    }
  }
  for (const [key, e] of byKey) if (!used.has(key)) out.unmatched.push(e);
  return out;
}

/** The storage sheet's rows: the header, then one row per explanation, all text. */
export function toRows(explanations: readonly Explanation[]): string[][] {
  const rows: string[][] = [[...EXPLANATION_COLUMNS]];
  for (const e of explanations) rows.push(EXPLANATION_COLUMNS.map((c) => encodeStoredText(e[c] ?? "")));
  return rows;
}
