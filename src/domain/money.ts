import Big from "big.js";
import type { CellValue } from "./grid";

/**
 * Amounts are exact decimals (big.js), never summed as floats: a 0.01 gap in the table's unit is a
 * real gap. A number read from a cell is cleaned of binary float noise from formulas (0.1+0.2) by
 * rounding to 10 decimal places, far below any money unit.
 */
export type Amount =
  | { kind: "number"; value: Big }
  /** blank, "-", "—", "－": no money from this source */
  | { kind: "empty" }
  /** text that is not a number: kept for the amount-not-number finding, never dropped */
  | { kind: "invalid"; text: string };

export const EMPTY_AMOUNT: Amount = { kind: "empty" };

const DASHES = /^[-—–－―~～\s]*$/;
/** A number's shortest form with at most 10 decimals and no exponent: round(10) leaves it as is. */
const SHORT_DECIMAL = /^-?\d+(\.\d{1,10})?$/;

/** Full-width digits and punctuation to ASCII (０-９ ． ， －). */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

export function parseAmount(v: CellValue): Amount {
  if (v === null || v === undefined) return EMPTY_AMOUNT;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid", text: String(v) };
    // most cells hold short decimals that rounding would not change: skip big.js's round for them,
    // and hand big.js the string already made (what it would make of v itself; -0 aside)
    const s = String(v);
    return { kind: "number", value: SHORT_DECIMAL.test(s) && !Object.is(v, -0) ? new Big(s) : new Big(v).round(10) };
  }
  if (typeof v === "boolean") return { kind: "invalid", text: String(v) };
  const raw = v;
  const text = toHalfWidth(raw).replace(/[\s\u00a0]/g, "");
  if (DASHES.test(text)) return EMPTY_AMOUNT;
  // thousands separators (1,234.50 or 1，234.50), an optional unit suffix the preparer typed
  const cleaned = text.replace(/,(?=\d{3}(\D|$))/g, "").replace(/(万元|元|亿元)$/, "");
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return { kind: "number", value: new Big(cleaned) };
  return { kind: "invalid", text: raw };
}

export function amountValue(a: Amount): Big | null {
  return a.kind === "number" ? a.value : null;
}

/** Blank counts as zero when summing sources; invalid text makes the sum unknown (null). */
export function sumAmounts(list: Amount[]): Big | null {
  let s = new Big(0);
  for (const a of list) {
    if (a.kind === "invalid") return null;
    if (a.kind === "number") s = s.plus(a.value);
  }
  return s;
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
