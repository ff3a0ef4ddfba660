/**
 * Checks one workbook file: load (ExcelJS) → read → check → apply the explanations stored in its
 * `jixiao_explained` sheet. Runs in a worker thread for folder reviews and in-process otherwise, so
 * it returns plain data (structured-clone safe) and never writes anywhere; the messages for stderr
 * come back in `diagnostics`. Never throws: an unreadable file or an internal error becomes `error`.
 */
import { checkWorkbook, type TableSummary } from "../domain/check";
import type { Config } from "../domain/config";
import type { Finding } from "../domain/finding";
import type { ReadProblem } from "../domain/model";
import { readerNotes, readWorkbook, type ReaderNote } from "../domain/reader";
import { applyExplanations, EXPLAINED_SHEET, type ExplainedFinding, type Explanation, type InvalidExplanation } from "../domain/review";
import type { WorkbookGrid } from "../domain/grid";
import type { ReadExplanations } from "../domain/review/explanation-rows";
import { loadWorkbookGrid } from "./load-grid";
import { ReadError } from "./read-error";

export interface CheckedFile {
  file: string;
  tables: TableSummary[];
  /** open findings: not explained, or explained before their subject changed */
  findings: Finding[];
  explained: ExplainedFinding[];
  /** explanations that lapsed; their findings are in `findings` */
  lapsed: ExplainedFinding[];
  /** explanations no finding matches any more */
  unmatched: Explanation[];
  /** the file could not be read, or holds no table: the Chinese message */
  error?: string;
  problems: ReadProblem[];
  /** per sheet: hidden rows left out, amounts whose formulas have no result (the file is still read) */
  readerNotes: ReaderNote[];
  /** bad rows in the 已说明 storage, in Chinese (they do not make the file unreadable) */
  notes: string[];
  /** stored explanations not trusted (future date, formula, duplicate): `explanation-invalid` */
  invalidExplanations: InvalidExplanation[];
  /** lines for stderr, in Chinese, naming the file */
  diagnostics: string[];
  department: string | null;
  budgetYear: number | null;
}

export function emptyCheckedFile(file: string): CheckedFile {
  return { file, tables: [], findings: [], explained: [], lapsed: [], unmatched: [], problems: [], readerNotes: [], notes: [], invalidExplanations: [], diagnostics: [], department: null, budgetYear: null };
}

/** A file that could not be checked at all. */
export function failedFile(file: string, message: string): CheckedFile {
  return { ...emptyCheckedFile(file), error: message, diagnostics: [`jixiao: ${message}`] };
}

export async function checkOneFile(file: string, config: Config): Promise<CheckedFile> {
  try {
    return await check(file, config);
  } catch (e) {
    if (e instanceof ReadError) return failedFile(file, e.message);
    // a defect must cost the user this file only, not the whole folder
    const why = e instanceof Error ? e.message : String(e);
    return failedFile(file, `检查文件“${file}”时发生内部错误：${why}`);
  }
}

async function check(file: string, config: Config): Promise<CheckedFile> {
  const grid = await loadWorkbookGrid(file);
  const model = readWorkbook(grid);
  const result = checkWorkbook(model, config);
  const stored = await storedExplanations(grid);
  const applied = applyExplanations(result.findings, stored.explanations);
  const out: CheckedFile = {
    ...emptyCheckedFile(file),
    tables: result.tables,
    findings: applied.open,
    explained: applied.explained,
    lapsed: applied.lapsed,
    unmatched: applied.unmatched,
    readerNotes: readerNotes(model),
    notes: stored.problems,
    invalidExplanations: stored.invalid ?? [],
    department: model.tables.find((t) => t.department)?.department ?? null,
    budgetYear: model.tables.find((t) => t.budgetYear)?.budgetYear ?? null,
  };
  for (const p of model.problems) {
    if (p.code === "no-table") out.error = p.message;
    else if (p.code === "unreadable") out.problems.push(p);
    out.diagnostics.push(`jixiao: 文件“${file}”：${p.message}`);
  }
  for (const n of [...stored.problems, ...out.invalidExplanations.map((x) => x.message)]) out.diagnostics.push(`jixiao: 文件“${file}”：${n}`);
  return out;
}

/** The workbook's 已说明 storage; its reader (and zod with it) is loaded only when the sheet is there. */
async function storedExplanations(grid: WorkbookGrid): Promise<ReadExplanations> {
  if (!grid.sheets.some((s) => s.name === EXPLAINED_SHEET)) return { explanations: [], problems: [] };
  const { explanationsFromWorkbook } = await import("../domain/review/explanation-rows");
  return explanationsFromWorkbook(grid);
}
