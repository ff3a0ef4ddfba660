/**
 * 下载 in the browser workspace: the workbook the user opened, with the text the pane changed in
 * the in-memory host (fixes, inserts, typing), written by the patch writer over the original bytes,
 * so every part and cell the pane did not change stays byte for byte as the user gave it.
 * Only an .xlsx/.xlsm package can be patched; an .xls or .csv is refused with a Chinese message
 * rather than silently converted.
 */
import { toA1 } from "../domain/address";
import type { CellValue, WorkbookGrid } from "../domain/grid";
import { fileKind } from "../file";
import { patchCells, type CellEdit } from "../file/patch";

/** A workbook opened from disk: its bytes as read (never modified) and the grid they gave. */
export interface OpenedWorkbook {
  fileName: string;
  bytes: Uint8Array;
  grid: WorkbookGrid;
}

export interface WorkbookDownload {
  fileName: string;
  bytes: Uint8Array;
  /** the cells written, in sheet then row order */
  edits: CellEdit[];
  /** sheets the pane added (审核意见表, 已说明): a patch cannot add sheets, so they are not in the file */
  sheetsLeftOut: string[];
}

/** Why a download cannot be built; the message is Chinese and names the file. */
export class DownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DownloadError";
  }
}

/** Every non-empty cell of a grid as "row,col" (absolute, origin applied) → value. */
function cellsOf(sheet: WorkbookGrid["sheets"][number]): Map<string, CellValue> {
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

/** The cells whose value in `current` differs from `opened`, as patch-writer edits (text). */
export function changedCells(opened: WorkbookGrid, current: WorkbookGrid): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const now of current.sheets) {
    const was = opened.sheets.find((s) => s.name === now.name);
    if (!was) continue;
    const before = cellsOf(was);
    const after = cellsOf(now);
    const keys = new Set([...before.keys(), ...after.keys()]);
    const changed = [...keys]
      .map((k) => k.split(",").map(Number) as [number, number])
      .filter(([r, c]) => before.get(`${r},${c}`) !== after.get(`${r},${c}`))
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [r, c] of changed) {
      const value = after.get(`${r},${c}`);
      edits.push({ sheet: now.name, cell: toA1(r, c), text: value === undefined || value === null ? "" : String(value) });
    }
  }
  return edits;
}

/** "表.xlsx" → "表（已修改）.xlsx": the download never takes the opened file's own name. */
export function downloadName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ext = dot > 0 ? fileName.slice(dot) : ".xlsx";
  return `${stem}（已修改）${ext}`;
}

export function buildDownload(opened: OpenedWorkbook, current: WorkbookGrid): WorkbookDownload {
  if (fileKind(opened.bytes.subarray(0, 8)) !== "zip") {
    throw new DownloadError(
      `“${opened.fileName}”不是 xlsx 工作簿（.xls、.et 或 .csv），无法在原文件上写回修改。请在 Excel 或 WPS 中另存为 .xlsx 后重新打开，或在“已说明”页生成审核意见表。`,
    );
  }
  const edits = changedCells(opened.grid, current);
  const sheetsLeftOut = current.sheets.filter((s) => !opened.grid.sheets.some((o) => o.name === s.name)).map((s) => s.name);
  const bytes = edits.length ? patchCells(opened.bytes, edits, opened.fileName) : opened.bytes;
  return { fileName: downloadName(opened.fileName), bytes, edits, sheetsLeftOut };
}
