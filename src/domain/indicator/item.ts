/**
 * One item of a 绩效指标 cell: the body — the text after its number (`1、`) up to the next item —
 * is [一级 sep] [二级 sep] 三级名称, then the 实施周期 / 年度 value labels and their values.
 * Offsets are into the cleaned cell text `t`; parse.ts maps them back into the cell. The grammar
 * is written as the regular expressions below over slices of the body; the specification is
 * test/domain/indicator/parse.test.ts.
 */
import type { ParsedValue } from "../model";
import { parseCategory } from "./category";
import { parentOf, resolveLevel1, resolveLevel2 } from "./taxonomy";
import { parseValue } from "./values";

/** A category as read, at [start, end) of the cleaned text. */
export interface CategoryPart {
  start: number;
  end: number;
  code: string | null;
  name: string;
  /** not written: the 一级 the taxonomy puts above the 二级 (an empty span at the 二级's start) */
  inferred: boolean;
}

/** A labelled value as read, at [start, end) of the cleaned text. */
export interface ValuePart {
  start: number;
  end: number;
  text: string;
  parsed: ParsedValue;
}

/** One item as read, in offsets into the cleaned cell text. */
export interface ItemParts {
  /** where the item ends: before trailing spaces and a joiner after its terminator */
  end: number;
  level1: CategoryPart | null;
  level2: CategoryPart | null;
  /** the 三级名称 at [nameStart, nameEnd); empty when missing */
  nameStart: number;
  nameEnd: number;
  /** null when the label is absent */
  period: ValuePart | null;
  annual: ValuePart | null;
}

/** The value labels; every one ends in 指标值, a colon may follow. */
const LABEL = /(实施周期|实施期|年度)指标值\s*[:：]?/g;
/** An item's end `。` `;` `；` followed by the joiner `,` some exports add (`…;,2、`). */
const END_AND_JOINER = /[。;；]\s*[,，]\s*$/;
/** What a name or value ends before: spaces, separators, `。`. */
const VALUE_TRAILING = /[\s;；,，:：。]/;
const SPACE = /\s/;
const SEPARATOR = /^[;；,，:：]/;
/** A coded token `11-数量指标`: one or two digits of one width, a dash, the name up to a separator. */
const CODED_TOKEN = /^(?:\d{1,2}|[０-９]{1,2})\s*[-－—–]([^;；,，:：]+)/;
/** The longest coded name (spaces trimmed) taken as a category. */
const CODED_NAME_MAX = 20;
/** An uncoded token: up to 16 characters (spaces may follow) before a separator; sticky. */
const PLAIN_TOKEN = /([^;；,，:：]{1,16}?)\s*([;；,，:：])/y;
/** Short dialect: an unknown word of 2–10 characters ending in 指标 before a colon is still a 一级. */
const LEVEL1_LIKE = /^.{0,8}指标$/s;

const leadingSpaces = (s: string): number => s.length - s.trimStart().length;

/** [s, e) of t without spaces at its start: the new s. */
function trimStart(t: string, s: number, e: number): number {
  while (s < e && SPACE.test(t[s])) s++;
  return s;
}

/** [s, e) of t without spaces at its end: the new e. */
function trimEnd(t: string, s: number, e: number): number {
  while (e > s && SPACE.test(t[e - 1])) e--;
  return e;
}

/** [s, e) of t without trailing spaces, separators and `。`: the new e. */
function trimValueEnd(t: string, s: number, e: number): number {
  while (e > s && VALUE_TRAILING.test(t[e - 1])) e--;
  return e;
}

/**
 * The item whose body is [from, to) of the cleaned text `t`: [一级 sep] [二级 sep] 三级名称
 * [labels and values]. Nothing past `to` is looked at.
 */
export function readItem(t: string, from: number, to: number): ItemParts {
  const end = itemEnd(t, from, to);
  const labels = findLabels(t, from, end);
  // the head ends at the first label; each value at the other label (when later) or the item's end
  const headEnd = Math.min(end, labels.period?.start ?? end, labels.annual?.start ?? end);
  const valueUntil = (other: Label | null, self: Label): number => (other && other.start > self.start ? other.start : end);
  const period = labels.period && readValue(t, labels.period.end, valueUntil(labels.annual, labels.period));
  const annual = labels.annual && readValue(t, labels.annual.end, valueUntil(labels.period, labels.annual));
  return { end, ...readHead(t, from, headEnd, to), period, annual };
}

/** Where the item stops: before trailing spaces, and before a joiner `,` that follows `;` or `。`. */
function itemEnd(t: string, s: number, e: number): number {
  const body = t.slice(s, e);
  const joined = END_AND_JOINER.exec(body);
  return joined ? s + joined.index + 1 : s + body.trimEnd().length;
}

interface Label {
  start: number;
  /** just after the label and its colon */
  end: number;
}

/** The first 实施周期 (or 实施期) label and the first 年度 label in [from, to). */
function findLabels(t: string, from: number, to: number): { period: Label | null; annual: Label | null } {
  let period: Label | null = null;
  let annual: Label | null = null;
  for (const m of t.slice(from, to).matchAll(LABEL)) {
    const label = { start: from + m.index, end: from + m.index + m[0].length };
    if (m[1] === "年度") annual ??= label;
    else period ??= label;
    if (period && annual) break;
  }
  return { period, annual };
}

function readValue(t: string, s: number, e: number): ValuePart {
  const start = trimStart(t, s, e);
  const end = trimValueEnd(t, start, e);
  const text = t.slice(start, end);
  return { start, end, text, parsed: parseValue(text) };
}

/** What a category token's text means, computed once per distinct text. */
interface TokenFacts {
  /** parseCategory's code and name; null when the text is no category (blank, digits only) */
  category: { code: string | null; name: string } | null;
  /** the taxonomy knows the text as a 一级 / a 二级 */
  isLevel1: boolean;
  isLevel2: boolean;
  /** the label of the 一级 the taxonomy puts above the text as a 二级, or null */
  parent: string | null;
}

/** Token texts seen before (产出指标, 11-数量指标 …) → their facts; a table uses a few dozen. Bounded. */
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
      parent: ref ? (parentOf(ref)?.label ?? null) : null,
    };
    if (TOKEN_MEMO.size >= TOKEN_MEMO_MAX) TOKEN_MEMO.clear();
    TOKEN_MEMO.set(text, facts);
  }
  return facts;
}

/** A category token found at the head of an item. */
interface Token {
  level: 1 | 2;
  facts: TokenFacts;
  /** the token's text at [start, tokenEnd) */
  start: number;
  tokenEnd: number;
  /** just after the token and its separator */
  end: number;
}

const categoryOf = (token: Token, inferred = false): CategoryPart => ({
  start: token.start,
  end: token.tokenEnd,
  code: token.facts.category!.code,
  name: token.facts.category!.name,
  inferred,
});

/**
 * The head — [s, e), the part before the value labels — as 一级, 二级 and name. `limit` is the end
 * of the body: a space or a token may run past the head, never past the body.
 */
function readHead(t: string, s: number, e: number, limit: number): Pick<ItemParts, "level1" | "level2" | "nameStart" | "nameEnd"> {
  s = trimStart(t, s, e);
  e = trimValueEnd(t, s, e);
  let level1: CategoryPart | null = null;
  let level2: CategoryPart | null = null;
  let pos = s;
  // `2、：形成研究报告（份）` — the 一级 was left blank; what follows is the name
  const blankLevel1 = s < limit && /^[:：]/.test(t.slice(s, s + 1));
  if (blankLevel1) pos = trimStart(t, pos + 1, limit);
  else {
    const first = nextCategory(t, pos, e, limit, false);
    if (first) pos = trimStart(t, first.end, limit);
    if (first?.level === 1) {
      level1 = categoryOf(first);
      const second = pos < e ? nextCategory(t, pos, e, limit, true) : null;
      if (second) {
        level2 = categoryOf(second);
        pos = trimStart(t, second.end, limit);
      }
    } else if (first) {
      level2 = categoryOf(first);
      // short dialect `1、社会效益：…`: the 一级 is the one above the 二级
      const parent = first.facts.parent;
      if (parent !== null) level1 = { start: first.start, end: first.start, code: null, name: parent, inferred: true };
    }
  }
  const nameStart = trimStart(t, pos, e);
  return { level1, level2, nameStart, nameEnd: Math.max(nameStart, trimValueEnd(t, nameStart, e)) };
}

/**
 * The category token at `pos`, if any: coded (`11-数量指标`) or a word the taxonomy knows before a
 * separator. After a 一级 (`wantLevel2`) only a 二级 is taken. An uncoded token must leave a name
 * after it, so `满意度指标：满意度，…` keeps 满意度 as the name.
 */
function nextCategory(t: string, pos: number, e: number, limit: number, wantLevel2: boolean): Token | null {
  const coded = CODED_TOKEN.exec(t.slice(pos, e));
  if (coded && coded[1].trim().length <= CODED_NAME_MAX) {
    const tokenEnd = pos + coded[0].length;
    const te = trimEnd(t, pos, tokenEnd);
    const facts = tokenFacts(t.slice(pos, te));
    const code = facts.category?.code;
    if (facts.category) {
      const level = code && code.length === 1 ? 1 : 2;
      if (wantLevel2 && level !== 2) return null;
      const end = SEPARATOR.test(t.slice(tokenEnd, Math.min(e, tokenEnd + 1))) ? tokenEnd + 1 : tokenEnd;
      return { level, facts, start: pos, tokenEnd: te, end };
    }
  }
  PLAIN_TOKEN.lastIndex = pos;
  const plain = PLAIN_TOKEN.exec(t);
  // a separator past the body belongs to the next item
  if (!plain || pos + plain[0].length > limit) return null;
  const sep = pos + plain[0].length - 1;
  // the separator inside the head, and a name after it
  if (sep >= e || trimStart(t, sep + 1, e) === e) return null;
  const word = plain[1].trim();
  const facts = tokenFacts(word);
  let level: 1 | 2 | null = null;
  if (!wantLevel2 && facts.isLevel1) level = 1;
  else if (facts.isLevel2) level = 2;
  else if (!wantLevel2 && /[:：]/.test(plain[2]) && LEVEL1_LIKE.test(word)) level = 1;
  if (level === null || facts.category === null) return null;
  const start = pos + leadingSpaces(plain[1]);
  return { level, facts, start, tokenEnd: start + word.length, end: sep + 1 };
}
