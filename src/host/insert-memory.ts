/**
 * Reversible edits (edits.ts) on the in-memory workbook, for MemoryHost. Every check comes before
 * the first change, so a refusal leaves the workbook exactly as it was, as OfficeHost's read sync
 * before its write sync does.
 */
import { fromA1 } from "../domain/address";
import { HostError } from "./host";
import { hostMessages } from "./errors";
import {
  EXCEL_CELL_LIMIT,
  editMessages,
  isBlank,
  mergeA1,
  receiptOf,
  sameValue,
  type CellEdit,
  type EditReceipt,
  type RowEdit,
  type WorkbookEdit,
} from "./edits";
import { findSheet, getValue, type MemorySheet, type MemoryWorkbook } from "./memory-workbook";
import { MergeConflict, deleteSheetRow, getFormula, hasMerge, insertSheetRow, mergeArea, writeValue } from "./memory-rows";

export function writableSheet(wb: MemoryWorkbook, name: string): MemorySheet {
  const sheet = findSheet(wb, name);
  if (!sheet) throw new HostError(hostMessages.sheetNotFound(name), "ItemNotFound");
  if (sheet.protected) throw new HostError(hostMessages.protectedSheet(name), "AccessDenied");
  return sheet;
}

export function at(sheet: MemorySheet, cell: string): { row: number; col: number } {
  const p = fromA1(cell);
  if (!p) throw new HostError(hostMessages.badCell(sheet.name, cell), "InvalidArgument");
  return p;
}

export const cellText = (sheet: MemorySheet, row: number, col: number): string => {
  const v = getValue(sheet, row, col);
  return isBlank(v) ? "" : String(v);
};

function applyCell(wb: MemoryWorkbook, edit: CellEdit): void {
  const sheet = writableSheet(wb, edit.sheet);
  const { row, col } = at(sheet, edit.cell);
  if (edit.after.length > EXCEL_CELL_LIMIT) throw new HostError(editMessages.tooLong(edit.sheet, edit.cell, edit.after.length), "InvalidArgument");
  if (getFormula(sheet, row, col) !== null) throw new HostError(editMessages.formulaCell(edit.sheet, edit.cell), "Conflict");
  if (typeof getValue(sheet, row, col) === "number" || cellText(sheet, row, col) !== edit.before) {
    throw new HostError(editMessages.cellChanged(edit.sheet, edit.cell), "Conflict");
  }
  writeValue(sheet, row, col, edit.after);
}

function checkRowEdit(sheet: MemorySheet, edit: RowEdit): void {
  for (const g of edit.guard ?? []) {
    const p = at(sheet, g.cell);
    if (!sameValue(getValue(sheet, p.row, p.col), g.value)) throw new HostError(editMessages.guardChanged(edit.sheet, g.cell), "Conflict");
  }
  for (const m of edit.mergeExtensions) {
    if (!hasMerge(sheet, m.from)) throw new HostError(editMessages.mergesChanged(edit.sheet, mergeA1(m.from)), "Conflict");
  }
  if (!edit.insertRow) {
    for (const v of edit.values) {
      if (v.value === null) continue;
      if (!isBlank(getValue(sheet, edit.row - 1, v.col)) || getFormula(sheet, edit.row - 1, v.col) !== null) {
        throw new HostError(editMessages.targetNotEmpty(edit.sheet, mergeA1({ top: edit.row - 1, left: v.col, bottom: edit.row - 1, right: v.col })), "Conflict");
      }
    }
  }
}

function applyRow(wb: MemoryWorkbook, edit: RowEdit): void {
  const sheet = writableSheet(wb, edit.sheet);
  checkRowEdit(sheet, edit);
  if (edit.insertRow) insertSheetRow(sheet, edit.insertAfterRow);
  for (const v of edit.values) if (v.value !== null) writeValue(sheet, edit.row - 1, v.col, v.value);
  try {
    for (const m of edit.mergeExtensions) mergeArea(sheet, m.to);
  } catch (error) {
    // checkRowEdit saw every `from` area in place, so a conflict here is a bug, not the user's doing
    if (error instanceof MergeConflict) throw new HostError(editMessages.mergesChanged(edit.sheet, mergeA1(error.area)), "Conflict");
    throw error;
  }
}

/** Applies the edit, or refuses with a Chinese HostError and changes nothing. */
export function applyEditInMemory(wb: MemoryWorkbook, edit: WorkbookEdit): EditReceipt {
  if (edit.kind === "cell") applyCell(wb, edit);
  else applyRow(wb, edit);
  return receiptOf(edit);
}

/** Whether the row an edit wrote still holds exactly what it wrote (and its merges). */
function rowUntouched(sheet: MemorySheet, edit: RowEdit): string | null {
  for (const v of edit.values) {
    if (!sameValue(getValue(sheet, edit.row - 1, v.col), v.value)) return editMessages.undoRowChanged(edit.sheet, edit.row);
  }
  for (const m of edit.mergeExtensions) if (!hasMerge(sheet, m.to)) return editMessages.undoMergesChanged(edit.sheet, mergeA1(m.to));
  return null;
}

/** Undoes an applied edit, or refuses (changing nothing) when the user has changed what it wrote. */
export function undoEditInMemory(wb: MemoryWorkbook, receipt: EditReceipt): void {
  const edit = receipt.edit;
  const sheet = writableSheet(wb, edit.sheet);
  if (edit.kind === "cell") {
    const { row, col } = at(sheet, edit.cell);
    if (getFormula(sheet, row, col) !== null || cellText(sheet, row, col) !== edit.after) {
      throw new HostError(editMessages.undoCellChanged(edit.sheet, edit.cell), "Conflict");
    }
    writeValue(sheet, row, col, edit.before === "" ? null : edit.before);
    return;
  }
  const problem = rowUntouched(sheet, edit);
  if (problem) throw new HostError(problem, "Conflict");
  if (edit.insertRow) {
    deleteSheetRow(sheet, edit.row - 1);
    for (const m of edit.mergeExtensions) if (!hasMerge(sheet, m.from)) mergeArea(sheet, m.from);
  } else {
    for (const v of edit.values) if (v.value !== null) writeValue(sheet, edit.row - 1, v.col, null);
  }
}
