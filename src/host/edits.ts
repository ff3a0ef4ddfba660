/**
 * Reversible workbook edits (the picker's 插入指标 and its 撤销插入), shared by both hosts.
 *
 * Two shapes, one per layout:
 *  - "cell": a compact-layout 绩效指标 cell rewritten from `before` to `after`. The host refuses when
 *    the live cell no longer holds `before` (the user typed meanwhile) or holds a formula: what a
 *    user typed is never overwritten.
 *  - "row": an expanded-layout indicator row. With `insertRow`, a whole row is inserted under
 *    `insertAfterRow` (Excel shifts what is below and adjusts formulas), the values are written as
 *    one 2-D array and the project's vertical merged areas are extended (`mergeExtensions`, in
 *    sheet coordinates before the insert). Without it (a project with no indicator row yet), the
 *    project's own row is filled, and only where it is empty.
 *
 * Each edit is one read sync (protection, the cells and merges it relies on) and one write sync.
 * Undo takes the receipt and restores the cell byte for byte, or deletes the inserted row (the
 * extended merges shrink back to exactly what they were); it refuses, with a message, when the user
 * has since changed what the edit wrote. Neither raises the pane's live re-check.
 */
import type { CellValue, MergedArea, SheetGrid } from "../domain/grid";
import type { ExpandedPlan } from "../domain/picker/expanded-plan";
import type { CompactPlan } from "../domain/picker/plan";
import { formatRange, parseRange, type CellRect } from "./ranges";

export interface CellEdit {
  kind: "cell";
  sheet: string;
  /** A1 of the one cell */
  cell: string;
  /** the exact text the cell must hold now ("" for a blank cell) */
  before: string;
  /** the exact text to write */
  after: string;
}

export interface RowValue {
  /** 0-based sheet column */
  col: number;
  /** null: left blank (a merged area above covers the cell) */
  value: string | null;
}

export interface MergeExtension {
  from: MergedArea;
  to: MergedArea;
}

/** A cell whose live value must still be what the plan was made from. */
export interface CellGuard {
  cell: string;
  value: CellValue;
}

export interface RowEdit {
  kind: "row";
  sheet: string;
  /** true: insert a new row; false: fill `row` (the project's own, still empty, row) */
  insertRow: boolean;
  /** 1-based: the new row goes right under this row */
  insertAfterRow: number;
  /** 1-based row written */
  row: number;
  values: RowValue[];
  mergeExtensions: MergeExtension[];
  /** cells that must hold these values before anything is written (e.g. the project's name) */
  guard?: CellGuard[];
}

export type WorkbookEdit = CellEdit | RowEdit;

/** What was done, to show it and to undo it. Plain data: the pane keeps it in its state. */
export interface EditReceipt {
  edit: WorkbookEdit;
  /** what was written, as a user finds it: "G9", or the new row "G12:M12" */
  address: string;
}

/** Excel holds at most this many characters in a cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** The Chinese messages of edits and their undo (both hosts use the same words). */
export const editMessages = {
  cellChanged: (sheet: string, cell: string) =>
    `工作表“${sheet}”的 ${cell} 已被修改（与检查时不同），为避免覆盖您输入的内容，没有写入。请重新检查后再插入。`,
  tooLong: (sheet: string, cell: string, length: number) =>
    `写入后工作表“${sheet}”的 ${cell} 将有 ${length} 个字符，超过 Excel 单元格上限 ${EXCEL_CELL_LIMIT} 个字符，没有写入。请精简该单元格中的指标。`,
  formulaCell: (sheet: string, cell: string) => `工作表“${sheet}”的 ${cell} 是公式，插入指标不会覆盖公式。请改为在其他单元格填写指标。`,
  guardChanged: (sheet: string, cell: string) =>
    `工作表“${sheet}”的 ${cell} 已被修改（与检查时不同），表格可能已变化，没有写入。请重新检查后再插入。`,
  targetNotEmpty: (sheet: string, cell: string) => `工作表“${sheet}”的 ${cell} 已有内容，插入指标不会覆盖它。请重新检查后再插入。`,
  mergesChanged: (sheet: string, range: string) =>
    `工作表“${sheet}”的合并单元格 ${range} 已变化（与检查时不同），没有写入。请重新检查后再插入。`,
  undoCellChanged: (sheet: string, cell: string) =>
    `无法撤销：工作表“${sheet}”的 ${cell} 在插入后又被修改过。为避免丢失您的修改，没有还原；如需还原，请手动编辑该单元格。`,
  undoRowChanged: (sheet: string, row: number) =>
    `无法撤销：工作表“${sheet}”第${row}行在插入后被修改或移动过。为避免丢失您的修改，没有删除该行；如需还原，请手动删除。`,
  undoMergesChanged: (sheet: string, range: string) =>
    `无法撤销：工作表“${sheet}”的合并单元格 ${range} 在插入后被改动过，没有删除插入的行；如需还原，请手动处理。`,
} as const;

const rectA1 = (m: MergedArea) => formatRange(m);

/** The A1 range of the cells a row edit writes (its first to its last column). */
export function rowEditRange(edit: RowEdit): CellRect {
  const cols = edit.values.map((v) => v.col);
  const r = edit.row - 1;
  return { top: r, left: Math.min(...cols), bottom: r, right: Math.max(...cols) };
}

export function receiptOf(edit: WorkbookEdit): EditReceipt {
  return { edit, address: edit.kind === "cell" ? edit.cell : rectA1(rowEditRange(edit)) };
}

/** The values of a row edit as one 2-D array over its range; null leaves a cell as it is. */
export function rowEditArray(edit: RowEdit): (string | null)[][] {
  const range = rowEditRange(edit);
  const row: (string | null)[] = Array(range.right - range.left + 1).fill(null);
  for (const v of edit.values) row[v.col - range.left] = v.value;
  return [row];
}

/** An empty cell as either host reports it. */
export const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || v === "";

/** Live and expected values compared as a user sees them: "" and null are both empty. */
export function sameValue(live: CellValue | undefined, expected: CellValue | undefined): boolean {
  if (isBlank(live) || isBlank(expected)) return isBlank(live) && isBlank(expected);
  // Excel stores a written "90" as the number 90: the same for a user
  return live === expected || String(live) === String(expected);
}

/** The edit a picker plan becomes. `guard`: cells that must not have changed since the check. */
export function editFromPlan(plan: CompactPlan | ExpandedPlan, guard: CellGuard[] = []): WorkbookEdit {
  if (plan.kind === "compact") {
    if (!plan.sheet) throw new Error("插入计划缺少工作表名称");
    return { kind: "cell", sheet: plan.sheet, cell: plan.cell, before: plan.before, after: plan.after };
  }
  return {
    kind: "row",
    sheet: plan.sheet,
    insertRow: plan.insertRow,
    insertAfterRow: plan.insertAfterRow,
    row: plan.row,
    values: plan.values.map((v) => ({ col: v.col, value: v.value })),
    mergeExtensions: plan.mergeExtensions.map((m) => ({ from: { ...m.from }, to: { ...m.to } })),
    guard,
  };
}

/** "A5:A9" for a merged area, as messages name it. */
export const mergeA1 = rectA1;

/** A cell of a grid as the host read it (origin-aware); null when outside or empty. */
export function gridCell(grid: SheetGrid, a1: string): CellValue {
  const rect = parseRange(a1);
  if (!rect) return null;
  const v = grid.rows[rect.top - (grid.originRow ?? 0)]?.[rect.left - (grid.originCol ?? 0)];
  return v === undefined ? null : v;
}

/** Guards for a plan: the project's name cell must still hold what the check read. */
export function guardsFor(grid: SheetGrid, cells: readonly string[]): CellGuard[] {
  return cells.map((cell) => ({ cell, value: gridCell(grid, cell) }));
}
