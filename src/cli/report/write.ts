/** `--report FILE` (repeatable): the format from the extension, written after the review. */
import { promises as fs } from "fs";
import * as path from "path";
import { checkJson } from "../check-json";
import type { FolderReview } from "../review-model";
import { csvReport } from "./csv";
import { htmlReport } from "./html";
import { sarifReport } from "./sarif";

export type ReportKind = "xlsx" | "html" | "json" | "sarif" | "csv";

const KINDS: Record<string, ReportKind> = { ".xlsx": "xlsx", ".html": "html", ".htm": "html", ".json": "json", ".sarif": "sarif", ".csv": "csv" };

export function reportKind(file: string): ReportKind | null {
  const lower = file.toLowerCase();
  if (lower.endsWith(".sarif.json")) return "sarif";
  return KINDS[path.extname(lower)] ?? null;
}

export const REPORT_EXTENSIONS = ".xlsx、.html、.json、.sarif、.csv";

/** Writes one report; throws with a Chinese message when the file cannot be written. */
export async function writeReport(review: FolderReview, file: string): Promise<void> {
  const kind = reportKind(file);
  try {
    if (kind === "xlsx") {
      // ExcelJS is loaded only to write an .xlsx report: reading goes through src/file
      const { writeXlsxReport } = await import("./xlsx");
      return await writeXlsxReport(review, file);
    }
    const text =
      kind === "html" ? htmlReport(review)
      : kind === "sarif" ? JSON.stringify(sarifReport(review), null, 2) + "\n"
      : kind === "csv" ? csvReport(review)
      : JSON.stringify(checkJson(review), null, 2) + "\n";
    await fs.writeFile(file, text, "utf8");
  } catch (e) {
    throw new Error(`无法写入报告“${file}”：${e instanceof Error ? e.message : String(e)}`);
  }
}
