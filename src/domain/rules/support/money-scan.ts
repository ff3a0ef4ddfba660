/**
 * Finds written sums in linear time. It gives exactly the matches, in order, of the pattern money
 * text was once searched with:
 *
 *   /(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|元|万(?![\u4e00-\u9fa5A-Za-z]))(?!\s*[/／每])/g
 *
 * That pattern is quadratic on a long run of digits not followed by a unit (`9…9万人`, 32,000
 * characters: 4.7 s), because the search restarts inside the run and re-reads it from each digit.
 * Every backtracking choice of the pattern is dead (a shorter digit run, fewer groups or spaces
 * leave a digit, comma or space where the unit must be), so the result from a start position is
 * decided by a greedy read; and starts inside a run can only add what the run's start could not:
 * the thousands form from one of the run's last three digits. test/domain/rules/money-scan.test.ts
 * checks the equivalence on random text with fast-check.
 */

export interface MoneyMatch {
  /** offset of the first digit */
  start: number;
  /** offset after the unit */
  end: number;
  /** the number as written, separators kept (the pattern's first group) */
  number: string;
  unit: "亿元" | "万元" | "元" | "万";
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isComma = (c: number) => c === 0x2c || c === 0xff0c; // , ，
const SPACE = /\s/;
const isSpace = (s: string, i: number) => i < s.length && SPACE.test(s[i]);
/** what may not follow a bare 万: a CJK character or a Latin letter (`10万人次`) */
const WORD_AFTER_WAN = /[\u4e00-\u9fa5A-Za-z]/;
/** what may not follow the unit, after spaces: a rate per unit (`500元/人`, `元每人`) */
const PER = new Set(["/", "／", "每"]);

function runEnd(s: string, i: number): number {
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/** The unit at `i` and the offset after it, or null. */
function unitAt(s: string, i: number): { unit: MoneyMatch["unit"]; end: number } | null {
  const c = s[i];
  const d = s[i + 1];
  if (c === "亿" && d === "元") return { unit: "亿元", end: i + 2 };
  if (c === "万" && d === "元") return { unit: "万元", end: i + 2 };
  if (c === "元") return { unit: "元", end: i + 1 };
  if (c === "万" && !(d !== undefined && WORD_AFTER_WAN.test(d))) return { unit: "万", end: i + 1 };
  return null;
}

export class MoneyScanner {
  /** comma offset → end of the greedy `(?:[,，]\d{3})+` from it (shared by every start in one chain) */
  private readonly chains = new Map<number, number>();

  constructor(private readonly s: string) {}

  /** Every match, left to right, as the global pattern finds them. */
  all(): MoneyMatch[] {
    const { s } = this;
    const out: MoneyMatch[] = [];
    let p = 0;
    while (p < s.length) {
      if (!isDigit(s.charCodeAt(p))) {
        p++;
        continue;
      }
      const r = runEnd(s, p);
      // the run's start, then (thousands form only) the first of its last three digits
      const m = this.at(p, r, true) ?? (r - p > 3 ? this.at(r - 3, r, false) : null);
      if (m) {
        out.push(m);
        p = m.end;
      } else p = r;
    }
    return out;
  }

  /** The match starting at `p` in the digit run ending at `r`; `plain` tries the `\d+` form too. */
  private at(p: number, r: number, plain: boolean): MoneyMatch | null {
    if (r - p <= 3 && isComma(this.s.charCodeAt(r))) {
      const groups = this.chainEnd(r);
      const m = groups > r ? this.tail(p, groups) : null;
      if (m) return m;
    }
    return plain ? this.tail(p, r) : null;
  }

  private chainEnd(comma: number): number {
    const { s } = this;
    const known = this.chains.get(comma);
    if (known !== undefined) return known;
    const commas: number[] = [];
    let e = comma;
    while (isComma(s.charCodeAt(e)) && isDigit(s.charCodeAt(e + 1)) && isDigit(s.charCodeAt(e + 2)) && isDigit(s.charCodeAt(e + 3))) {
      commas.push(e);
      e += 4;
      const next = this.chains.get(e);
      if (next !== undefined) {
        e = next;
        break;
      }
    }
    for (const c of commas) this.chains.set(c, e);
    if (!commas.length) this.chains.set(comma, comma);
    return e;
  }

  /** After the integer part ending at `e`: decimals, spaces, the unit and no rate after it. */
  private tail(start: number, e: number): MoneyMatch | null {
    const { s } = this;
    let n = e;
    if (s[n] === "." && isDigit(s.charCodeAt(n + 1))) n = runEnd(s, n + 1);
    let u = n;
    while (isSpace(s, u)) u++;
    const unit = unitAt(s, u);
    if (!unit) return null;
    let after = unit.end;
    while (isSpace(s, after)) after++;
    if (after < s.length && PER.has(s[after])) return null;
    return { start, end: unit.end, number: s.slice(start, n), unit: unit.unit };
  }
}

/** Every written sum in `text` (see MoneyScanner). */
export const scanMoney = (text: string): MoneyMatch[] => new MoneyScanner(text).all();
