/**
 * The patch writer: a workbook's bytes and a patch → a new package in which only the parts the
 * patch touches change. Every other part keeps its compressed bytes as they were (styles, shared
 * strings, pictures, macros, the parts jixiao does not know); in an edited sheet only the edited
 * cells' elements change (patch-cells.ts). A patch is applied in the order the pane made it:
 * whole-row inserts and deletes first (patch-rows.ts, workbook-rows.ts), then cell values, then
 * merged areas, then new sheets (patch-sheets.ts). `buildWorkbook` writes a brand-new package.
 */
import type { RowRect, RowShift } from "./formula-shift";
import { DEFAULT_LIMITS, type FileLimits } from "./limits";
import type { NewSheet } from "./new-sheet";
import { NEW_PACKAGE_PATHS, writeEmptyPackage } from "./new-package";
import { findParts } from "./package-parts";
import { PackageDraft } from "./package-draft";
import { writeCell, type CellWrite } from "./patch-cells";
import { PatchError } from "./patch-error";
import { shiftSheetRows } from "./patch-rows";
import { addSheet, replaceSheet } from "./patch-sheets";
import { setMerges } from "./patch-merges";
import { shiftWorkbookRows } from "./workbook-rows";
import { ZipPackage, type Inflater } from "./zip";

export { PatchError } from "./patch-error";
export { escapeText } from "./xml-escape";
export type { CellWrite } from "./patch-cells";
export type { NewSheet, NewCell, NewCellStyle } from "./new-sheet";

export interface CellEdit {
  sheet: string;
  /** A1 address as Excel writes it ("B3") */
  cell: string;
  /** the cell's new text, stored as text whatever it looks like */
  text: string;
}

export interface WorkbookPatch {
  /** whole-row inserts and deletes, in the order they were made */
  rowShifts?: Array<{ sheet: string; shift: RowShift }>;
  /** values written after the row shifts, at the addresses the rows have then */
  cells?: CellWrite[];
  /** a sheet's merged areas, replacing those the file has (after the row shifts) */
  merges?: Array<{ sheet: string; merges: RowRect[] }>;
  sheets?: NewSheet[];
  /** sheets the file has, written anew in their own parts (the pane's regenerated 审核意见表, 已说明 storage) */
  replacedSheets?: NewSheet[];
}

export interface PatchOptions {
  limits?: FileLimits;
  inflater?: Inflater;
  /** refuse to write a cell the file does not have (the CLI's fixes) */
  existingOnly?: boolean;
}

/** The CLI's fixes: text into cells that exist, as inline strings. */
export function patchCells(bytes: Uint8Array, edits: CellEdit[], file: string, limits: FileLimits = DEFAULT_LIMITS, inflater?: Inflater): Uint8Array {
  const cells = edits.map((e) => ({ sheet: e.sheet, cell: e.cell, value: e.text }));
  return patchWorkbook(bytes, { cells }, file, { limits, inflater, existingOnly: true });
}

export function patchWorkbook(bytes: Uint8Array, patch: WorkbookPatch, file: string, options: PatchOptions = {}): Uint8Array {
  const zip = new ZipPackage(bytes, file, options.limits ?? DEFAULT_LIMITS, options.inflater);
  const parts = findParts(zip, file);
  const draft = new PackageDraft(file, zip);
  const partOf = (sheet: string, what: string): string => {
    const found = parts.sheets.find((s) => s.name === sheet);
    if (!found) throw new PatchError(`文件“${file}”中没有工作表“${sheet}”，无法修改 ${what}。`);
    return found.part;
  };
  const paths = { workbook: parts.workbook, workbookRels: parts.workbookRels, styles: parts.styles, sheets: parts.sheets };
  // a sheet about to be written anew cannot hold a reference that a row shift would break
  const replaced = new Set((patch.replacedSheets ?? []).map((s) => s.name));
  const kept = { ...paths, sheets: paths.sheets.filter((s) => !replaced.has(s.name)) };
  for (const { sheet, shift } of patch.rowShifts ?? []) {
    const part = partOf(sheet, `第 ${shift.at + 1} 行`);
    draft.setText(part, shiftSheetRows(draft.text(part), shift, { file, sheet }));
    shiftWorkbookRows(draft, kept, sheet, shift);
  }
  const bySheet = new Map<string, CellWrite[]>();
  for (const write of patch.cells ?? []) {
    partOf(write.sheet, write.cell);
    bySheet.set(write.sheet, [...(bySheet.get(write.sheet) ?? []), write]);
  }
  for (const [sheet, writes] of bySheet) {
    const part = partOf(sheet, writes[0].cell);
    let xml = draft.text(part);
    for (const write of writes) xml = writeCell(xml, write, { file, existingOnly: options.existingOnly });
    draft.setText(part, xml);
  }
  for (const { sheet, merges } of patch.merges ?? []) {
    const part = partOf(sheet, "合并单元格");
    draft.setText(part, setMerges(draft.text(part), merges));
  }
  for (const sheet of patch.replacedSheets ?? []) replaceSheet(draft, paths, sheet, partOf(sheet.name, "整张工作表"));
  for (const sheet of patch.sheets ?? []) addSheet(draft, paths, sheet);
  return draft.toBytes();
}

/** A new workbook holding just these sheets (at least one). */
export function buildWorkbook(sheets: NewSheet[], file: string): Uint8Array {
  if (!sheets.length) throw new PatchError(`无法生成“${file}”：没有要写入的工作表。`);
  const draft = new PackageDraft(file);
  writeEmptyPackage(draft);
  const paths = { ...NEW_PACKAGE_PATHS };
  for (const sheet of sheets) addSheet(draft, paths, sheet);
  return draft.toBytes();
}
