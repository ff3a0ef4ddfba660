/**
 * A1 range addresses as Office.js writes them ("Sheet1!$B$7:$D$9", "'预算 表'!A1, 'a,b'!C3") turned
 * into 0-based rectangles and back. Shared by both hosts and the fake Office.js runtime, so the
 * three agree on what an address means. No Office, DOM or Node imports.
 */
import { columnIndex, columnLetter, toA1 } from "../domain/address";
import type { MergedArea } from "../domain/grid";

/** 0-based, inclusive; the same shape as a merged area. */
export type CellRect = MergedArea;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; col: number } | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  if (row < 0) return null;
  return { row, col: columnIndex(m[1]) };
}

/** Drops a leading sheet name ("'My sheet'!A1" → "A1"); the rest is returned as is. */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address.trim() : address.slice(bang + 1).trim();
}

/** "B7", "$B$7:$D$9" or "Sheet1!B7:D9" → a rectangle; null when it is not a cell or cell range. */
export function parseRange(address: string): CellRect | null {
  const parts = stripSheet(address).split(":");
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function formatRange(r: CellRect): string {
  const first = toA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? first : `${first}:${toA1(r.bottom, r.right)}`;
}

/**
 * Splits an address list on the commas between areas, not on commas inside a quoted sheet name
 * ('a,b'!A1). Office.js separates areas with ", " in RangeAreas.address and accepts "," or ", ".
 */
export function splitAddressList(list: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (current.trim()) out.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Every area of an address list; throws on an area it cannot read, naming it. */
export function parseRangeList(list: string): CellRect[] {
  return splitAddressList(list).map((area) => {
    const rect = parseRange(area);
    if (!rect) throw new Error(`无法识别的单元格地址“${area}”`);
    return rect;
  });
}

export function intersects(a: CellRect, b: CellRect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: CellRect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

export function cellCount(r: CellRect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** The rectangle of `rows` × `cols` cells whose top-left cell is (top, left). */
export function rectOf(top: number, left: number, rows: number, cols: number): CellRect {
  return { top, left, bottom: top + rows - 1, right: left + cols - 1 };
}

/** Column letters for a 0-based column, re-exported so host code needs one import. */
export { columnLetter };
