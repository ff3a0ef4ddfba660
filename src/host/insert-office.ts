/**
 * Reversible edits (edits.ts) through Office.js, as functions of a RequestContext (office-host.ts
 * owns the Excel.run). Each is one read sync, where every check is made, then one write sync:
 *  - cell: the live value and formula of the cell; refuse unless it still holds `before`;
 *  - row: the guard cells, the merged areas to extend, and (when filling a row) the target cells;
 *    then insert the whole row (Excel shifts what is below and adjusts formulas), write the values
 *    as one 2-D array and merge the extended areas;
 *  - undo: the cell holds `after` / the row holds what was written and the extended merges are in
 *    place; then restore the cell, or delete the row (merges spanning it shrink back) and merge the
 *    original areas again, which is a no-op where Excel already restored them.
 * Nothing is written before every check has passed, so a refusal leaves the workbook as it was.
 */
import type { CellValue, MergedArea } from "../domain/grid";
import { asWrittenText } from "./office-text";
import { HostError, type SelectedCell } from "./host";
import { hostMessages, officeErrorCode } from "./errors";
import {
  EXCEL_CELL_LIMIT,
  editMessages,
  isBlank,
  mergeA1,
  rowEditArray,
  rowEditRange,
  sameValue,
  type CellEdit,
  type EditReceipt,
  type RowEdit,
} from "./edits";
import { formatRange, parseRange, parseRangeList, type CellRect } from "./ranges";

/** A string Excel would turn into a number, date or formula is written as text (office-text.ts). */
export const literal = (v: string | null): string | null => asWrittenText(v);

/** A formula cell; a text cell holding "=合计" (written with the text mark) reports its text as both. */
export const isFormula = (f: unknown, value?: unknown): boolean => typeof f === "string" && f.startsWith("=") && f !== value;

function union(areas: readonly MergedArea[]): CellRect {
  return {
    top: Math.min(...areas.map((a) => a.top)),
    left: Math.min(...areas.map((a) => a.left)),
    bottom: Math.max(...areas.map((a) => a.bottom)),
    right: Math.max(...areas.map((a) => a.right)),
  };
}

const same = (a: CellRect, b: CellRect) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/** Queues a load of the merged areas around `areas`; after the sync, the list (empty when none). */
function queueMerges(sheet: Excel.Worksheet, areas: readonly MergedArea[]): () => CellRect[] {
  if (!areas.length) return () => [];
  const found = sheet.getRange(formatRange(union(areas))).getMergedAreasOrNullObject().load("address");
  return () => (found.isNullObject ? [] : parseRangeList(found.address));
}

export function readProtection(context: Excel.RequestContext, name: string) {
  const sheet = context.workbook.worksheets.getItem(name);
  return { sheet, protection: sheet.protection.load("protected") };
}

/** A one-cell edit reads the cell's value, formula and lock in the same sync as the sheet's protection. */
function queueCellRead(sheet: Excel.Worksheet, cell: string) {
  const range = sheet.getRange(cell).load("values,formulas");
  return { range, lock: range.format.protection.load("locked") };
}

/** `lock`: the target cell's own lock, for a one-cell write that an unlocked cell allows. */
export function assertWritable(protection: Excel.WorksheetProtection, name: string, lock?: Excel.FormatProtection): void {
  if (protection.protected && lock?.locked !== false) throw new HostError(hostMessages.protectedSheet(name), "AccessDenied");
}

const conflict = (message: string) => new HostError(message, "Conflict");

/**
 * The write sync. The read sync just found the sheet, so "not found" now means the workbook closed
 * (or the sheet went) in between: say that, not "renamed".
 */
export async function writeSync(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    const code = officeErrorCode(error);
    if (code === "ItemNotFound" || code === "InvalidObjectPath") throw new HostError(hostMessages.closed(), code, error);
    throw error;
  }
}

async function applyCell(context: Excel.RequestContext, edit: CellEdit): Promise<void> {
  if (edit.after.length > EXCEL_CELL_LIMIT) throw new HostError(editMessages.tooLong(edit.sheet, edit.cell, edit.after.length), "InvalidArgument");
  const { sheet, protection } = readProtection(context, edit.sheet);
  const { range, lock } = queueCellRead(sheet, edit.cell);
  await context.sync();
  assertWritable(protection, edit.sheet, lock);
  if (isFormula(range.formulas[0][0], range.values[0][0])) throw conflict(editMessages.formulaCell(edit.sheet, edit.cell));
  const live = range.values[0][0] as CellValue;
  if (typeof live !== "string" || live !== edit.before) throw conflict(editMessages.cellChanged(edit.sheet, edit.cell));
  range.values = [[literal(edit.after) ?? ""]];
  await writeSync(context);
}

async function applyRow(context: Excel.RequestContext, edit: RowEdit): Promise<void> {
  const { sheet, protection } = readProtection(context, edit.sheet);
  const guards = (edit.guard ?? []).map((g) => ({ g, range: sheet.getRange(g.cell).load("values") }));
  const target = edit.insertRow ? null : sheet.getRange(formatRange(rowEditRange(edit))).load("values,formulas");
  const merges = queueMerges(sheet, edit.mergeExtensions.map((m) => m.from));
  await context.sync();
  assertWritable(protection, edit.sheet);
  for (const { g, range } of guards) {
    if (!sameValue(range.values[0][0] as CellValue, g.value)) throw conflict(editMessages.guardChanged(edit.sheet, g.cell));
  }
  const found = merges();
  for (const m of edit.mergeExtensions) {
    if (!found.some((f) => same(f, m.from))) throw conflict(editMessages.mergesChanged(edit.sheet, mergeA1(m.from)));
  }
  if (target) {
    const left = rowEditRange(edit).left;
    for (const v of edit.values) {
      if (v.value === null) continue;
      const k = v.col - left;
      if (!isBlank(target.values[0][k] as CellValue) || isFormula(target.formulas[0][k], target.values[0][k])) {
        throw conflict(editMessages.targetNotEmpty(edit.sheet, formatRange({ top: edit.row - 1, left: v.col, bottom: edit.row - 1, right: v.col })));
      }
    }
  }
  context.application.suspendApiCalculationUntilNextSync();
  // Insert a whole row, never shift a part of one: other columns and every formula stay aligned.
  if (edit.insertRow) sheet.getRangeByIndexes(edit.insertAfterRow, 0, 1, 1).getEntireRow().insert("Down");
  sheet.getRange(formatRange(rowEditRange(edit))).values = rowEditArray(edit).map((row) => row.map(literal)) as CellValue[][];
  // Excel grows an area the new row lands inside, not one ending right above it: merge those.
  for (const m of edit.mergeExtensions) sheet.getRange(formatRange(m.to)).merge(false);
  await writeSync(context);
}

export async function applyEditInOffice(context: Excel.RequestContext, edit: CellEdit | RowEdit): Promise<void> {
  if (edit.kind === "cell") await applyCell(context, edit);
  else await applyRow(context, edit);
}

async function undoCell(context: Excel.RequestContext, edit: CellEdit): Promise<void> {
  const { sheet, protection } = readProtection(context, edit.sheet);
  const { range, lock } = queueCellRead(sheet, edit.cell);
  await context.sync();
  assertWritable(protection, edit.sheet, lock);
  const live = range.values[0][0] as CellValue;
  if (isFormula(range.formulas[0][0], live) || typeof live !== "string" || live !== edit.after) {
    throw conflict(editMessages.undoCellChanged(edit.sheet, edit.cell));
  }
  range.values = [[literal(edit.before) ?? ""]];
  await writeSync(context);
}

async function undoRow(context: Excel.RequestContext, edit: RowEdit): Promise<void> {
  const { sheet, protection } = readProtection(context, edit.sheet);
  const written = sheet.getRange(formatRange(rowEditRange(edit))).load("values");
  const merges = queueMerges(sheet, edit.mergeExtensions.map((m) => m.to));
  await context.sync();
  assertWritable(protection, edit.sheet);
  const left = rowEditRange(edit).left;
  if (edit.values.some((v) => !sameValue(written.values[0][v.col - left] as CellValue, v.value))) {
    throw conflict(editMessages.undoRowChanged(edit.sheet, edit.row));
  }
  const found = merges();
  for (const m of edit.mergeExtensions) {
    if (!found.some((f) => same(f, m.to))) throw conflict(editMessages.undoMergesChanged(edit.sheet, mergeA1(m.to)));
  }
  context.application.suspendApiCalculationUntilNextSync();
  if (edit.insertRow) {
    sheet.getRangeByIndexes(edit.row - 1, 0, 1, 1).getEntireRow().delete("Up");
    for (const m of edit.mergeExtensions) sheet.getRange(formatRange(m.from)).merge(false);
  } else {
    // "" clears what was written; null leaves the cells between as they are
    const clear = rowEditArray(edit).map((row) => row.map((v) => (v === null ? null : "")));
    sheet.getRange(formatRange(rowEditRange(edit))).values = clear as CellValue[][];
  }
  await writeSync(context);
}

export async function undoEditInOffice(context: Excel.RequestContext, receipt: EditReceipt): Promise<void> {
  const edit = receipt.edit;
  if (edit.kind === "cell") await undoCell(context, edit);
  else await undoRow(context, edit);
}

/** The active cell: one read sync. */
export async function readSelection(context: Excel.RequestContext): Promise<SelectedCell | null> {
  const cell = context.workbook.getActiveCell().load("address");
  await context.sync();
  return splitAddress(cell.address);
}

/** "'预算 表'!B7" → { sheet: "预算 表", cell: "B7" }; null when it is no cell address. */
export function splitAddress(address: string): SelectedCell | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const rect = parseRange(address.slice(bang + 1));
  if (!rect) return null;
  return { sheet, cell: formatRange({ ...rect, bottom: rect.top, right: rect.left }) };
}

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

/** An event's address, including whole rows ("6:6", "$6:$8") as Excel reports row inserts. */
export function eventRect(address: string): CellRect | null {
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: LAST_COL };
  return parseRange(bare);
}

/**
 * What an edit or its undo changes, for recognising its change events on hosts without
 * triggerSource: the cell; or, for a row insert or delete, every row from it down (Excel may
 * report the whole shifted area).
 */
export function touchedArea(edit: CellEdit | RowEdit): CellRect | null {
  if (edit.kind === "cell") return parseRange(edit.cell);
  const r = edit.row - 1;
  if (!edit.insertRow) return rowEditRange(edit);
  return { top: r, left: 0, bottom: LAST_ROW, right: LAST_COL };
}
