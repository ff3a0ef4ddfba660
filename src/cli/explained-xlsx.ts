/**
 * Writes the 已说明 storage into an ExcelJS workbook: the very hidden sheet `jixiao_explained`
 * (replaced when present), text cells in the order of EXPLANATION_COLUMNS. The pane writes the same
 * rows through Office.js; the CLI and the tests write them here.
 */
import type ExcelJS from "exceljs";
import { EXPLAINED_SHEET, EXPLANATION_NUMBER_FORMAT, toRows, type Explanation } from "../domain/review";

export function writeExplainedSheet(wb: ExcelJS.Workbook, explanations: readonly Explanation[]): ExcelJS.Worksheet {
  const old = wb.getWorksheet(EXPLAINED_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(EXPLAINED_SHEET, { state: "veryHidden" });
  for (const values of toRows(explanations)) {
    const row = ws.addRow(values);
    row.eachCell((c) => {
      c.numFmt = EXPLANATION_NUMBER_FORMAT;
    });
  }
  return ws;
}
