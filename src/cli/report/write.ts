/**
 * `--report FILE` (repeatable): the format from the extension, written after the review. Each
 * report is written whole to a temporary file beside it, flushed to disk, then renamed into place:
 * a run interrupted at any moment leaves the previous report or none, never a partial one.
 */
import { randomBytes } from "crypto";
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

async function reportBytes(review: FolderReview, file: string): Promise<string | Uint8Array> {
  const kind = reportKind(file);
  if (kind === "xlsx") {
    // ExcelJS is loaded only to write an .xlsx report: reading goes through src/file
    const { xlsxReport } = await import("./xlsx");
    return xlsxReport(review, file);
  }
  if (kind === "html") return htmlReport(review);
  if (kind === "sarif") return JSON.stringify(sarifReport(review), null, 2) + "\n";
  if (kind === "csv") return csvReport(review);
  return JSON.stringify(checkJson(review), null, 2) + "\n";
}

/** Writes one report; throws with a Chinese message when the file cannot be written. */
export async function writeReport(review: FolderReview, file: string): Promise<void> {
  try {
    await writeAtomically(file, await reportBytes(review, file));
  } catch (e) {
    throw new Error(`无法写入报告“${file}”：${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Temporary file in the same folder (so the rename stays on one file system and is atomic), named
 * as hidden and never .xlsx, so a folder review does not take a leftover for a workbook.
 */
export function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = temporaryName(file);
  try {
    const handle = await fs.open(tmp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
