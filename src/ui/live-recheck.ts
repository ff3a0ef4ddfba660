/**
 * Which edits deserve a live re-check. A change counts when it lands inside (or right next to) the
 * used area of a sheet that holds a table, so typing a note far to the right of a table, or on an
 * unrelated sheet, does not re-read the workbook. When no table was found at all, every edit counts:
 * the user may be fixing the header that made the reader miss the table.
 */
import type { WorkbookGrid } from "../domain/grid";
import type { ChangeEvent } from "../host/host";
import { fromA1 } from "../domain/address";

/** 0-based, inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface WatchedAreas {
  /** sheet name → its used area; only sheets that hold a table */
  sheets: Map<string, Area>;
  /** true when the last check found no table */
  anyChange: boolean;
}

export function usedArea(sheet: WorkbookGrid["sheets"][number]): Area {
  const top = sheet.originRow ?? 0;
  const left = sheet.originCol ?? 0;
  const width = sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
  return {
    top,
    left,
    bottom: top + Math.max(sheet.rows.length, 1) - 1,
    right: left + Math.max(width, 1) - 1,
  };
}

export function watchedAreas(grid: WorkbookGrid, tableSheets: readonly string[]): WatchedAreas {
  const wanted = new Set(tableSheets);
  const sheets = new Map<string, Area>();
  for (const sheet of grid.sheets) if (wanted.has(sheet.name)) sheets.set(sheet.name, usedArea(sheet));
  return { sheets, anyChange: wanted.size === 0 };
}

/** "B7", "B7:D9", "Sheet1!B7", "$B$7"; null for whole rows or columns ("B:B", "7:7") and junk. */
export function parseRange(address: string): Area | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [first, second = first] = local.split(":");
  const a = fromA1(first);
  const b = fromA1(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** One row or column of slack: a project appended right below the table still counts. */
const MARGIN = 1;

export function touchesTable(change: ChangeEvent, watched: WatchedAreas): boolean {
  if (watched.anyChange) return true;
  const area = watched.sheets.get(change.sheet);
  if (!area) return false;
  const range = parseRange(change.address);
  // An address we cannot read (a whole column, say) is treated as touching: a missed re-check is worse.
  if (!range) return true;
  return (
    range.top <= area.bottom + MARGIN &&
    range.bottom >= area.top - MARGIN &&
    range.left <= area.right + MARGIN &&
    range.right >= area.left - MARGIN
  );
}
