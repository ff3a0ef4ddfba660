/**
 * Explained findings (已说明): a preparer or reviewer accepts a finding with a reason. Stored inside
 * the workbook so they travel with the file, in a very hidden worksheet `jixiao_explained` (see
 * sheet-names.ts): a header row, then one row per explanation, plain text cells in the order of
 * EXPLANATION_COLUMNS. Matched to findings by business key (rule, sheet, agency, project,
 * indicator; never a row number), so inserting rows above keeps them; when the finding's subject
 * (the amount or text it judged) differs from the one explained, the explanation lapses and the
 * finding is open again. Pure: the pane (Office JavaScript API) and the CLI (ExcelJS) both use this module.
 */
import { z } from "zod";
import type { Finding } from "../finding";
import type { CellValue, WorkbookGrid } from "../grid";
import { decodeStoredText, encodeStoredText } from "./neutralise";
import { EXPLAINED_SHEET } from "./sheet-names";

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

const nonEmpty = (label: string) => z.string().trim().min(1, { error: `${label}为空` });

export const ExplanationSchema = z.object({
  key: nonEmpty("业务键（key）"),
  rule: nonEmpty("规则（rule）"),
  sheet: z.string(),
  agency: z.string().nullable(),
  project: z.string().nullable(),
  /** the indicator's name, or 第N项 when it has none; null for findings not about an indicator */
  indicator: z.string().nullable(),
  subject: z.string(),
  reason: nonEmpty("说明理由（reason）"),
  by: z.string(),
  at: z.iso.datetime({ offset: true, error: (iss) => `说明时间（at）“${String(iss.input)}”不是 ISO 时间，如 2025-03-01T09:30:00.000Z` }),
});

export type Explanation = z.infer<typeof ExplanationSchema>;

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

export interface ReadExplanations {
  explanations: Explanation[];
  /** Chinese, one per bad row (or a bad header), naming the sheet and row */
  problems: string[];
}

const NULLABLE: ReadonlySet<ExplanationColumn> = new Set(["agency", "project", "indicator"]);

/**
 * Reads the storage sheet's rows back. Never throws: a bad row is left out and described in
 * `problems`. Columns are found by their header, so a later version may add columns.
 * `originRow` is the 0-based sheet row of rows[0] (SheetGrid.originRow), for the row numbers in messages.
 */
export function fromRows(rows: readonly (readonly CellValue[] | null | undefined)[], originRow = 0): ReadExplanations {
  const problems: string[] = [];
  const explanations: Explanation[] = [];
  const where = (r: number) => `工作表“${EXPLAINED_SHEET}”第${originRow + r + 1}行`;
  const headerAt = rows.findIndex((r) => !isBlankRow(r));
  if (headerAt < 0) return { explanations, problems };
  const header = (rows[headerAt] ?? []).map((v) => text(v).trim());
  const colOf = new Map<ExplanationColumn, number>();
  for (const c of EXPLANATION_COLUMNS) {
    const at = header.indexOf(c);
    if (at >= 0) colOf.set(c, at);
  }
  const missing = EXPLANATION_COLUMNS.filter((c) => !colOf.has(c));
  if (missing.length) {
    const names = missing.map((c) => `${c}（${EXPLANATION_COLUMN_LABELS[c]}）`).join("、");
    problems.push(`${where(headerAt)}：表头缺少列 ${names}，已说明的问题无法读取。`);
    return { explanations, problems };
  }
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    const raw: Record<string, string | null> = {};
    for (const c of EXPLANATION_COLUMNS) {
      const v = decodeStoredText(text(row?.[colOf.get(c)!]));
      raw[c] = NULLABLE.has(c) && v.trim() === "" ? null : v;
    }
    const parsed = ExplanationSchema.safeParse(raw);
    if (parsed.success) explanations.push(parsed.data);
    else problems.push(`${where(r)}：${parsed.error.issues.map(issueText).join("；")}，该条说明已忽略。`);
  }
  return { explanations, problems };
}

/** The explanations stored in a workbook (none when it has no storage sheet). */
export function explanationsFromWorkbook(grid: WorkbookGrid): ReadExplanations {
  const sheet = grid.sheets.find((s) => s.name === EXPLAINED_SHEET);
  return sheet ? fromRows(sheet.rows, sheet.originRow ?? 0) : { explanations: [], problems: [] };
}

function issueText(iss: z.core.$ZodIssue): string {
  const column = iss.path[0] as ExplanationColumn | undefined;
  if (iss.code === "invalid_type" && column) return `${EXPLANATION_COLUMN_LABELS[column] ?? String(column)}（${String(column)}）无效`;
  return iss.message;
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v);
}

function isBlankRow(row: readonly CellValue[] | null | undefined): boolean {
  return !row || row.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""));
}
