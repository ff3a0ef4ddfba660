/**
 * The 已说明 storage in the in-memory workbook: the very hidden sheet `jixiao_explained` holding
 * toRows(explanations) as text cells, exactly what OfficeHost writes through Office.js and the CLI
 * reads through ExcelJS (src/domain/review/explanations.ts owns the row format).
 */
import { EXPLAINED_SHEET, EXPLANATION_NUMBER_FORMAT, toRows, type Explanation } from "../domain/review";
import { fromRows, type ReadExplanations } from "../domain/review/explanation-rows";
import { findSheet, setValue, sheetToGrid, type MemorySheet, type MemoryWorkbook } from "./memory-workbook";
import { addSheet, clearContents, setNumberFormat, typedValue } from "./review-sheet-memory";

const WHOLE_SHEET = { top: 0, left: 0, bottom: 1048575, right: 16383 };

export function readExplanationsInMemory(wb: MemoryWorkbook): ReadExplanations {
  const sheet = findSheet(wb, EXPLAINED_SHEET);
  if (!sheet) return { explanations: [], problems: [] };
  const grid = sheetToGrid(sheet);
  return fromRows(grid.rows, grid.originRow ?? 0);
}

/** Replaces the stored list (creating the very hidden sheet on the first write). */
export function writeExplanationsInMemory(wb: MemoryWorkbook, explanations: readonly Explanation[]): MemorySheet {
  let sheet = findSheet(wb, EXPLAINED_SHEET);
  if (sheet) clearContents(sheet, WHOLE_SHEET);
  else {
    sheet = addSheet(wb, EXPLAINED_SHEET);
    sheet.visibility = "VeryHidden";
  }
  const target = sheet;
  toRows(explanations).forEach((row, r) =>
    row.forEach((text, c) => {
      setNumberFormat(target, r, c, EXPLANATION_NUMBER_FORMAT);
      setValue(target, r, c, typedValue(text));
    }),
  );
  return target;
}
