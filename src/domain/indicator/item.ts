/**
 * One item of a 绩效指标 cell read from its body — the text after `1、` up to the next item —
 * alone: [一级 sep] [二级 sep] 三级名称, then the 实施周期 / 年度 value labels and their values.
 * The reading (an ItemShape) holds offsets relative to the body and nothing of the cell, so
 * parse.ts can remember it by the body's text and place it in any cell that repeats the item.
 */
import type { ParsedValue, Span } from "../model";
import { parseCategory } from "./category";
import { isColon, isDash, isDigitCode, isItemEnd, isJoiner, isSeparator, isSpaceAt, isValueTrailing, skipSpaces } from "./chars";
import { parentOf, resolveLevel1, resolveLevel2 } from "./taxonomy";
import { parseValue } from "./values";

/**
 * One item as read from its body text (after `、`), in offsets relative to that text. It depends on
 * nothing but the text, so items written alike (tables repeat 满意度, 成本 and most other items from
 * project to project) share it: only the cell's spans are new for each.
 */
export interface ItemShape {
  /** where the item ends: before trailing spaces and a joiner after its terminator */
  end: number;
  level1: CategoryShape | null;
  level2: CategoryShape | null;
  name: NameShape | null;
  period: ValueShape | null;
  annual: ValueShape | null;
}

export interface Part {
  start: number;
  end: number;
}

export interface CategoryShape extends Part {
  code: string | null;
  name: string;
  inferred: boolean;
}

export interface NameShape extends Part {
  text: string;
}

export interface ValueShape extends Part {
  raw: string;
  parsed: ParsedValue;
}

/** [s, e) narrowed past leading spaces: the new s. (Two helpers, no tuple: this runs per part.) */
function trimStartOf(t: string, s: number, e: number): number {
  while (s < e && isSpaceAt(t, s)) s++;
  return s;
}

/** The new e of [s, e) narrowed past trailing spaces. */
function trimEndOf(t: string, s: number, e: number): number {
  while (e > s && isSpaceAt(t, e - 1)) e--;
  return e;
}

/** The new e of [s, e) narrowed past trailing spaces, separators and `。`. */
function trimValueEnd(t: string, s: number, e: number): number {
  while (e > s && (isSpaceAt(t, e - 1) || isValueTrailing(t.charCodeAt(e - 1)))) e--;
  return e;
}

/** Where the item stops: before trailing spaces and the joiner `,` that follows `;` or `。`. */
function itemEndOf(t: string, s: number, e: number): number {
  while (e > s && isSpaceAt(t, e - 1)) e--;
  if (e > s && isJoiner(t.charCodeAt(e - 1))) {
    let k = e - 1;
    while (k > s && isSpaceAt(t, k - 1)) k--;
    if (k > s && isItemEnd(t.charCodeAt(k - 1))) e = k;
  }
  return e;
}

/** Where the value labels of one item sit: -1 when the label is absent. Reused, one item at a time. */
class Labels {
  periodStart = -1;
  /** just after the label and its colon */
  periodEnd = -1;
  annualStart = -1;
  annualEnd = -1;
}
const LABELS = new Labels();

/**
 * The value labels in [from, to), first of each kind, as `/(实施周期指标值|实施期指标值|年度指标值)\s*[:：]?/g`
 * over that slice would find them: every label ends in 指标值, so indexOf finds the candidates and
 * the characters before each say which label (if any) it is.
 */
function findLabels(t: string, from: number, to: number, out: Labels): Labels {
  out.periodStart = out.periodEnd = out.annualStart = out.annualEnd = -1;
  let i = t.indexOf("指标值", from);
  while (i !== -1 && i + 3 <= to && (out.periodStart < 0 || out.annualStart < 0)) {
    let start = -1;
    let annual = false;
    if (i - 4 >= from && t.startsWith("实施周期", i - 4)) start = i - 4;
    else if (i - 3 >= from && t.startsWith("实施期", i - 3)) start = i - 3;
    else if (i - 2 >= from && t.startsWith("年度", i - 2)) {
      start = i - 2;
      annual = true;
    }
    let end = i + 3;
    if (start >= 0) {
      while (end < to && isSpaceAt(t, end)) end++;
      if (end < to && isColon(t.charCodeAt(end))) end++;
      if (annual && out.annualStart < 0) {
        out.annualStart = start;
        out.annualEnd = end;
      } else if (!annual && out.periodStart < 0) {
        out.periodStart = start;
        out.periodEnd = end;
      }
    }
    i = t.indexOf("指标值", end);
  }
  return out;
}

/** The shape of one item body `u`: [一级 sep] [二级 sep] 三级名称 [labels and values]. */
export function readItem(u: string): ItemShape {
  const end = itemEndOf(u, 0, u.length);
  const { periodStart, periodEnd, annualStart, annualEnd } = findLabels(u, 0, end, LABELS);
  // the head ends at the first label; each value at the next label or the item's end
  let headEnd = end;
  if (periodStart >= 0) headEnd = periodStart;
  if (annualStart >= 0 && annualStart < headEnd) headEnd = annualStart;
  const shape: ItemShape = {
    end,
    level1: null,
    level2: null,
    name: null,
    period: periodStart < 0 ? null : valueShape(u, periodEnd, annualStart > periodStart ? annualStart : end),
    annual: annualStart < 0 ? null : valueShape(u, annualEnd, periodStart > annualStart ? periodStart : end),
  };
  readHead(u, 0, headEnd, shape);
  return shape;
}

function valueShape(u: string, s: number, e: number): ValueShape {
  const vs = trimStartOf(u, s, e);
  const ve = trimValueEnd(u, vs, e);
  const raw = u.slice(vs, ve);
  return { start: vs, end: ve, raw, parsed: parseValue(raw) };
}

/** What a category token's text means, computed once per distinct text. */
interface TokenFacts {
  /** parseCategory's code and name; null when the text is no category (blank, digits only) */
  category: { code: string | null; name: string } | null;
  /** the taxonomy knows the text as a 一级 / a 二级 */
  isLevel1: boolean;
  isLevel2: boolean;
}

/** Token texts seen before (产出指标, 11-数量指标 …) → their facts; bounded. */
const TOKEN_MEMO = new Map<string, TokenFacts>();
const TOKEN_MEMO_MAX = 2048;
const NO_SPAN: Span = { cell: "", start: 0, end: 0 };

function tokenFacts(text: string): TokenFacts {
  let facts = TOKEN_MEMO.get(text);
  if (facts === undefined) {
    const ref = parseCategory(text, NO_SPAN);
    facts = {
      category: ref ? { code: ref.code, name: ref.name } : null,
      isLevel1: resolveLevel1(text) !== null,
      isLevel2: resolveLevel2(text) !== null,
    };
    if (TOKEN_MEMO.size >= TOKEN_MEMO_MAX) TOKEN_MEMO.clear();
    TOKEN_MEMO.set(text, facts);
  }
  return facts;
}

/** The category of a token text at [s, e), or null when the text is none. */
function categoryShape(facts: TokenFacts, s: number, e: number): CategoryShape | null {
  const known = facts.category;
  return known ? { start: s, end: e, code: known.code, name: known.name, inferred: false } : null;
}

/** The head — the part [s, e) before the value labels — read into the shape's level1, level2 and name. */
function readHead(u: string, s: number, e: number, shape: ItemShape): void {
  s = trimStartOf(u, s, e);
  e = trimValueEnd(u, s, e);
  let pos = s;
  if (isColon(u.charCodeAt(pos))) {
    // `2、：形成研究报告（份）` — the 一级 was left blank; what follows is the name
    pos = skipSpaces(u, pos + 1);
  } else {
    for (let k = 0; k < 2 && pos < e; k++) {
      const c = nextCategory(u, pos, e, shape.level1 !== null, TOKEN);
      if (!c) break;
      if (TOKEN.level === 1) {
        if (shape.level1) break;
        shape.level1 = c;
      } else {
        shape.level2 = c;
      }
      pos = skipSpaces(u, TOKEN.end);
      if (TOKEN.level === 2) break;
    }
  }
  const level2 = shape.level2;
  if (!shape.level1 && level2 && !isColon(u.charCodeAt(s))) {
    const parent = parentOf({ code: level2.code, name: level2.name, span: NO_SPAN });
    // an empty span at the 二级's start
    if (parent) shape.level1 = { start: level2.start, end: level2.start, code: null, name: parent.label, inferred: true };
  }
  const ns = trimStartOf(u, pos, e);
  const ne = trimValueEnd(u, ns, e);
  if (ne > ns) shape.name = { start: ns, end: ne, text: u.slice(ns, ne) };
}

/** The level and end of the token nextCategory found last (reused: no object per token). */
class TokenHit {
  level: 1 | 2 = 1;
  /** offset just after the token and its separator */
  end = 0;
}
const TOKEN = new TokenHit();

/**
 * The category token at `pos`, if any; its level and end go to `hit`. `wantLevel2` is set after a
 * 一级: then only a 二级 is taken. An uncoded token must leave a name after it, so
 * `满意度指标：满意度，…` keeps 满意度 as the name.
 */
function nextCategory(u: string, pos: number, e: number, wantLevel2: boolean, hit: TokenHit): CategoryShape | null {
  if (isDigitCode(u.charCodeAt(pos))) {
    const tokenEnd = codedTokenEnd(u, pos, e);
    if (tokenEnd >= 0) {
      const te = trimEndOf(u, pos, tokenEnd);
      const c = categoryShape(tokenFacts(u.slice(pos, te)), pos, te);
      if (c) {
        const level: 1 | 2 = c.code && c.code.length === 1 ? 1 : 2;
        if (wantLevel2 && level !== 2) return null;
        hit.level = level;
        hit.end = tokenEnd < e && isSeparator(u.charCodeAt(tokenEnd)) ? tokenEnd + 1 : tokenEnd;
        return c;
      }
    }
  }
  const sep = plainTokenSeparator(u, pos);
  if (sep < 0 || sep + 1 > e) return null;
  const after = sep + 1;
  if (trimStartOf(u, after, e) === e) return null;
  // the word: up to the last non-space before the separator (at least one character)
  const wordEnd = Math.max(pos + 1, trimEndOf(u, pos, sep));
  const ts = trimStartOf(u, pos, wordEnd);
  const te = trimEndOf(u, ts, wordEnd);
  const facts = tokenFacts(u.slice(ts, te));
  let level: 1 | 2 | null = null;
  if (!wantLevel2 && facts.isLevel1) level = 1;
  else if (facts.isLevel2) level = 2;
  // short dialect: `经济指标：…` — an unknown word ending in 指标 before a colon is still a 一级
  else if (!wantLevel2 && isColon(u.charCodeAt(sep)) && te - ts >= 2 && te - ts <= 10 && u.endsWith("指标", te)) level = 1;
  if (level === null) return null;
  const c = categoryShape(facts, ts, te);
  if (!c) return null;
  hit.level = level;
  hit.end = after;
  return c;
}

/**
 * Where a coded token (`1-产出指标`, `11-数量指标`) at `pos` ends within [pos, e) — at its
 * separator, or at e — or -1. The same as matching
 * /^(\d{1,2}|[０-９]{1,2})\s*[-－—–]\s*([^;；,，:：]{1,20}?)\s*(?:[;；,，:：]|$)/ on the slice:
 * everything between the dash and the first separator is the name with spaces around it, so the
 * match exists when that name (spaces trimmed) has 1–20 characters, or is one or more spaces.
 */
function codedTokenEnd(t: string, pos: number, e: number): number {
  const full = t.charCodeAt(pos) >= 0xff10;
  let i = pos;
  while (i < e && i - pos < 3 && isDigitCode(t.charCodeAt(i)) && t.charCodeAt(i) >= 0xff10 === full) i++;
  if (i - pos > 2) return -1;
  while (i < e && isSpaceAt(t, i)) i++;
  if (i >= e || !isDash(t.charCodeAt(i))) return -1;
  const nameFrom = ++i;
  while (i < e && !isSeparator(t.charCodeAt(i))) i++;
  if (i === nameFrom) return -1;
  const coreStart = trimStartOf(t, nameFrom, i);
  const coreEnd = trimEndOf(t, coreStart, i);
  return coreEnd - coreStart <= 20 ? i : -1;
}

/**
 * The separator ending an uncoded token at `pos`, or -1: the same as the sticky
 * /([^;；,，:：]{1,16}?)\s*([;；,，:：])/y at pos. The token runs to the first separator; it
 * matches when at least one character precedes it and its last non-space is within 16 of pos.
 */
function plainTokenSeparator(t: string, pos: number): number {
  for (let i = pos; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isSeparator(c)) return i > pos ? i : -1;
    if (i - pos >= 16 && !isSpaceAt(t, i)) return -1;
  }
  return -1;
}
