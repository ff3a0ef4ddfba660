/**
 * The numbers items are written with: `1、` (the export's own), and what people type by hand —
 * `1.` `1．` `1）` `1)` `（1）` `(1)` `①` `（一）` `一、`. A style is named by its marker for
 * item 1 (`（一）`, `①`), so a new item can be numbered the way its cell numbers (markerOf).
 */

/** The marker of item 1 in a style: 1、 1. 1． 1） 1) （1） (1) ① （一） 一、 */
export type NumberStyle = string;

export const DEFAULT_NUMBER_STYLE: NumberStyle = "1、";

/** A marker found in the cleaned cell text. */
export interface Marker {
  /** where the marker starts */
  start: number;
  /** the number as written, at [numberStart, numberEnd) */
  numberStart: number;
  numberEnd: number;
  /** just after the marker: the item's body starts here */
  bodyStart: number;
  seq: number;
  style: NumberStyle;
}

const CN_DIGITS = "〇一二三四五六七八九";
const CN_NUMERAL = "[一二三四五六七八九十]{1,3}";
const ARABIC = "[0-9０-９]{1,3}";
const CIRCLED_ONE = 0x2460;
/** A coded category right after a marker: `1-产出指标`. */
const CODED_AFTER = /^[0-9０-９]{1,2}\s*[-－—–]\s*[\u4e00-\u9fff]/;
const CIRCLED_COUNT = 20;

/**
 * Every marker, one alternative per family; the groups say which matched. An arabic number is
 * never part of a longer number or a decimal (`1.5`, `2025.12`; findMarkers drops `1.` before a
 * digit), a Chinese one never part of a
 * longer numeral.
 */
const MARKER = new RegExp(
  [
    `(?<![0-9０-９.．])(${ARABIC})\\s*([、.．）)])`,
    `([（(])\\s*(${ARABIC})\\s*([）)])`,
    `([\u2460-\u2473])`,
    `([（(])(${CN_NUMERAL})([）)])`,
    `(?<![一二三四五六七八九十])(${CN_NUMERAL})\\s*、`,
  ].join("|"),
  "g",
);

/** 一 … 九十九 as a number; null when it is no numeral. */
export function chineseNumberValue(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === "") return null;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? CN_DIGITS.indexOf(a) : null;
  return (a ? CN_DIGITS.indexOf(a) : 1) * 10 + (b ? CN_DIGITS.indexOf(b) : 0);
}

/** 1 … 99 written as a Chinese numeral (十一, 二十). */
export function chineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return CN_DIGITS[ones];
  return `${tens > 1 ? CN_DIGITS[tens] : ""}十${ones ? CN_DIGITS[ones] : ""}`;
}

const arabicValue = (s: string): number => [...s].reduce((n, d) => n * 10 + (d.charCodeAt(0) >= 0xff10 ? d.charCodeAt(0) - 0xff10 : d.charCodeAt(0) - 0x30), 0);

/** Every marker in `t`, in order, whether or not an item starts there (parse.ts decides). */
export function findMarkers(t: string): Marker[] {
  const out: Marker[] = [];
  for (const m of t.matchAll(MARKER)) {
    const start = m.index;
    const bodyStart = start + m[0].length;
    const at = (text: string) => start + m[0].indexOf(text);
    if (m[1] !== undefined) {
      // `1.5`: a decimal, not item 1 — but `1.1-产出指标` is item 1 and its coded category
      if (/[.．]/.test(m[2]) && /[0-9０-９]/.test(t[bodyStart] ?? "") && !CODED_AFTER.test(t.slice(bodyStart, bodyStart + 8))) continue;
      out.push({ start, numberStart: start, numberEnd: start + m[1].length, bodyStart, seq: arabicValue(m[1]), style: `1${m[2]}` });
    } else if (m[4] !== undefined) {
      const s = at(m[4]);
      out.push({ start, numberStart: s, numberEnd: s + m[4].length, bodyStart, seq: arabicValue(m[4]), style: `${m[3]}1${m[5]}` });
    } else if (m[6] !== undefined) {
      out.push({ start, numberStart: start, numberEnd: start + 1, bodyStart, seq: m[6].charCodeAt(0) - CIRCLED_ONE + 1, style: "①" });
    } else if (m[8] !== undefined) {
      const seq = chineseNumberValue(m[8]);
      if (seq !== null) out.push({ start, numberStart: start + 1, numberEnd: start + 1 + m[8].length, bodyStart, seq, style: `${m[7]}一${m[9]}` });
    } else if (m[10] !== undefined) {
      const seq = chineseNumberValue(m[10]);
      if (seq !== null) out.push({ start, numberStart: start, numberEnd: start + m[10].length, bodyStart, seq, style: "一、" });
    }
  }
  return out;
}

/** The number `seq` as the style writes it (the number only: `2`, `②`, `二`). */
export function numberIn(style: NumberStyle, seq: number): string {
  if (style === "①") return seq >= 1 && seq <= CIRCLED_COUNT ? String.fromCharCode(CIRCLED_ONE + seq - 1) : String(seq);
  if (style.includes("一")) return chineseNumeral(seq);
  return String(seq);
}

/** The whole marker of item `seq` in the style: `2、`, `（2）`, `②`, `（二）`. */
export function markerOf(style: NumberStyle, seq: number): string {
  if (style === "①") return numberIn(style, seq);
  return style.replace(/[1一]/, numberIn(style, seq));
}
