/**
 * The JSON `jixiao check` prints with --format json and writes with --report x.json (version 1):
 * issue 2's document — per file its tables and findings, and a summary — plus each finding's
 * business key, the explained findings apart from the open ones, per-file and per-agency counts,
 * and the baseline comparison. Also the input of --baseline.
 */
import type { TableSummary } from "../domain/check";
import type { Finding } from "../domain/finding";
import type { ReadProblem } from "../domain/model";
import type { ReaderNote } from "../domain/reader";
import type { ExplainedFinding, InvalidExplanation, Tally } from "../domain/review";
import type { CheckedFile } from "./check-file";
import { fileTally, type BaselineSummary, type FileAgencyTally, type FolderReview } from "./review-model";

/**
 * A finding as the report gives it: issue 2's fields and the business key (rule|sheet|agency|
 * project|field, never a row number), then — only where the rule gave them — the span inside the
 * cell's own text, a safe fix as data (never applied) and the money data: expected, actual,
 * difference and the rows of the sum. The English message and the judged subject stay inside.
 */
export type FindingJson = Pick<
  Finding,
  "rule" | "severity" | "sheet" | "cell" | "agency" | "project" | "indicator" | "message" | "key" | "span" | "fix" | "expected" | "actual" | "difference" | "parts"
>;

export interface ExplainedFindingJson extends FindingJson {
  explanation: { reason: string; by: string; at: string; subject: string };
}

export interface CheckedFileJson {
  file: string;
  tables: TableSummary[];
  /** open findings (after --baseline: only the new ones) */
  findings: FindingJson[];
  explained: ExplainedFindingJson[];
  /** keys of open findings whose explanation lapsed because their subject changed */
  lapsed?: string[];
  summary: Tally;
  /** the file could not be read, or holds no table: the Chinese message */
  error?: string;
  /** cells the reader could not read (#REF! in a goal…), with sheet and cell */
  problems?: ReadProblem[];
  /** per sheet, what the reader left out without calling the file unreadable: hidden rows, formulas without a result */
  readerNotes?: ReaderNote[];
  /** bad rows in the workbook's 已说明 storage */
  notes?: string[];
  /** stored explanations set aside (code `explanation-invalid`): future date, formula, duplicate */
  invalidExplanations?: InvalidExplanation[];
}

export interface CheckJson {
  version: 1;
  generatedAt: string;
  files: CheckedFileJson[];
  summary: FolderReview["summary"];
  agencies: FileAgencyTally[];
  baseline?: BaselineSummary;
}

export function findingJson(f: Finding): FindingJson {
  const out: FindingJson = {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    agency: f.agency,
    project: f.project,
    indicator: f.indicator,
    message: f.message,
    key: f.key,
  };
  // the finding's data beyond issue 2's fields, only where the rule gave it (absent keys, not nulls)
  if (f.span) out.span = f.span;
  if (f.fix) out.fix = f.fix;
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  if (f.difference !== undefined) out.difference = f.difference;
  if (f.parts) out.parts = f.parts;
  return out;
}

export function explainedJson(e: ExplainedFinding): ExplainedFindingJson {
  const { reason, by, at, subject } = e.explanation;
  return { ...findingJson(e.finding), explanation: { reason, by, at, subject } };
}

export function fileJson(f: CheckedFile): CheckedFileJson {
  const out: CheckedFileJson = {
    file: f.file,
    tables: f.tables,
    findings: f.findings.map(findingJson),
    explained: f.explained.map(explainedJson),
    summary: fileTally(f),
  };
  if (f.lapsed.length) out.lapsed = f.lapsed.map((l) => l.finding.key);
  if (f.error) out.error = f.error;
  if (f.problems.length) out.problems = f.problems;
  if (f.readerNotes.length) out.readerNotes = f.readerNotes;
  if (f.notes.length) out.notes = f.notes;
  if (f.invalidExplanations.length) out.invalidExplanations = f.invalidExplanations;
  return out;
}

export function checkJson(review: FolderReview): CheckJson {
  const out: CheckJson = {
    version: 1,
    generatedAt: review.generatedAt,
    files: review.files.map(fileJson),
    summary: review.summary,
    agencies: review.agencies,
  };
  if (review.baseline) out.baseline = review.baseline;
  return out;
}
