/**
 * 下载 in the browser workspace: the workbook the user opened, with everything the pane did in the
 * in-memory host, written by the patch writer over the original bytes: the whole-row inserts and
 * deletes the host made (replayed first, from its journal), then every cell whose value differs
 * (including cells that were empty), the merged areas the picker extended, and the sheets the
 * pane added (审核意见表, 已说明, 新建 tables) with their formats. Every part and cell the pane did
 * not change stays byte for byte as the user gave it. Only an .xlsx/.xlsm package can be patched;
 * an .xls or .csv is refused with a Chinese message rather than silently converted.
 */
import { toA1 } from "../domain/address";
import { EXPLAINED_SHEET, REVIEW_SHEET } from "../domain/sheet-names";
import type { CellValue, MergedArea, SheetGrid, WorkbookGrid } from "../domain/grid";
import { fileKind } from "../file";
import { shiftRect, shiftRow, type RowShift } from "../file/formula-shift";
import { buildWorkbook, patchWorkbook, type CellWrite, type WorkbookPatch } from "../file/patch";
import { newSheetFrom } from "./download-sheets";
import { sheetToGrid, type MemorySheet, type MemoryWorkbook } from "./memory-workbook";

/** A workbook opened from disk: its bytes as read (never modified) and the grid they gave; null bytes for a workbook made in the pane (新建工作簿). */
export interface OpenedWorkbook {
  fileName: string;
  bytes: Uint8Array | null;
  grid: WorkbookGrid;
}

export interface WorkbookDownload {
  fileName: string;
  bytes: Uint8Array;
  /** the cells written, in sheet then row order */
  edits: CellWrite[];
  /** whole rows inserted (positive) or deleted, per sheet */
  rowsShifted: number;
  /** sheets the pane added, now in the file */
  sheetsAdded: string[];
  /** the pane's own sheets the file had, written anew (a regenerated 审核意见表) */
  sheetsReplaced: string[];
}

/** Why a download cannot be built; the message is Chinese and names the file. */
export class DownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DownloadError";
  }
}

/** Every non-empty cell of a grid as "row,col" (absolute, origin applied) → value. */
function cellsOf(sheet: SheetGrid): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  const top = sheet.originRow ?? 0;
  const left = sheet.originCol ?? 0;
  sheet.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== "") out.set(`${top + r},${left + c}`, value);
    }),
  );
  return out;
}

/** The opened cells where they are after the row shifts. */
function shiftedCells(cells: Map<string, CellValue>, shifts: RowShift[]): Map<string, CellValue> {
  let out = cells;
  for (const shift of shifts) {
    const next = new Map<string, CellValue>();
    for (const [k, v] of out) {
      const [r, c] = k.split(",").map(Number);
      const moved = shiftRow(r, shift);
      if (moved !== null) next.set(`${moved},${c}`, v);
    }
    out = next;
  }
  return out;
}

/** The cells whose value in `now` differs from `was` (after `shifts`), as writes; an emptied cell writes null. */
function changedSheetCells(was: SheetGrid, now: SheetGrid, shifts: RowShift[] = []): CellWrite[] {
  const before = shiftedCells(cellsOf(was), shifts);
  const after = cellsOf(now);
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .map((k) => k.split(",").map(Number) as [number, number])
    .filter(([r, c]) => before.get(`${r},${c}`) !== after.get(`${r},${c}`))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([r, c]) => ({ sheet: now.name, cell: toA1(r, c), value: after.get(`${r},${c}`) ?? null }));
}

/** The cells of the sheets both grids have whose values differ (a re-read download against the opened file). */
export function changedCells(opened: WorkbookGrid, current: WorkbookGrid): CellWrite[] {
  return current.sheets.flatMap((now) => {
    const was = opened.sheets.find((s) => s.name === now.name);
    return was ? changedSheetCells(was, now) : [];
  });
}

const mergeKey = (m: MergedArea) => `${m.top},${m.left},${m.bottom},${m.right}`;

/** The merged areas `now` has, when they are not the opened ones moved by the shifts. */
function changedMerges(was: SheetGrid, now: MemorySheet, shifts: RowShift[]): MergedArea[] | null {
  let merges: MergedArea[] = was.merges ?? [];
  for (const shift of shifts) merges = merges.map((m) => shiftRect(m, shift)).filter((m): m is MergedArea => m !== null && (m.bottom > m.top || m.right > m.left));
  const before = new Set(merges.map(mergeKey));
  const after = new Set(now.merges.map(mergeKey));
  if (before.size === after.size && [...before].every((k) => after.has(k))) return null;
  return now.merges.map((m) => ({ ...m }));
}

/** "表.xlsx" → "表（已修改）.xlsx": the download never takes the opened file's own name. */
export function downloadName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ext = dot > 0 ? fileName.slice(dot) : ".xlsx";
  return `${stem}（已修改）${ext}`;
}

/** The sheets the pane itself writes and rewrites whole. */
const PANE_SHEETS = new Set([REVIEW_SHEET, EXPLAINED_SHEET]);

/** What the pane changed in `workbook` since `opened` was read, as one patch. */
function workbookPatch(opened: WorkbookGrid, workbook: MemoryWorkbook): WorkbookPatch {
  const patch: Required<WorkbookPatch> = { rowShifts: [], cells: [], merges: [], sheets: [], replacedSheets: [] };
  for (const sheet of workbook.sheets) {
    const was = opened.sheets.find((s) => s.name === sheet.name);
    if (!was) {
      patch.sheets.push(newSheetFrom(sheet));
      continue;
    }
    const shifts = sheet.rowShifts ?? [];
    if (PANE_SHEETS.has(sheet.name)) {
      // the pane writes these whole (links and all): a changed one is written anew, not cell by cell
      if (shifts.length || changedSheetCells(was, sheetToGrid(sheet)).length) patch.replacedSheets.push(newSheetFrom(sheet));
      continue;
    }
    patch.rowShifts.push(...shifts.map((shift) => ({ sheet: sheet.name, shift })));
    patch.cells.push(...changedSheetCells(was, sheetToGrid(sheet), shifts));
    const merges = changedMerges(was, sheet, shifts);
    if (merges) patch.merges.push({ sheet: sheet.name, merges });
  }
  return patch;
}

export function buildDownload(opened: OpenedWorkbook, workbook: MemoryWorkbook): WorkbookDownload {
  if (!opened.bytes) {
    // a workbook made in the pane: a new package of its sheets
    const sheets = workbook.sheets.map(newSheetFrom);
    return { fileName: opened.fileName, bytes: buildWorkbook(sheets, opened.fileName), edits: [], rowsShifted: 0, sheetsAdded: sheets.map((s) => s.name), sheetsReplaced: [] };
  }
  if (fileKind(opened.bytes.subarray(0, 8)) !== "zip") {
    throw new DownloadError(
      `“${opened.fileName}”不是 xlsx 工作簿（.xls、.et 或 .csv），无法在原文件上写回修改。请在 Excel 或 WPS 中另存为 .xlsx 后重新打开，或在“已说明”页生成审核意见表。`,
    );
  }
  const patch = workbookPatch(opened.grid, workbook);
  const nothing = !patch.rowShifts?.length && !patch.cells?.length && !patch.merges?.length && !patch.sheets?.length && !patch.replacedSheets?.length;
  const bytes = nothing ? opened.bytes : patchWorkbook(opened.bytes, patch, opened.fileName);
  return {
    fileName: downloadName(opened.fileName),
    bytes,
    edits: patch.cells ?? [],
    rowsShifted: patch.rowShifts?.length ?? 0,
    sheetsAdded: (patch.sheets ?? []).map((s) => s.name),
    sheetsReplaced: (patch.replacedSheets ?? []).map((s) => s.name),
  };
}
