/**
 * Formula cells without a cached result (files written by tools, never saved by Excel). Plain sums
 * are worked out here — `SUM(B5:B9)`, `B5+B6-B7`, `SUM(B5:B9)+C3`, over cells of the same sheet —
 * so the table reads as Excel would show it; anything else stays unknown, and no money verdict
 * is built on it.
 */
import { fromA1 } from "../address";
import type { FormulaCell, SheetGrid } from "../grid";

/** `+` / `-` between terms; a term is a number, a cell, or SUM over cells, ranges and numbers. */
const TERM = /^\s*([+-])?\s*(SUM\(([^()]*)\)|\$?[A-Z]{1,3}\$?\d+|\d+(?:\.\d+)?)\s*/i;
const RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;
/** The most cells one formula may add: a plain sum is a column of a table, not a sheet. */
const MAX_CELLS = 100_000;

export class UncachedFormulas {
  private readonly byCell = new Map<string, FormulaCell>();
  private readonly results = new Map<string, number | null>();

  constructor(private readonly grid: SheetGrid) {
    for (const f of grid.formulas ?? []) if (!f.cached) this.byCell.set(`${f.row},${f.col}`, f);
  }

  get size(): number {
    return this.byCell.size;
  }

  /** The formula at (sheet row, sheet column) when it has no cached result; else undefined. */
  formulaAt(row: number, col: number): FormulaCell | undefined {
    return this.byCell.get(`${row},${col}`);
  }

  /** The formula's result when it is a plain sum over cells; null when it cannot be worked out. */
  resultAt(row: number, col: number): number | null {
    return this.evaluate(row, col, new Set());
  }

  private evaluate(row: number, col: number, seen: Set<string>): number | null {
    const key = `${row},${col}`;
    if (this.results.has(key)) return this.results.get(key)!;
    const f = this.byCell.get(key);
    if (!f || seen.has(key)) return null;
    seen.add(key);
    const result = this.sum(f.formula, seen);
    this.results.set(key, result);
    return result;
  }

  private sum(formula: string, seen: Set<string>): number | null {
    let rest = formula.replace(/^=/, "");
    let total = 0;
    while (rest.trim() !== "") {
      const m = TERM.exec(rest);
      if (!m) return null;
      const sign = m[1] === "-" ? -1 : 1;
      const value = m[3] !== undefined ? this.sumArgs(m[3], seen) : /^\d/.test(m[2]) ? Number(m[2]) : this.cellNumber(m[2], seen);
      if (value === null) return null;
      total += sign * value;
      rest = rest.slice(m[0].length);
    }
    // float noise of the additions: amounts have at most a few decimals
    return Math.round(total * 1e6) / 1e6;
  }

  private sumArgs(args: string, seen: Set<string>): number | null {
    let total = 0;
    for (const arg of args.split(",")) {
      const a = arg.trim();
      if (/^\d+(\.\d+)?$/.test(a)) {
        total += Number(a);
        continue;
      }
      const m = RANGE.exec(a);
      if (!m) return null;
      const from = fromA1(`${m[1]}${m[2]}`);
      const to = fromA1(`${m[3] ?? m[1]}${m[4] ?? m[2]}`);
      if (!from || !to || (to.row - from.row + 1) * (to.col - from.col + 1) > MAX_CELLS) return null;
      for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++) {
        for (let c = Math.min(from.col, to.col); c <= Math.max(from.col, to.col); c++) {
          const v = this.valueAt(r, c, seen);
          if (v === null) return null;
          total += v;
        }
      }
    }
    return total;
  }

  private cellNumber(ref: string, seen: Set<string>): number | null {
    const at = fromA1(ref.replace(/\$/g, ""));
    return at ? this.valueAt(at.row, at.col, seen) : null;
  }

  /** A referenced cell as a number: blank is 0, text that is no number cannot be added. */
  private valueAt(row: number, col: number, seen: Set<string>): number | null {
    if (this.byCell.has(`${row},${col}`)) return this.evaluate(row, col, new Set(seen));
    const v = this.grid.rows[row - (this.grid.originRow ?? 0)]?.[col - (this.grid.originCol ?? 0)];
    if (v === null || v === undefined || v === "") return 0;
    if (typeof v === "number") return v;
    const n = Number(String(v).replace(/,/g, "").trim());
    return String(v).trim() !== "" && Number.isFinite(n) ? n : null;
  }
}
