/**
 * The 已说明 storage through Office.js, as functions of a RequestContext (office-host.ts owns the
 * Excel.run): the very hidden sheet `jixiao_explained`, rows as toRows() gives them, every cell
 * formatted as text before its value is written, so Excel keeps `49.00` and ISO times as typed.
 */
import { EXPLAINED_SHEET, EXPLANATION_NUMBER_FORMAT, toRows, type Explanation } from "../domain/review";
import { fromRows, type ReadExplanations } from "../domain/review/explanation-rows";
import type { CellValue } from "../domain/grid";

/** What to do when the workbook's structure is protected and a sheet would have to be added. */
export interface StructureCheck {
  refuse(sheet: string): never;
}

/** Two read syncs when the sheet exists (is it there; its cells), one when it does not. */
export async function readStoredExplanations(context: Excel.RequestContext): Promise<ReadExplanations> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(EXPLAINED_SHEET);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) return { explanations: [], problems: [] };
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex");
  await context.sync();
  if (used.isNullObject) return { explanations: [], problems: [] };
  return fromRows(used.values as CellValue[][], used.rowIndex);
}

export interface QueuedExplanationsWrite {
  /** the sheet the rows go to: the existing one, or one added (very hidden) in this batch */
  sheet: Excel.Worksheet;
  created: boolean;
  /** rows and columns written from A1, for the host's sheet-size cache */
  rows: number;
  cols: number;
}

/**
 * One read sync (does the sheet exist), then queues the write: clear the old contents, set the text
 * format, write the rows. The caller syncs once. On a protected storage sheet the clear is the first
 * operation to fail, so nothing is left half written.
 */
export async function queueExplanationsWrite(
  context: Excel.RequestContext,
  explanations: readonly Explanation[],
  structure: StructureCheck | null,
): Promise<QueuedExplanationsWrite> {
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(EXPLAINED_SHEET);
  existing.load("name");
  const protection = structure ? context.workbook.protection.load("protected") : null;
  await context.sync();
  const created = existing.isNullObject;
  if (created && protection?.protected) structure?.refuse(EXPLAINED_SHEET);
  let sheet: Excel.Worksheet;
  if (created) {
    sheet = sheets.add(EXPLAINED_SHEET);
    // Very hidden: not listed under 取消隐藏 in Excel, so nobody deletes it by accident.
    sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
  } else {
    sheet = existing;
    sheet.getRange().clear("Contents" as Excel.ClearApplyTo);
  }
  const rows = toRows(explanations);
  const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
  range.numberFormat = rows.map((row) => row.map(() => EXPLANATION_NUMBER_FORMAT));
  range.values = rows;
  return { sheet, created, rows: rows.length, cols: rows[0].length };
}
