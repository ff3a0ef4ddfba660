/**
 * Moving references when a whole row is inserted or deleted, the way Excel does: an area at or
 * below the row moves, an area spanning it grows (insert) or shrinks (delete), and a reference to
 * a deleted row becomes #REF!. Used by the patch writer on the sheet XML and by the in-memory
 * host (memory-rows.ts), so a download and the pane agree on where every reference ends up.
 * Only same-sheet A1 references are moved (B7, $B$7, B6:B18); a reference into another sheet
 * ("表!B7") is left alone — the patch writer refuses those that point into a shifted sheet.
 */
import { columnIndex, columnLetter } from "../domain/address";

/** 0-based, inclusive. */
export interface RowRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A whole-row insert or delete at 0-based `at` (an insert makes the old row `at` into `at + 1`). */
export interface RowShift {
  insert: boolean;
  at: number;
}

export function insertRect<R extends RowRect>(r: R, at: number): R {
  if (r.top >= at) return { ...r, top: r.top + 1, bottom: r.bottom + 1 };
  if (r.bottom >= at) return { ...r, bottom: r.bottom + 1 };
  return r;
}

/** null: the area was only on the deleted row. */
export function deleteRect<R extends RowRect>(r: R, at: number): R | null {
  if (r.top === at && r.bottom === at) return null;
  if (r.top > at) return { ...r, top: r.top - 1, bottom: r.bottom - 1 };
  if (r.bottom >= at) return { ...r, bottom: r.bottom - 1 };
  return r;
}

export function shiftRect<R extends RowRect>(r: R, shift: RowShift): R | null {
  return shift.insert ? insertRect(r, shift.at) : deleteRect(r, shift.at);
}

/** Where a 0-based row goes; null when it is the deleted row. */
export function shiftRow(row: number, shift: RowShift): number | null {
  if (shift.insert) return row >= shift.at ? row + 1 : row;
  if (row === shift.at) return null;
  return row > shift.at ? row - 1 : row;
}

const REF = String.raw`(\$?)([A-Z]{1,3})(\$?)(\d{1,7})`;
/** A range or a single reference not preceded by a sheet name, a function name's letters or a dot. */
const REFERENCE = new RegExp(String.raw`(?<![A-Za-z0-9_!.'])${REF}(?::${REF})?(?![A-Za-z0-9_(!])`, "g");

/** Each same-sheet reference of a formula (outside string literals), as a rectangle with whether its rows are absolute. */
export function formulaReferences(formula: string): Array<RowRect & { absoluteTop: boolean; absoluteBottom: boolean }> {
  const out: Array<RowRect & { absoluteTop: boolean; absoluteBottom: boolean }> = [];
  formula.split(/("[^"]*")/).forEach((part, i) => {
    if (i % 2 === 1) return;
    for (const m of part.matchAll(REFERENCE)) {
      const top = Number(m[4]) - 1;
      const left = columnIndex(m[2]);
      out.push({
        top,
        left,
        bottom: m[8] !== undefined ? Number(m[8]) - 1 : top,
        right: m[6] ? columnIndex(m[6]) : left,
        absoluteTop: m[3] === "$",
        absoluteBottom: (m[8] !== undefined ? m[7] : m[3]) === "$",
      });
    }
  });
  return out;
}

export function shiftFormula(formula: string, at: number, inserted: boolean): string {
  // Inside string literals nothing is a reference.
  return formula
    .split(/("[^"]*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (whole, d1: string, c1: string, d2: string, r1: string, d3?: string, c2?: string, d4?: string, r2?: string) => {
            const top = Number(r1) - 1;
            const bottom = r2 !== undefined ? Number(r2) - 1 : top;
            const col1 = columnIndex(c1);
            const rect = { top, left: col1, bottom, right: c2 ? columnIndex(c2) : col1 };
            const moved = inserted ? insertRect(rect, at) : deleteRect(rect, at);
            if (!moved) return "#REF!";
            const first = `${d1}${columnLetter(col1)}${d2}${moved.top + 1}`;
            if (r2 === undefined) return first;
            return `${first}:${d3}${c2}${d4}${moved.bottom + 1}`;
          }),
    )
    .join("");
}
