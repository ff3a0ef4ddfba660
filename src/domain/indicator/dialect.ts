/**
 * How a cell writes its indicators, read off the cell itself so that a new item (the picker, a fix)
 * looks exactly like its neighbours. Each field is decided by majority over the cell's items; what
 * the cell does not show comes from the closest preset (the three seed styles).
 */
import type { Indicator } from "../model";
import { cleanText } from "../text";
import type { NumberStyle } from "./markers";
import { findItemStarts, parseIndicatorCell } from "./parse";
import { resolveLevel2 } from "./taxonomy";

export interface IndicatorDialect {
  /** categories carry codes: `1-产出指标` */
  codes: boolean;
  /** an 二级 is written (the short dialect writes only the 一级) */
  hasLevel2: boolean;
  /** after the 一级 and the 二级: `；` (002), `,` (001), `：` (000) */
  levelSeparator: string;
  /** between the name and the first value label: `；` (001, 002), `，` (000); may be "" */
  labelSeparator: string;
  /** between the 实施周期 value and the 年度 label: `；` (002), `,` (001) */
  valueSeparator: string;
  /** after the value labels: `:` or `：` */
  colon: string;
  /** ends each item: `。` (000, 002), `;` (001); may be "" */
  terminator: string;
  /** between an item's terminator and the next number: `,` in 001, "" elsewhere */
  joiner: string;
  /** 实施周期指标值 is written before 年度指标值 */
  hasPeriodValue: boolean;
  /** 一级 names end in 指标: true always, false never, null as given (mixed in the cell) */
  level1Suffix: boolean | null;
  /** 二级 names end in 指标; the Guangdong export mixes (11-数量指标 but 22-社会效益), so null */
  level2Suffix: boolean | null;
  /** the marker of item 1 (`1、` `（1）` `①` …; absent: `1、`), or null when the cell's items are unnumbered */
  numberStyle?: NumberStyle | null;
}

/** Seed 002: `1、1-产出指标；11-数量指标；名称；实施周期指标值:值；年度指标值:值。` */
export const CODE_DIALECT: IndicatorDialect = {
  codes: true,
  hasLevel2: true,
  levelSeparator: "；",
  labelSeparator: "；",
  valueSeparator: "；",
  colon: ":",
  terminator: "。",
  joiner: "",
  hasPeriodValue: true,
  level1Suffix: true,
  level2Suffix: null,
  numberStyle: "1、",
};

/** Seed 001: `1、2-效益指标,22-社会效益,名称；实施周期指标值:值,年度指标值:值;,2、…` */
export const CODE_COMMA_DIALECT: IndicatorDialect = {
  ...CODE_DIALECT,
  levelSeparator: ",",
  valueSeparator: ",",
  terminator: ";",
  joiner: ",",
};

/** Seed 000: `1、产出指标：名称，年度指标值：值。` */
export const SHORT_DIALECT: IndicatorDialect = {
  codes: false,
  hasLevel2: false,
  levelSeparator: "：",
  labelSeparator: "，",
  valueSeparator: "，",
  colon: "：",
  terminator: "。",
  joiner: "",
  hasPeriodValue: false,
  level1Suffix: true,
  level2Suffix: null,
  numberStyle: "1、",
};

export const DEFAULT_DIALECT = CODE_DIALECT;

const SEP_CHARS = ";；,，:：";
const PERIOD_LABEL = /(实施周期指标值|实施期指标值)/;
const ANNUAL_LABEL = /年度指标值/;

/** Counts votes; the winner is the most frequent, ties going to the first seen. */
class Votes<T> {
  private readonly counts = new Map<T, number>();
  add(v: T): void {
    this.counts.set(v, (this.counts.get(v) ?? 0) + 1);
  }
  winner(): T | undefined {
    let best: T | undefined;
    let n = 0;
    for (const [v, c] of this.counts) if (c > n) [best, n] = [v, c];
    return best;
  }
}

/** The separator right before `at` (one char of ;；,，:：), "" when the label is glued on. */
function sepBefore(t: string, at: number): string {
  const c = t[at - 1];
  return c !== undefined && SEP_CHARS.includes(c) ? c : "";
}

/**
 * 二级 suffix: only a decision when the cell departs from the export's own mix (all with 指标, even
 * 社会效益指标; or none, even 数量); otherwise null, and names are written as given.
 */
function level2SuffixOf(names: string[]): boolean | null {
  const usual = names.map((n) => resolveLevel2(n)?.exportName ?? n);
  if (names.every((n, k) => n === usual[k])) return null;
  const all = suffixOf(names);
  if (all === true && usual.some((u) => !u.endsWith("指标"))) return true;
  if (all === false && usual.some((u) => u.endsWith("指标"))) return false;
  return null;
}

function suffixOf(names: string[]): boolean | null {
  if (!names.length) return null;
  const withSuffix = names.filter((n) => n.endsWith("指标")).length;
  if (withSuffix === names.length) return true;
  if (withSuffix === 0) return false;
  return null;
}

/**
 * Reads the dialect off a cell. An empty (or unreadable) cell gets `fallback`, by default the
 * current Guangdong export style (seed 002).
 */
export function detectDialect(cellText: string | null | undefined, fallback: IndicatorDialect = DEFAULT_DIALECT): IndicatorDialect {
  const t = cleanText(cellText ?? "");
  // spans index the clean text directly because we parse the clean text
  const items = parseIndicatorCell(t, "", 0);
  if (!items.length) return { ...fallback };
  const codes = items.some((i) => (i.level1 && !i.level1.inferred && i.level1.code) || i.level2?.code);
  const written = items.filter((i) => i.level1 && !i.level1.inferred);
  const base = codes ? (fallback.codes ? fallback : CODE_DIALECT) : fallback.codes ? SHORT_DIALECT : fallback;
  const v = {
    level: new Votes<string>(),
    label: new Votes<string>(),
    value: new Votes<string>(),
    colon: new Votes<string>(),
    term: new Votes<string>(),
    joiner: new Votes<string>(),
  };
  let hasPeriod = false;
  for (const ind of items) {
    const body = t.slice(ind.span.start, ind.span.end);
    const off = ind.span.start;
    if (ind.level1 && !ind.level1.inferred) v.level.add(sepAfter(t, ind.level1.span.end));
    const p = PERIOD_LABEL.exec(body);
    const a = ANNUAL_LABEL.exec(body);
    const first = p && (!a || p.index < a.index) ? p : a;
    if (first) {
      v.label.add(sepBefore(t, off + first.index));
      const colon = t[off + first.index + first[0].length];
      if (colon === ":" || colon === "：") v.colon.add(colon);
    }
    if (p && a && p.index < a.index) {
      hasPeriod = true;
      v.value.add(sepBefore(t, off + a.index));
    }
    // an item without a terminator is usually a slip (often the last one), not a style
    const last = body[body.length - 1];
    if (last !== undefined && "。;；".includes(last)) v.term.add(last);
  }
  const starts = findItemStarts(t);
  for (let k = 1; k < starts.length; k++) {
    const prev = items.find((i) => i.seqSpan?.start === starts[k - 1].start);
    if (prev) v.joiner.add(t.slice(prev.span.end, starts[k].start).trim());
  }
  const term = v.term.winner() ?? base.terminator;
  const levelSeparator = v.level.winner() || base.levelSeparator;
  return {
    codes: Boolean(codes),
    hasLevel2: hasLevel2Of(items),
    levelSeparator,
    labelSeparator: v.label.winner() ?? base.labelSeparator,
    valueSeparator: v.value.winner() ?? base.valueSeparator,
    colon: v.colon.winner() ?? base.colon,
    terminator: term,
    // one item only: 001 style joins with `,` after `;`
    joiner: v.joiner.winner() ?? (term === ";" && levelSeparator === "," ? "," : ""),
    hasPeriodValue: hasPeriod || (items.every((i) => i.annualValue === null) && base.hasPeriodValue),
    level1Suffix: suffixOf(written.map((i) => i.level1!.name)),
    level2Suffix: level2SuffixOf(items.filter((i) => i.level2).map((i) => i.level2!.name)),
    numberStyle: items.find((i) => i.seq !== null)?.numberStyle ?? (items.length > 1 ? null : fallback.numberStyle),
  };
}

/** Whether items write an 二级: judged on items whose 一级 is written (000's `社会效益：…` is 二级 alone). */
function hasLevel2Of(items: Indicator[]): boolean {
  const withLevel1 = items.filter((i) => i.level1 && !i.level1.inferred);
  if (!withLevel1.length) return items.some((i) => i.level2 !== null);
  return withLevel1.filter((i) => i.level2).length * 2 >= withLevel1.length;
}

function sepAfter(t: string, at: number): string {
  const c = t[at];
  return c !== undefined && SEP_CHARS.includes(c) ? c : "";
}
