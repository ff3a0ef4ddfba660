/**
 * Read access to one SheetGrid in grid coordinates (row r, column c of `rows`), with the sheet's
 * A1 addresses, formats and merges resolved. Tolerates ragged rows, holes and odd values: the reader
 * must never throw on what a workbook holds.
 */
import { columnLetter } from "../address";
import type { CellValue, MergedArea, SheetGrid } from "../grid";
import type { ColumnKey } from "../model";
import { leadingSpaces } from "../text";
import { UncachedFormulas } from "./formulas";

/** Characters that leave a cell blank: spaces of every width, tabs, line breaks. */
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c, 0xa0, 0x3000, 0x2028, 0x2029, 0xfeff]);

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly originRow: number;
  private readonly originCol: number;
  /** merges in grid coordinates */
  private readonly merges: MergedArea[];
  /** formula cells the file holds without a cached result */
  readonly formulas: UncachedFormulas;
  /** grid rows hidden by the user or a filter */
  private readonly hidden: ReadonlySet<number>;
  /** 1-based sheet rows, hidden and not blank, that a table left out */
  readonly hiddenDataRows = new Set<number>();
  /** A1 and formula of every amount whose formula could not be worked out, as read */
  readonly uncomputed = new Map<string, string>();
  /** each row's header labels once looked for (header.ts: rowLabels) */
  readonly rowLabels: (ReadonlyMap<ColumnKey, number> | undefined)[] = [];

  constructor(private readonly grid: SheetGrid) {
    this.name = String(grid.name ?? "");
    const rows = Array.isArray(grid.rows) ? grid.rows : [];
    this.rowCount = rows.length;
    let cols = 0;
    for (const r of rows) if (Array.isArray(r) && r.length > cols) cols = r.length;
    this.colCount = cols;
    this.originRow = grid.originRow ?? 0;
    this.originCol = grid.originCol ?? 0;
    this.formulas = new UncachedFormulas(grid);
    this.hidden = new Set((grid.hiddenRows ?? []).map((r) => r - this.originRow));
    this.merges = (grid.merges ?? []).map((m) => ({
      top: m.top - this.originRow,
      bottom: m.bottom - this.originRow,
      left: m.left - this.originCol,
      right: m.right - this.originCol,
    }));
  }

  value(r: number, c: number): CellValue {
    const row = this.grid.rows[r];
    if (!Array.isArray(row)) return null;
    const v = row[c];
    if (v === undefined || v === null) return null;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    return String(v);
  }

  /** The cell as text exactly as held ("" when blank). */
  typedText(r: number, c: number | undefined): string {
    if (c === undefined) return "";
    const v = this.value(r, c);
    if (v === null) return "";
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    return String(v);
  }

  /**
   * The cell's text, or — when it is blank under a merge that starts above it (a 预算单位 column
   * merged over its projects) — the merge's text.
   */
  textUnderMerge(r: number, c: number | undefined): string {
    if (c === undefined) return "";
    if (!this.isBlank(r, c)) return this.typedText(r, c);
    const m = this.mergeAt(r, c);
    return m && m.top < r && m.top >= 0 && m.left >= 0 ? this.typedText(m.top, m.left) : "";
  }

  /** Blank or only whitespace. Stops at the first visible character: cells can be 30,000 long. */
  isBlank(r: number, c: number | undefined): boolean {
    if (c === undefined) return true;
    const v = this.value(r, c);
    if (v === null) return true;
    if (typeof v !== "string") return false;
    for (let i = 0; i < v.length; i++) if (!WHITESPACE.has(v.charCodeAt(i))) return false;
    return true;
  }

  rowIsBlank(r: number): boolean {
    const row = this.grid.rows[r];
    if (!Array.isArray(row)) return true;
    for (let c = 0; c < row.length; c++) if (!this.isBlank(r, c)) return false;
    return true;
  }

  /** Columns of row r that hold something. */
  filledColumns(r: number): number[] {
    const row = this.grid.rows[r];
    const out: number[] = [];
    if (!Array.isArray(row)) return out;
    for (let c = 0; c < row.length; c++) if (!this.isBlank(r, c)) out.push(c);
    return out;
  }

  /** Column letters by grid column, made once: every row asks for the same few columns' addresses. */
  private readonly letters: string[] = [];

  a1(r: number, c: number): string {
    const letters = (this.letters[c] ??= columnLetter(this.originCol + c));
    return letters + (this.originRow + r + 1);
  }

  isHiddenRow(r: number): boolean {
    return this.hidden.has(r);
  }

  /** 0-based sheet column of grid column c. */
  sheetCol(c: number): number {
    return this.originCol + c;
  }

  /** The grid row of a 1-based sheet row (sheetRow's inverse). */
  gridRow(sheetRow: number): number {
    return sheetRow - 1 - this.originRow;
  }

  /** 1-based sheet row, as users see it. */
  sheetRow(r: number): number {
    return this.originRow + r + 1;
  }

  /** The cell's number format code, where it is not General. */
  numberFormat(r: number, c: number): string | undefined {
    return this.grid.formats?.[r]?.[c]?.numberFormat;
  }

  bold(r: number, c: number | undefined): boolean {
    if (c === undefined) return false;
    return this.grid.formats?.[r]?.[c]?.bold === true;
  }

  /**
   * How far the cell is indented: Excel's indent level counts as two spaces (an indent level is
   * about two characters wide), plus the leading spaces typed into the text.
   */
  indent(r: number, c: number | undefined): number {
    if (c === undefined) return 0;
    const level = this.grid.formats?.[r]?.[c]?.indent;
    const excel = typeof level === "number" && level > 0 ? level * 2 : 0;
    return excel + leadingSpaces(this.typedText(r, c));
  }

  /** The merged area that covers (r, c), if any. */
  mergeAt(r: number, c: number): MergedArea | null {
    for (const m of this.mergesOnRow(r)) if (c >= m.left && c <= m.right) return m;
    return null;
  }

  /** Merges indexed by the rows they cover, built once: a 10,000-project sheet has as many merges. */
  private byRow: Map<number, MergedArea[]> | null = null;

  private mergesOnRow(r: number): MergedArea[] {
    if (!this.byRow) {
      this.byRow = new Map();
      for (const m of this.merges) {
        const top = Math.max(0, m.top);
        const bottom = Math.min(this.rowCount - 1, m.bottom);
        for (let k = top; k <= bottom; k++) {
          const list = this.byRow.get(k);
          if (list) list.push(m);
          else this.byRow.set(k, [m]);
        }
      }
    }
    return this.byRow.get(r) ?? [];
  }

  /** True when (r, c) is covered by a merge that starts on an earlier row (a vertical continuation). */
  continuesMergeFromAbove(r: number, c: number | undefined): boolean {
    if (c === undefined) return false;
    const m = this.mergeAt(r, c);
    return m !== null && m.top < r;
  }
}
