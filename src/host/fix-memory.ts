/**
 * Safe fixes (修正 / 全部修正) on the in-memory workbook, for MemoryHost: every cell is checked before
 * the first one is written, so a refusal leaves the workbook exactly as it was, as OfficeHost's
 * read sync before its write sync does. Undo restores each cell's `before` byte for byte.
 */
import { HostError, type FixReceipt } from "./host";
import { EXCEL_CELL_LIMIT, editMessages, type CellEdit } from "./edits";
import { getFormula, writeValue } from "./memory-rows";
import { getValue, type MemoryWorkbook } from "./memory-workbook";
import { at, cellText, writableSheet } from "./insert-memory";

/** The Chinese messages of fixes (both hosts use the same words). */
export const fixMessages = {
  cellChanged: (sheet: string, cell: string) =>
    `工作表“${sheet}”的 ${cell} 已被修改（与检查时不同），为避免覆盖您输入的内容，没有修正任何单元格。已重新检查，请再试一次。`,
  formulaCell: (sheet: string, cell: string) => `工作表“${sheet}”的 ${cell} 是公式，修正不会改写公式，没有修正任何单元格。`,
  undoChanged: (sheet: string, cell: string) =>
    `无法撤销修正：工作表“${sheet}”的 ${cell} 在修正后又被修改过。为避免丢失您的修改，没有还原任何单元格；如需还原，请手动编辑。`,
} as const;

function located(wb: MemoryWorkbook, edit: CellEdit) {
  const sheet = writableSheet(wb, edit.sheet);
  return { sheet, ...at(sheet, edit.cell) };
}

export function applyFixesInMemory(wb: MemoryWorkbook, edits: readonly CellEdit[]): FixReceipt {
  const targets = edits.map((edit) => {
    const t = located(wb, edit);
    if (edit.after.length > EXCEL_CELL_LIMIT) throw new HostError(editMessages.tooLong(edit.sheet, edit.cell, edit.after.length), "InvalidArgument");
    if (getFormula(t.sheet, t.row, t.col) !== null) throw new HostError(fixMessages.formulaCell(edit.sheet, edit.cell), "Conflict");
    if (typeof getValue(t.sheet, t.row, t.col) === "number" || cellText(t.sheet, t.row, t.col) !== edit.before) {
      throw new HostError(fixMessages.cellChanged(edit.sheet, edit.cell), "Conflict");
    }
    return { ...t, edit };
  });
  for (const t of targets) writeValue(t.sheet, t.row, t.col, t.edit.after);
  return { edits: edits.map((e) => ({ ...e })) };
}

export function undoFixesInMemory(wb: MemoryWorkbook, receipt: FixReceipt): void {
  const targets = receipt.edits.map((edit) => {
    const t = located(wb, edit);
    if (getFormula(t.sheet, t.row, t.col) !== null || cellText(t.sheet, t.row, t.col) !== edit.after) {
      throw new HostError(fixMessages.undoChanged(edit.sheet, edit.cell), "Conflict");
    }
    return { ...t, edit };
  });
  for (const t of targets) writeValue(t.sheet, t.row, t.col, t.edit.before === "" ? null : t.edit.before);
}
