/**
 * Which row of the opened sheet each row of the live sheet came from. The pane changes a sheet in
 * two ways: it rewrites cells in place (fixes, the picker filling a row) and it inserts rows (the
 * picker, expanded layout), which shifts every row below. Comparing cell by cell at the same
 * position would call every shifted row changed, so the rows are aligned first: a Myers diff on
 * whole rows finds the rows that are unchanged, and inside each stretch between them the rows are
 * paired by how many cells they share (a fixed row still shares most of its cells), the rest being
 * inserted rows.
 */
import type { CellValue } from "../../domain/grid";

/** A cell as text for comparison: empty and null are the same, 1 and "1" are not. */
export function cellKey(value: CellValue | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  return typeof value === "string" ? `s${value}` : `${typeof value}${String(value)}`;
}

type Row = readonly string[];

/** Past this many differing rows the diff stops looking and pairs the rest by position. */
const MAX_EDIT_DISTANCE = 4_000;
/** Past this many pairs a stretch is paired by position instead of by shared cells. */
const MAX_STRETCH_PAIRS = 250_000;

/**
 * For each row of `now`, the index of the row of `base` it came from, or null for an inserted row.
 * Rows are compared by their cells' keys (see cellKey); the result keeps the rows' order.
 */
export function alignRows(base: readonly Row[], now: readonly Row[]): (number | null)[] {
  const a = base.map(signature);
  const b = now.map(signature);
  const out: (number | null)[] = new Array<number | null>(b.length).fill(null);
  let i = 0;
  let j = 0;
  for (const [x, y] of matchingRows(a, b)) {
    pairStretch(base, now, i, x, j, y, out);
    out[y] = x;
    i = x + 1;
    j = y + 1;
  }
  pairStretch(base, now, i, base.length, j, now.length, out);
  return out;
}

function signature(row: Row): string {
  let end = row.length;
  while (end > 0 && row[end - 1] === "") end -= 1;
  return row.slice(0, end).join("\u0000");
}

/** The pairs of identical rows a shortest edit script keeps, in order (common ends first, then Myers). */
function matchingRows(a: readonly string[], b: readonly string[]): [number, number][] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const pairs: [number, number][] = [];
  for (let k = 0; k < start; k++) pairs.push([k, k]);
  for (const [x, y] of myers(a.slice(start, endA), b.slice(start, endB))) pairs.push([x + start, y + start]);
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

/** Myers' O(ND) diff (1986): the matched index pairs, or none when the rows differ too much. */
function myers(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m, d, a, b);
    }
  }
  return [];
}

function backtrack(trace: Int32Array[], offset: number, n: number, m: number, last: number, a: readonly string[], b: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = last; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) pairs.push([(x -= 1), (y -= 1)]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0 && a[x - 1] === b[y - 1]) pairs.push([(x -= 1), (y -= 1)]);
  return pairs.reverse();
}

/** How many non-empty cells two rows hold in the same columns. */
function shared(a: Row, b: Row): number {
  let count = 0;
  for (let c = 0; c < Math.min(a.length, b.length); c++) if (a[c] !== "" && a[c] === b[c]) count += 1;
  return count;
}

/**
 * Pairs base rows [i0, i1) with live rows [j0, j1), keeping order and maximising the cells the
 * pairs share; a live row paired with nothing is an inserted row. Equal lengths (only fixes
 * happened here) pair by position.
 */
function pairStretch(base: readonly Row[], now: readonly Row[], i0: number, i1: number, j0: number, j1: number, out: (number | null)[]): void {
  const rows = i1 - i0;
  const cols = j1 - j0;
  if (rows === 0 || cols === 0) return;
  if (rows === cols || rows * cols > MAX_STRETCH_PAIRS) {
    for (let k = 0; k < Math.min(rows, cols); k++) out[j0 + k] = i0 + k;
    return;
  }
  // best[r][c]: the most shared cells pairing base rows i0+r… with live rows j0+c…
  const best = Array.from({ length: rows + 1 }, () => new Int32Array(cols + 1));
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = cols - 1; c >= 0; c--) {
      const s = shared(base[i0 + r], now[j0 + c]);
      best[r][c] = Math.max(best[r + 1][c], best[r][c + 1], s > 0 ? best[r + 1][c + 1] + s : 0);
    }
  }
  let r = 0;
  let c = 0;
  while (r < rows && c < cols) {
    const s = shared(base[i0 + r], now[j0 + c]);
    if (s > 0 && best[r][c] === best[r + 1][c + 1] + s) {
      out[j0 + c] = i0 + r;
      r += 1;
      c += 1;
    } else if (best[r][c] === best[r][c + 1]) c += 1;
    else r += 1;
  }
}
