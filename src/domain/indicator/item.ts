/**
 * One item of a 绩效指标 cell read in place: the body — the text after `1、` up to the next item —
 * is [一级 sep] [二级 sep] 三级名称, then the 实施周期 / 年度 value labels and their values.
 * The reading goes into one reused ItemParts as offsets into the cleaned cell text: no slice of
 * the body and no object per part, because parse.ts turns it straight into the model's objects
 * (~50,000 items in a 10,000-project table, each read afresh).
 */
import type { ParsedValue } from "../model";
import { parseCategory } from "./category";
import { isColon, isDash, isDigitCode, isItemEnd, isJoiner, isSeparator, isSpaceAt, isValueTrailing } from "./chars";
import { parentOf, resolveLevel1, resolveLevel2 } from "./taxonomy";
import { valueAt } from "./values";

/** A category of the item being read; `set` false when it has none. */
export class CategoryPart {
  set = false;
  start = 0;
  end = 0;
  code: string | null = null;
  name = "";
  inferred = false;
}

/** A labelled value of the item being read; `set` false when its label is absent. */
export class ValuePart {
  set = false;
  start = 0;
  end = 0;
  text = "";
  parsed: ParsedValue = EMPTY;
}
const EMPTY: ParsedValue = Object.freeze({ kind: "empty" });

/** One item as read, in offsets into the cleaned cell text. Reused: one item at a time. */
export class ItemParts {
  /** where the item ends: before trailing spaces and a joiner after its terminator */
  end = 0;
  readonly level1 = new CategoryPart();
  readonly level2 = new CategoryPart();
  /** the 三级名称 at [nameStart, nameEnd); absent when empty */
  nameStart = 0;
  nameEnd = 0;
  readonly period = new ValuePart();
  readonly annual = new ValuePart();
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

/** The first offset from i, below `limit`, that is not a space. */
function skipSpacesTo(t: string, i: number, limit: number): number {
  while (i < limit && isSpaceAt(t, i)) i++;
  return i;
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
  while (i !== -1 && i + 3 <= to) {
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
      // both found: no search on into the next item
      if (out.periodStart >= 0 && out.annualStart >= 0) break;
    }
    i = t.indexOf("指标值", end);
  }
  return out;
}

/**
 * The item whose body is [from, to) of the cleaned text `t`, read into `out`:
 * [一级 sep] [二级 sep] 三级名称 [labels and values]. Nothing past `to` is looked at.
 */
export function readItem(t: string, from: number, to: number, out: ItemParts): ItemParts {
  const end = itemEndOf(t, from, to);
  out.end = end;
  const { periodStart, periodEnd, annualStart, annualEnd } = findLabels(t, from, end, LABELS);
  // the head ends at the first label; each value at the next label or the item's end
  let headEnd = end;
  if (periodStart >= 0) headEnd = periodStart;
  if (annualStart >= 0 && annualStart < headEnd) headEnd = annualStart;
  readValue(t, periodStart < 0, periodEnd, annualStart > periodStart ? annualStart : end, out.period, null);
  readValue(t, annualStart < 0, annualEnd, periodStart > annualStart ? periodStart : end, out.annual, out.period);
  readHead(t, from, headEnd, to, out);
  return out;
}

/**
 * The value at [s, e) into `out`. `same` is the item's other value when read already: most items
 * write the 年度 value as their 实施周期 value, and then its text and reading are taken as they are.
 */
function readValue(t: string, absent: boolean, s: number, e: number, out: ValuePart, same: ValuePart | null): void {
  out.set = !absent;
  if (absent) return;
  const vs = trimStartOf(t, s, e);
  const ve = trimValueEnd(t, vs, e);
  out.start = vs;
  out.end = ve;
  if (same !== null && same.set && sameText(t, same.start, same.end, vs, ve)) {
    out.text = same.text;
    out.parsed = same.parsed;
  } else {
    valueAt(t, vs, ve, out);
  }
}

/** Whether t holds the same characters at [a, aEnd) as at [b, bEnd). */
function sameText(t: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (t.charCodeAt(a + i) !== t.charCodeAt(b + i)) return false;
  return true;
}

/** What a category token's text means, computed once per distinct text. */
interface TokenFacts {
  /** parseCategory's code and name; null when the text is no category (blank, digits only) */
  category: { code: string | null; name: string } | null;
  /** the taxonomy knows the text as a 一级 / a 二级 */
  isLevel1: boolean;
  isLevel2: boolean;
  /** the label of the 一级 a 二级 token sits under (null: none), once asked; undefined before */
  parent?: string | null;
}

/** Token texts seen before (产出指标, 11-数量指标 …) → their facts; bounded. */
const TOKEN_MEMO = new Map<string, TokenFacts>();
const TOKEN_MEMO_MAX = 2048;
const NO_SPAN = { cell: "", start: 0, end: 0 };

function tokenFacts(text: string): TokenFacts {
  let facts = TOKEN_MEMO.get(text);
  if (facts === undefined) {
    const ref = parseCategory(text, NO_SPAN);
    facts = {
      category: ref ? { code: ref.code, name: ref.name } : null,
      isLevel1: resolveLevel1(text) !== null,
      isLevel2: resolveLevel2(text) !== null,
      parent: undefined,
    };
    if (TOKEN_MEMO.size >= TOKEN_MEMO_MAX) TOKEN_MEMO.clear();
    TOKEN_MEMO.set(text, facts);
  }
  return facts;
}

/**
 * tokenFacts of the text at [s, e) without slicing it when that text was seen lately: a table by
 * a hash of the characters sits in front of TOKEN_MEMO (every item has one or two tokens from a
 * vocabulary of a few dozen, and a slice per token was most of what an item allocated besides the
 * model itself). A hash picks a pair of slots, the text last taken first: two tokens of one table
 * that share a pair (3-满意度指标 and 31-服务对象满意度 do) both stay instead of taking turns.
 */
function tokenFactsAt(t: string, s: number, e: number): TokenFacts {
  let h = e - s;
  for (let i = s; i < e; i++) h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0;
  const k = h & (SLOT_COUNT - 2);
  if (isTextAt(SLOT_TEXT[k], t, s, e)) return SLOT_FACTS[k];
  if (isTextAt(SLOT_TEXT[k + 1], t, s, e)) return SLOT_FACTS[k + 1];
  const text = t.slice(s, e);
  const facts = tokenFacts(text);
  SLOT_TEXT[k + 1] = SLOT_TEXT[k];
  SLOT_FACTS[k + 1] = SLOT_FACTS[k];
  SLOT_TEXT[k] = text;
  SLOT_FACTS[k] = facts;
  return facts;
}
const isTextAt = (seen: string | undefined, t: string, s: number, e: number): boolean =>
  seen !== undefined && seen.length === e - s && t.startsWith(seen, s);
const SLOT_COUNT = 256;
const SLOT_TEXT: (string | undefined)[] = new Array<string | undefined>(SLOT_COUNT).fill(undefined);
// filled up front: slots are written out of order, which would leave a sparse array slow
const SLOT_FACTS: TokenFacts[] = new Array<TokenFacts>(SLOT_COUNT).fill({ category: null, isLevel1: false, isLevel2: false });

/** The 一级 label the taxonomy puts above a 二级 token (its facts have a category), or null. */
function parentLabel(facts: TokenFacts): string | null {
  if (facts.parent === undefined) {
    const c = facts.category!;
    facts.parent = parentOf({ code: c.code, name: c.name, span: NO_SPAN })?.label ?? null;
  }
  return facts.parent;
}

/**
 * The head — the part [s, e) before the value labels — read into out's level1, level2 and name.
 * `limit` is the end of the body: a space or a name may run past the head, never past the body.
 */
function readHead(t: string, s: number, e: number, limit: number, out: ItemParts): void {
  const level1 = out.level1;
  const level2 = out.level2;
  level1.set = level2.set = false;
  s = trimStartOf(t, s, e);
  e = trimValueEnd(t, s, e);
  let pos = s;
  const blankLevel1 = s < limit && isColon(t.charCodeAt(s));
  if (blankLevel1) {
    // `2、：形成研究报告（份）` — the 一级 was left blank; what follows is the name
    pos = skipSpacesTo(t, pos + 1, limit);
  } else {
    for (let k = 0; k < 2 && pos < e; k++) {
      const facts = nextCategory(t, pos, e, limit, level1.set, TOKEN);
      if (facts === null) break;
      if (TOKEN.level === 1) {
        if (level1.set) break;
        setCategory(level1, facts, TOKEN.start, TOKEN.tokenEnd);
      } else {
        setCategory(level2, facts, TOKEN.start, TOKEN.tokenEnd);
      }
      pos = skipSpacesTo(t, TOKEN.end, limit);
      if (TOKEN.level === 2) break;
    }
  }
  if (!level1.set && level2.set && !blankLevel1) {
    const parent = parentLabel(TOKEN.level2Facts!);
    if (parent !== null) {
      // an empty span at the 二级's start
      level1.set = true;
      level1.start = level1.end = level2.start;
      level1.code = null;
      level1.name = parent;
      level1.inferred = true;
    }
  }
  const ns = trimStartOf(t, pos, e);
  out.nameStart = ns;
  out.nameEnd = Math.max(ns, trimValueEnd(t, ns, e));
}

function setCategory(out: CategoryPart, facts: TokenFacts, s: number, e: number): void {
  const known = facts.category!;
  out.set = true;
  out.start = s;
  out.end = e;
  out.code = known.code;
  out.name = known.name;
  out.inferred = false;
}

/** The token nextCategory found last (reused: no object per token). */
class TokenHit {
  level: 1 | 2 = 1;
  /** the token's text at [start, tokenEnd) */
  start = 0;
  tokenEnd = 0;
  /** offset just after the token and its separator */
  end = 0;
  /** the facts of the last 二级 taken */
  level2Facts: TokenFacts | null = null;
}
const TOKEN = new TokenHit();

/**
 * The category token at `pos`, if any, as its facts (which have a category); its level and
 * offsets go to `hit`. `wantLevel2` is set after a 一级: then only a 二级 is taken. An uncoded
 * token must leave a name after it, so `满意度指标：满意度，…` keeps 满意度 as the name.
 */
function nextCategory(t: string, pos: number, e: number, limit: number, wantLevel2: boolean, hit: TokenHit): TokenFacts | null {
  if (isDigitCode(t.charCodeAt(pos))) {
    const tokenEnd = codedTokenEnd(t, pos, e);
    if (tokenEnd >= 0) {
      const te = trimEndOf(t, pos, tokenEnd);
      const facts = tokenFactsAt(t, pos, te);
      const known = facts.category;
      if (known) {
        const level: 1 | 2 = known.code && known.code.length === 1 ? 1 : 2;
        if (wantLevel2 && level !== 2) return null;
        return take(hit, facts, level, pos, te, tokenEnd < e && isSeparator(t.charCodeAt(tokenEnd)) ? tokenEnd + 1 : tokenEnd);
      }
    }
  }
  const sep = plainTokenSeparator(t, pos, limit);
  if (sep < 0 || sep + 1 > e) return null;
  const after = sep + 1;
  if (trimStartOf(t, after, e) === e) return null;
  // the word: up to the last non-space before the separator (at least one character)
  const wordEnd = Math.max(pos + 1, trimEndOf(t, pos, sep));
  const ts = trimStartOf(t, pos, wordEnd);
  const te = trimEndOf(t, ts, wordEnd);
  const facts = tokenFactsAt(t, ts, te);
  let level: 1 | 2 | null = null;
  if (!wantLevel2 && facts.isLevel1) level = 1;
  else if (facts.isLevel2) level = 2;
  // short dialect: `经济指标：…` — an unknown word ending in 指标 before a colon is still a 一级
  else if (!wantLevel2 && isColon(t.charCodeAt(sep)) && te - ts >= 2 && te - ts <= 10 && t.endsWith("指标", te)) level = 1;
  if (level === null || facts.category === null) return null;
  return take(hit, facts, level, ts, te, after);
}

function take(hit: TokenHit, facts: TokenFacts, level: 1 | 2, start: number, tokenEnd: number, end: number): TokenFacts {
  hit.level = level;
  hit.start = start;
  hit.tokenEnd = tokenEnd;
  hit.end = end;
  if (level === 2) hit.level2Facts = facts;
  return facts;
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
 * The separator ending an uncoded token at `pos`, below `limit`, or -1: the same as the sticky
 * /([^;；,，:：]{1,16}?)\s*([;；,，:：])/y at pos. The token runs to the first separator; it
 * matches when at least one character precedes it and its last non-space is within 16 of pos.
 */
function plainTokenSeparator(t: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) {
    const c = t.charCodeAt(i);
    if (isSeparator(c)) return i > pos ? i : -1;
    if (i - pos >= 16 && !isSpaceAt(t, i)) return -1;
  }
  return -1;
}
