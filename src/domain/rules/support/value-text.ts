/**
 * Pointing inside a cell. Indicator values and names carry a span into the cell's own text, and
 * that text may hold PDF-style line breaks (`否\n则否则`) that the parsed `raw` no longer has.
 * Rules search the cleaned text and map what they find back to offsets in the cell, so a finding or
 * a fix covers exactly what was typed.
 */
import type { Indicator, IndicatorValue, Span, TableRow } from "../../model";
import { cleanWithMap } from "../../text";
import { isWhiteSpace } from "./text-keys";

export type ValueFieldName = "annual" | "period";

/** The two value fields of an indicator, as constants: rules loop over these, no allocation. */
export interface ValueDef {
  field: ValueFieldName;
  key: "annualValue" | "periodValue";
  label: string;
  labelEn: string;
  /** the label as message data */
  name: { zh: string; en: string };
}

/** Annual first: the value every table carries. */
export const VALUE_DEFS: readonly ValueDef[] = [
  { field: "annual", key: "annualValue", label: "年度指标值", labelEn: "annual value", name: { zh: "年度指标值", en: "annual value" } },
  { field: "period", key: "periodValue", label: "实施周期指标值", labelEn: "period value", name: { zh: "实施周期指标值", en: "period value" } },
];

/** The value a def names (a plain branch: a keyed lookup by d.key is slower on this hot path). */
export function valueOf(ind: Indicator, d: ValueDef): IndicatorValue | null {
  return d.field === "annual" ? ind.annualValue : ind.periodValue;
}

/** One value of an indicator with what to call it. */
export interface ValueField extends ValueDef {
  value: IndicatorValue;
}

/** A piece of text with the span it came from (a value, a name). */
export interface SpannedText {
  text: string;
  span: Span;
}

export interface Located {
  /** the match in the cleaned text */
  text: string;
  /** offsets of the match in the cleaned text */
  index: number;
  /** the cleaned text searched */
  source: string;
  span: Span;
  /** whether the span points exactly at the match (false: it covers the whole text) */
  exact: boolean;
}

/** The cleaned text of `t`, with a map back into the cell when the cell's own text is known. */
export interface CellText {
  /** the cleaned text (what the user reads) */
  text: string;
  /** map[i] = offset in the source of text[i]; null when text is the source itself */
  map: number[] | null;
  /** where source offsets start in the cell, or null when only the whole span is known */
  base: number | null;
  span: Span;
}

/** No line break inside and nothing for trim() at the ends: cleaning would give the text back. */
function isClean(s: string): boolean {
  const n = s.length;
  if (n > 0 && (isWhiteSpace(s.charCodeAt(0)) || isWhiteSpace(s.charCodeAt(n - 1)))) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return false;
  }
  return true;
}

function mappedOf(source: string, base: number | null, span: Span): CellText {
  // most cells have no line breaks: the text is its own map (no allocation on the hot path)
  if (isClean(source)) return { text: source, map: null, base, span };
  const m = cleanWithMap(source);
  return { text: m.text, map: m.map, base, span };
}

/**
 * The cell's own characters under `t.span`: the compact 绩效指标 cell text when the span is in it,
 * else `t.text` when it is the very slice (expanded layout value cells).
 */
export function cellTextOf(t: SpannedText, row: TableRow | null): CellText {
  const sliceLen = t.span.end - t.span.start;
  if (row && row.indicatorText && row.indicatorCell === t.span.cell && t.span.end <= row.indicatorText.length) {
    return mappedOf(row.indicatorText.slice(t.span.start, t.span.end), t.span.start, t.span);
  }
  if (t.text.length === sliceLen) return mappedOf(t.text, t.span.start, t.span);
  return mappedOf(t.text, null, t.span);
}

/** The span in the cell of cleaned offsets [start, end). */
export function spanIn(ct: CellText, start: number, end: number): { span: Span; exact: boolean } {
  if (ct.base === null || start >= end || end > ct.text.length) return { span: ct.span, exact: false };
  const s = ct.map ? ct.map[start] : start;
  const e = ct.map ? ct.map[end - 1] + 1 : end;
  return { span: { cell: ct.span.cell, start: ct.base + s, end: ct.base + e }, exact: true };
}

const GLOBALS = new WeakMap<RegExp, RegExp>();

function globalOf(re: RegExp): RegExp {
  let g = GLOBALS.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
    GLOBALS.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

/** Every match of `re` in the cleaned text of `t`, located in the cell. */
export function locateAll(t: SpannedText, row: TableRow | null, re: RegExp): Located[] {
  const ct = cellTextOf(t, row);
  const text = ct.text;
  const out: Located[] = [];
  const g = globalOf(re);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    const { span, exact } = spanIn(ct, m.index, m.index + m[0].length);
    out.push({ text: m[0], index: m.index, source: text, span, exact });
  }
  return out;
}

/** The cleaned text of a value or name (what the user reads). */
export function cleanedOf(t: SpannedText, row: TableRow | null): string {
  return cellTextOf(t, row).text;
}
