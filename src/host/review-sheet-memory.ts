/**
 * jixiao's own sheets in the in-memory workbook: the review sheet (审核意见表) rendered from its plan,
 * and the primitives it needs (add or remove a sheet, number formats, widths, a HYPERLINK's shown
 * text). The fake Office.js runtime (test/host/fake-excel) builds on the same primitives, so a sheet
 * written by MemoryHost and one written by OfficeHost over the fake are comparable cell for cell.
 */
import type { CellValue } from "../domain/grid";
import { emptySheet, findSheet, setStyle, setValue, type BorderEdge, type MemorySheet, type MemoryWorkbook, type StylePatch } from "./memory-workbook";
import { setFormula } from "./memory-rows";
import type { CellRect } from "./ranges";
import { THIN_BORDER, type RangeFormatPatch, type ReviewSheetPlan } from "./review-sheet-plan";

const key = (row: number, col: number): string => `${row},${col}`;

export const ALL_EDGES: readonly BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

/** A new sheet at the end of the tab order (Office.js worksheets.add does not activate it). */
export function addSheet(wb: MemoryWorkbook, name: string): MemorySheet {
  const sheet = emptySheet(wb, name);
  wb.sheets.push(sheet);
  return sheet;
}

/** Removes a sheet; the active sheet and the selection move off it, as Excel does. */
export function removeSheet(wb: MemoryWorkbook, name: string): void {
  wb.sheets = wb.sheets.filter((s) => s.name !== name);
  if (wb.selection?.sheet === name) wb.selection = null;
  if (wb.activeSheet === name) wb.activeSheet = wb.sheets.find((s) => (s.visibility ?? "Visible") === "Visible")?.name ?? "";
}

/**
 * A value as Excel stores it when written through Office.js `values`: a leading ' is Excel's text
 * prefix, not part of the text ("'=1+2" is the text "=1+2"), and "" is an empty cell.
 */
export function typedValue(value: CellValue): CellValue {
  const text = typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
  return text === "" ? null : text;
}

/** "General" is the default and is not stored, so an untouched cell and a General one compare equal. */
export function setNumberFormat(sheet: MemorySheet, row: number, col: number, format: string): void {
  if (format === "General") sheet.numberFormats?.delete(key(row, col));
  else (sheet.numberFormats ??= new Map()).set(key(row, col), format);
}

export function getNumberFormat(sheet: MemorySheet, row: number, col: number): string {
  return sheet.numberFormats?.get(key(row, col)) ?? "General";
}

export function setColumnWidth(sheet: MemorySheet, col: number, points: number): void {
  (sheet.columnWidths ??= new Map()).set(col, points);
}

/** Clears values and formulas (Office.js range.clear("Contents")); formats stay. */
export function clearContents(sheet: MemorySheet, rect: CellRect): void {
  sheet.values.forEach((row, r) => {
    if (!row || r < rect.top || r > rect.bottom) return;
    for (let c = Math.max(rect.left, 0); c <= Math.min(rect.right, row.length - 1); c++) row[c] = null;
  });
  for (const k of [...(sheet.formulas?.keys() ?? [])]) {
    const [r, c] = k.split(",").map(Number);
    if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) sheet.formulas?.delete(k);
  }
}

const LITERAL = '"((?:[^"]|"")*)"';
const HYPERLINK = new RegExp(`^=\\s*HYPERLINK\\(\\s*${LITERAL}\\s*(?:,\\s*${LITERAL}\\s*)?\\)$`, "i");

/**
 * What Excel shows for the one formula jixiao writes, =HYPERLINK("#'表'!B7","表!B7"): its second
 * argument (else its first). undefined for any other formula: the in-memory workbook computes
 * nothing else.
 */
export function hyperlinkShown(formula: string): string | undefined {
  const m = HYPERLINK.exec(formula.trim());
  if (!m) return undefined;
  return (m[2] ?? m[1]).replace(/""/g, '"');
}

/** The cell format one plan entry sets, as a StylePatch for every cell of its range. */
export function patchOf(p: RangeFormatPatch): StylePatch {
  const patch: StylePatch = {};
  const font: StylePatch["font"] = {};
  if (p.bold !== undefined) font.bold = p.bold;
  if (p.fontSize !== undefined) font.size = p.fontSize;
  if (p.fontColor !== undefined) font.color = p.fontColor;
  if (p.underline !== undefined) font.underline = p.underline;
  if (Object.keys(font).length) patch.font = font;
  if (p.fill !== undefined) patch.fill = p.fill;
  if (p.alignment) patch.alignment = { ...p.alignment };
  if (p.border) patch.borders = Object.fromEntries(ALL_EDGES.map((e) => [e, { ...THIN_BORDER }]));
  return patch;
}

function eachCell(rect: CellRect, fn: (row: number, col: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
}

/** Writes the review sheet into the workbook, replacing a sheet of that name and no other. */
export function renderReviewSheetInMemory(wb: MemoryWorkbook, plan: ReviewSheetPlan): MemorySheet {
  if (findSheet(wb, plan.name)) removeSheet(wb, plan.name);
  const sheet = addSheet(wb, plan.name);
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      setNumberFormat(sheet, r, c, plan.numberFormats[r][c]);
      if (v !== "") setValue(sheet, r, c, typedValue(v));
    }),
  );
  for (const run of plan.formulas) {
    run.formulas.forEach(([f], k) => setFormula(sheet, run.rect.top + k, run.rect.left, f, run.shown[k][0]));
  }
  sheet.merges.push(...plan.merges.map((m) => ({ ...m.rect })));
  for (const op of plan.formats) {
    const patch = patchOf(op.patch);
    eachCell(op.rect, (r, c) => setStyle(sheet, r, c, patch));
  }
  plan.columnWidths.forEach((w, c) => setColumnWidth(sheet, c, w));
  sheet.frozenRows = plan.freezeRows;
  sheet.pageLayout = {
    orientation: plan.print.orientation,
    paperSize: plan.print.paperSize,
    printTitleRows: plan.print.titleRows,
    printArea: plan.print.printArea,
    centerHorizontally: plan.print.centerHorizontally,
    zoomScale: plan.print.scale,
  };
  wb.activeSheet = sheet.name;
  return sheet;
}
