import Big from "big.js";
import type { CellValue } from "./grid";

/**
 * Amounts are exact decimals, never summed as floats: a 0.01 gap in the table's unit is a real gap.
 * A number read from a cell is cleaned of binary float noise from formulas (0.1+0.2) by rounding
 * to 10 decimal places, far below any money unit.
 *
 * Speed: a 10,000-project table has ~40,000 amounts, read on every check. Nearly all have at most
 * 6 decimals, so a number amount also carries its value in millionths (`micros`), an integer that
 * adds and compares exactly as a plain number while it stays below 2^53 (9 billion units); the
 * big.js value is made only when asked for (messages, odd values). Rules add `micros` first and
 * fall back to big.js when any amount has none.
 */
export interface NumberAmount {
  readonly kind: "number";
  readonly value: Big;
  /** the value × 1,000,000 when that is an exact safe integer; null otherwise (use `value`) */
  readonly micros: number | null;
  /**
   * the cell's own value where its number format shows it rounded (14.0049 formatted 0.00):
   * `value` is then what the table shows (14.00), the value every verdict is built on
   */
  readonly cellValue?: number;
}

export type Amount =
  | NumberAmount
  /**
   * blank, "-", "—", "－": no money from this source. With `formula`: a formula without a cached
   * result that is no plain sum — its value is unknown, and no money verdict may count it as 0
   */
  | { kind: "empty"; formula?: string }
  /** text that is not a number: kept for the amount-not-number finding, never dropped */
  | { kind: "invalid"; text: string };

export const EMPTY_AMOUNT: Amount = { kind: "empty" };

/**
 * A number amount whose big.js value is built on first use from what it was read as: decimal text,
 * or a cell's number whose shortest form has at most 6 decimals (big.js reads that form).
 */
class ExactAmount implements NumberAmount {
  readonly kind = "number" as const;
  private big: Big | null;
  constructor(
    private readonly source: string | number,
    readonly micros: number | null,
    big: Big | null,
  ) {
    this.big = big;
  }
  get value(): Big {
    if (this.big === null) this.big = new Big(this.source);
    return this.big;
  }
  /** JSON as the plain { kind, value } it stands for (big.js writes the value as a decimal string). */
  toJSON(): { kind: "number"; value: Big } {
    return { kind: "number", value: this.value };
  }
}

/** A number amount for a big.js value (computed sums, the picker's 总计). */
export function numberAmount(value: Big): NumberAmount {
  const text = value.toFixed();
  return new ExactAmount(text, decimalMicros(text), value);
}

/**
 * How many decimals a number format shows: the digit placeholders after the point of its first
 * section (`0.00`, `#,##0.00_ `, `0.00;[Red]-0.00`); null when it shows no fixed number (General,
 * dates, percentages, text, scientific), so the value is read as stored.
 */
export function shownDecimals(numberFormat: string | undefined): number | null {
  if (!numberFormat || /^general$/i.test(numberFormat.trim())) return null;
  // the first section, without quoted text, escapes and colours
  const section = numberFormat.split(";")[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (/[%eE@ymdhs]/.test(section) || !/[0#?]/.test(section)) return null;
  const point = section.indexOf(".");
  return point < 0 ? 0 : (/^[0#?]*/.exec(section.slice(point + 1))?.[0].length ?? 0);
}

/**
 * The amount as a cell with this number format shows it: 14.0049 formatted `0.00` reads 14.00 and
 * keeps 14.0049 as `cellValue`. Excel rounds half away from zero. Other amounts pass unchanged.
 */
export function displayedAmount(a: Amount, numberFormat: string | undefined, cellValue: unknown): Amount {
  const decimals = shownDecimals(numberFormat);
  if (decimals === null || a.kind !== "number" || typeof cellValue !== "number") return a;
  const shown = a.value.round(decimals, Big.roundHalfUp);
  if (shown.eq(a.value)) return a;
  const text = shown.toFixed(decimals);
  return Object.assign(new ExactAmount(text, decimalMicros(text), shown), { cellValue });
}

const DASHES = /^[-—–－―~～\s]*$/;
/** A number's shortest form with at most 10 decimals and no exponent: round(10) leaves it as is. */
const SHORT_DECIMAL = /^-?\d+(\.\d{1,10})?$/;
const MAX_MICROS = Number.MAX_SAFE_INTEGER;

/**
 * The decimal text's value in millionths when exact and safe, else null. `text` is a plain decimal
 * (optional sign, digits, optional fraction; no exponent), as String(number) gives for everyday
 * amounts and the cleaned text of a text amount.
 */
export function decimalMicros(text: string): number | null {
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 /* - */ || first === 43 /* + */) {
    negative = first === 45;
    i = 1;
  }
  let units = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      if (fraction >= 0) return null;
      fraction = 0;
      continue;
    }
    if (c < 48 || c > 57) return null;
    if (fraction >= 0 && ++fraction > 6) {
      if (c !== 48) return null; // a 7th decimal that is not 0: not a whole number of millionths
      continue;
    }
    units = units * 10 + (c - 48);
    digits++;
  }
  if (digits === 0) return null;
  const scale = fraction <= 0 ? 6 : 6 - Math.min(fraction, 6);
  const micros = units * 10 ** scale;
  if (!Number.isSafeInteger(micros) || micros > MAX_MICROS) return null;
  return negative ? -micros : micros;
}

/** Full-width digits and punctuation to ASCII (０-９ ． ， －). */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

export function parseAmount(v: CellValue): Amount {
  if (v === null || v === undefined) return EMPTY_AMOUNT;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid", text: String(v) };
    // the usual cell: a whole number of millionths below 10^9, so v * 10^6 rounds to that integer
    // and back exactly (a double's spacing there is far below 10^-6, so no other such decimal
    // lands on v): no string is made until a message needs the value
    if (v < 1e9 && v > -1e9 && !Object.is(v, -0)) {
      const micros = Math.round(v * 1e6);
      if (micros / 1e6 === v) return new ExactAmount(v, micros, null);
    }
    // most cells hold short decimals that rounding would not change: keep their text for big.js
    // (what it would make of v itself; -0 aside), and round the rest as before
    const s = String(v);
    if (SHORT_DECIMAL.test(s) && !Object.is(v, -0)) return new ExactAmount(s, decimalMicros(s), null);
    return numberAmount(new Big(v).round(10));
  }
  if (typeof v === "boolean") return { kind: "invalid", text: String(v) };
  const raw = v;
  const text = toHalfWidth(raw).replace(/[\s\u00a0]/g, "");
  if (DASHES.test(text)) return EMPTY_AMOUNT;
  // thousands separators (1,234.50 or 1，234.50), an optional unit suffix the preparer typed
  const cleaned = text.replace(/,(?=\d{3}(\D|$))/g, "").replace(/(万元|元|亿元)$/, "");
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return numberAmount(new Big(cleaned));
  return { kind: "invalid", text: raw };
}

export function amountValue(a: Amount): Big | null {
  return a.kind === "number" ? a.value : null;
}

/** Blank counts as zero when summing sources; invalid text makes the sum unknown (null). */
export function sumAmounts(list: readonly Amount[]): Big | null {
  // exact millionths while every amount has them and the sum stays a safe integer: one big.js
  // value at the end instead of one per addition
  let micros = 0;
  for (let k = 0; k < list.length; k++) {
    const a = list[k];
    if (a.kind === "invalid") return null;
    if (a.kind === "empty") continue;
    if (a.micros === null) return sumWithBig(list);
    micros += a.micros;
  }
  return Number.isSafeInteger(micros) ? new Big(micros).div(1e6) : sumWithBig(list);
}

function sumWithBig(list: readonly Amount[]): Big | null {
  let s = new Big(0);
  for (const a of list) {
    if (a.kind === "invalid") return null;
    if (a.kind === "number") s = s.plus(a.value);
  }
  return s;
}

/** Whether two amounts are the same number (blank is 0; null when either is text). */
export function sameAmount(a: Amount, b: Amount): boolean | null {
  if (a.kind === "invalid" || b.kind === "invalid") return null;
  const am = amountMicros(a);
  const bm = amountMicros(b);
  if (am !== null && bm !== null) return am === bm;
  return (a.kind === "number" ? a.value : new Big(0)).eq(b.kind === "number" ? b.value : new Big(0));
}

/**
 * The exact millionths of an amount for fast sums and comparisons: 0 for blank, null for text or
 * a number without exact millionths (then compare with big.js).
 */
export function amountMicros(a: Amount): number | null {
  if (a.kind === "empty") return 0;
  return a.kind === "number" ? a.micros : null;
}

export function amountToJson(a: Amount): number | null {
  return a.kind === "number" ? Number(a.value.toString()) : null;
}

/** Display form of a money value: 2 decimals at least, more only when the cell had them. */
export function formatMoney(b: Big): string {
  const s = b.toFixed();
  const dot = s.indexOf(".");
  if (dot < 0) return b.toFixed(2);
  return s.length - dot - 1 < 2 ? b.toFixed(2) : s;
}

export type MoneyUnit = "元" | "万元" | "亿元";

/** How many 元 one unit is. */
export const YUAN_PER_UNIT: Record<MoneyUnit, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

export function convertMoney(value: Big, from: MoneyUnit, to: MoneyUnit): Big {
  if (from === to) return value;
  return value.times(YUAN_PER_UNIT[from]).div(YUAN_PER_UNIT[to]);
}

export { Big };
