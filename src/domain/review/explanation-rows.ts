/**
 * Reading the `jixiao_explained` storage sheet back into Explanations (see explanations.ts for the
 * format), each row validated with zod. Apart from explanations.ts so that zod (~80 ms to load) is
 * loaded only by code that reads stored rows.
 */
import { z } from "zod";
import type { CellValue, WorkbookGrid } from "../grid";
import { EXPLANATION_COLUMN_LABELS, EXPLANATION_COLUMNS, type Explanation, type ExplanationColumn } from "./explanations";
import { vetExplanations, type InvalidExplanation, type StoredExplanation } from "./explanation-vetting";
import { decodeStoredText } from "./neutralise";
import { EXPLAINED_SHEET } from "./sheet-names";

const nonEmpty = (label: string) => z.string().trim().min(1, { error: `${label}为空` });

export const ExplanationSchema: z.ZodType<Explanation> = z.object({
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

export interface ReadExplanations {
  explanations: Explanation[];
  /** Chinese, one per bad row (or a bad header), naming the sheet and row */
  problems: string[];
  /** well-formed rows not trusted (future date, formula, duplicate key), when there are any: see explanation-vetting.ts */
  invalid?: InvalidExplanation[];
}

export interface StorageContext {
  /** 0-based sheet rows holding a formula in any cell */
  formulaRows?: ReadonlySet<number>;
  /** what "in the future" is measured against */
  now?: Date;
}

const NULLABLE: ReadonlySet<ExplanationColumn> = new Set(["agency", "project", "indicator"]);

/**
 * Reads the storage sheet's rows back. Never throws: a bad row is left out and described in
 * `problems`. Columns are found by their header, so a later version may add columns.
 * `originRow` is the 0-based sheet row of rows[0] (SheetGrid.originRow), for the row numbers in messages.
 */
export function fromRows(rows: readonly (readonly CellValue[] | null | undefined)[], originRow = 0, context: StorageContext = {}): ReadExplanations {
  const problems: string[] = [];
  const stored: StoredExplanation[] = [];
  const where = (r: number) => `工作表“${EXPLAINED_SHEET}”第${originRow + r + 1}行`;
  const headerAt = rows.findIndex((r) => !isBlankRow(r));
  if (headerAt < 0) return { explanations: [], problems };
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
    return { explanations: [], problems };
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
    if (parsed.success) stored.push({ explanation: parsed.data, row: originRow + r + 1, byFormula: context.formulaRows?.has(originRow + r) ?? false });
    else problems.push(`${where(r)}：${parsed.error.issues.map(issueText).join("；")}，该条说明已忽略。`);
  }
  const { explanations, invalid } = vetExplanations(stored, context.now ?? new Date());
  return invalid.length ? { explanations, problems, invalid } : { explanations, problems };
}

/** The explanations stored in a workbook (none when it has no storage sheet). */
export function explanationsFromWorkbook(grid: WorkbookGrid, now = new Date()): ReadExplanations {
  const sheet = grid.sheets.find((s) => s.name === EXPLAINED_SHEET);
  if (!sheet) return { explanations: [], problems: [] };
  const formulaRows = new Set((sheet.formulas ?? []).map((f) => f.row));
  return fromRows(sheet.rows, sheet.originRow ?? 0, { formulaRows, now });
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
