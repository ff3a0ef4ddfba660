/**
 * Safe fixes (修正 / 全部修正) through Office.js, as functions of a RequestContext (office-host.ts owns
 * the Excel.run): one read sync loads the protection of each sheet and the value and formula of
 * each cell; every check is made; then one write sync writes them all. A refusal writes nothing.
 * Undo is the same with `after` and `before` swapped.
 */
import type { CellValue } from "../domain/grid";
import { HostError } from "./host";
import { EXCEL_CELL_LIMIT, editMessages, type CellEdit } from "./edits";
import { fixMessages } from "./fix-memory";
import { assertWritable, isFormula, literal, readProtection, writeSync } from "./insert-office";

async function readCells(context: Excel.RequestContext, edits: readonly CellEdit[]) {
  const sheets = new Map<string, ReturnType<typeof readProtection>>();
  for (const e of edits) if (!sheets.has(e.sheet)) sheets.set(e.sheet, readProtection(context, e.sheet));
  const ranges = edits.map((e) => sheets.get(e.sheet)!.sheet.getRange(e.cell).load("values,formulas"));
  await context.sync();
  for (const [name, { protection }] of sheets) assertWritable(protection, name);
  return ranges;
}

const conflict = (message: string) => new HostError(message, "Conflict");

export async function applyFixesInOffice(context: Excel.RequestContext, edits: readonly CellEdit[]): Promise<void> {
  for (const e of edits) {
    if (e.after.length > EXCEL_CELL_LIMIT) throw new HostError(editMessages.tooLong(e.sheet, e.cell, e.after.length), "InvalidArgument");
  }
  const ranges = await readCells(context, edits);
  edits.forEach((e, i) => {
    if (isFormula(ranges[i].formulas[0][0])) throw conflict(fixMessages.formulaCell(e.sheet, e.cell));
    const live = ranges[i].values[0][0] as CellValue;
    if (typeof live !== "string" || live !== e.before) throw conflict(fixMessages.cellChanged(e.sheet, e.cell));
  });
  edits.forEach((e, i) => (ranges[i].values = [[literal(e.after) ?? ""]]));
  await writeSync(context);
}

export async function undoFixesInOffice(context: Excel.RequestContext, edits: readonly CellEdit[]): Promise<void> {
  const ranges = await readCells(context, edits);
  edits.forEach((e, i) => {
    const live = ranges[i].values[0][0] as CellValue;
    if (isFormula(ranges[i].formulas[0][0]) || live !== e.after) throw conflict(fixMessages.undoChanged(e.sheet, e.cell));
  });
  edits.forEach((e, i) => (ranges[i].values = [[literal(e.before) ?? ""]]));
  await writeSync(context);
}
