/**
 * 下载审核意见表: the review sheet the pane wrote into the in-memory workbook (from the same
 * ReviewSheetData the CLI's report renders), as a workbook of its own. Its links point at cells of
 * the checked workbook, which is not in this file, so each link cell keeps the text it shows and
 * loses its HYPERLINK formula rather than carrying a link that leads nowhere.
 */
import { REVIEW_SHEET } from "../domain/review";
import { buildWorkbook } from "../file/patch";
import { newSheetFrom } from "./download-sheets";
import { findSheet, type MemoryWorkbook } from "./memory-workbook";

export interface ReviewDownload {
  fileName: string;
  bytes: Uint8Array;
}

/** "表.xlsx" → "表-审核意见表.xlsx". */
function reviewFileName(workbookName: string): string {
  const dot = workbookName.lastIndexOf(".");
  return `${dot > 0 ? workbookName.slice(0, dot) : workbookName}-${REVIEW_SHEET}.xlsx`;
}

/** null when the pane has not written the review sheet yet. */
export function buildReviewDownload(workbook: MemoryWorkbook, workbookName: string): ReviewDownload | null {
  const sheet = findSheet(workbook, REVIEW_SHEET);
  if (!sheet) return null;
  const review = newSheetFrom(sheet);
  review.cells = review.cells.map(({ formula: _link, ...cell }) => cell);
  const fileName = reviewFileName(workbookName);
  return { fileName, bytes: buildWorkbook([review], fileName) };
}
