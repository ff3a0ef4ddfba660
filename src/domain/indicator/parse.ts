/**
 * Parses a compact-layout 绩效指标 cell into Indicators. One grammar covers every dialect seen:
 *   code, `；`:   1、1-产出指标；11-数量指标；名称；实施周期指标值:值；年度指标值:值。2、…
 *   code, `,`:    1、2-效益指标,22-社会效益,名称；实施周期指标值:值,年度指标值:值;,2、…
 *   short:        1、产出指标：名称，年度指标值：值。2、…
 * Values contain `；，。:` themselves, so an item is cut at its value labels (实施周期指标值 /
 * 年度指标值), never by splitting on separators. All work happens on the cleaned text (PDF line
 * breaks joined); spans are mapped back into the cell's own text.
 *
 * Text that is no indicator list: blank cells and placeholders (无, 暂无, 略, /, —) give []; any
 * other text without numbering gives ONE indicator with seq null, the text as its name and no
 * values, so rules report what is missing instead of the text silently vanishing. Never throws.
 *
 * Speed matters here: a 10,000-project table is ~50,000 items, parsed on every check. So the usual
 * cell (no line break) skips the offset map and maps spans by a shift, labels are found with
 * indexOf, characters are tested by code rather than by a regex per character, and nothing is
 * sliced or compiled per item that need not be. Tables repeat most items word for word from
 * project to project, so an item's reading (its ItemShape) is remembered by its text, and an item
 * seen before costs only its spans in the new cell.
 */
import type { CategoryRef, Indicator, IndicatorValue, ParsedValue, Span } from "../model";
import { cleanWithMap } from "../text";
import { parseCategory } from "./category";
import { isDigitCode, isEdgeSpace, isSpaceAt, isSpaceCode } from "./chars";
import { parentOf, resolveLevel1, resolveLevel2 } from "./taxonomy";
import { parseValue } from "./values";

/** `。` `;` `；`: what ends an item. */
const isItemEnd = (c: number): boolean => c === 0x3002 || c === 0x3b || c === 0xff1b;
/** `,` `，`: the joiner some exports put after an item's end. */
const isJoiner = (c: number): boolean => c === 0x2c || c === 0xff0c;
/** `;；,，:：`: what separates the parts of an item. */
const isSeparator = (c: number): boolean => c === 0x3b || c === 0xff1b || c === 0x2c || c === 0xff0c || c === 0x3a || c === 0xff1a;
/** What a name or value ends before: separators and `。`. */
const isValueTrailing = (c: number): boolean => isSeparator(c) || c === 0x3002;
const isColon = (c: number): boolean => c === 0x3a || c === 0xff1a;
/** The dashes of a coded category (`1-产出指标`): - － — –. */
const isDash = (c: number): boolean => c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013;

const PLACEHOLDERS = new Set(["", "无", "暂无", "略", "空", "不适用", "无绩效指标", "na", "n/a", "none"]);
/** The longest placeholder in code points: text with more visible characters is no placeholder. */
const PLACEHOLDER_MAX = Math.max(...[...PLACEHOLDERS].map((p) => [...p].length));
const INVISIBLE = /[\p{P}\p{S}\s]/u;
const INVISIBLE_ALL = /[\p{P}\p{S}\s]/gu;
/** Any of the line breaks cleanWithMap joins. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

export interface ItemStart {
  /** clean offset of the first digit */
  start: number;
  /** clean offset just after the last digit */
  seqEnd: number;
  /** clean offset just after `、` */
  bodyStart: number;
  seq: number;
}

/** The digit's value; half- and full-width digits alike. */
const digitValue = (c: number): number => (c >= 0xff10 ? c - 0xff10 : c - 0x30);

export function parseIndicatorCell(raw: string, cell: string, row: number): Indicator[] {
  if (raw === null || raw === undefined) return [];
  const ctx = contextOf(String(raw), cell, row);
  const t = ctx.t;
  if (isPlaceholder(t)) return [];
  const starts = scanItemStarts(t, STARTS);
  const out: Indicator[] = [];
  const firstStart = starts.length ? starts[0] : t.length;
  // text before the first number: an unnumbered item, unless it is a lead-in (绩效指标：) or noise
  if (firstStart > 0) {
    const preamble = t.slice(0, firstStart).trim();
    if (preamble && !/[:：]$/.test(preamble) && !isPlaceholder(preamble)) {
      out.push(parseItem(ctx, skipSpaces(t, 0), skipSpaces(t, 0), firstStart, null));
    }
  }
  for (let k = 0; k < starts.length; k += START_FIELDS) {
    const end = k + START_FIELDS < starts.length ? starts[k + START_FIELDS] : t.length;
    out.push(parseItem(ctx, starts[k], starts[k + 2], end, starts[k + 3]));
  }
  return out;
}

/**
 * The cleaned text and how its offsets map back into the cell. Without a line break cleaning is
 * trimming (what cleanWithMap would do, character for character), so clean offset i is cell
 * offset i + shift and no map is built; with one, cleanWithMap's map is used.
 */
function contextOf(text: string, cell: string, row: number): Ctx {
  if (LINE_BREAK.test(text)) {
    const mapped = cleanWithMap(text);
    return { raw: text, t: mapped.text, map: mapped.map, shift: 0, cell, row };
  }
  let start = 0;
  let end = text.length;
  while (start < end && isEdgeSpace(text.charCodeAt(start))) start++;
  while (end > start && isEdgeSpace(text.charCodeAt(end - 1))) end--;
  const t = start === 0 && end === text.length ? text : text.slice(start, end);
  return { raw: text, t, map: null, shift: start, cell, row };
}

/** Letters, digits and CJK ideographs: visible without asking the Unicode tables. */
const isPlainVisible = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** The punctuation of every item (、 。 ， ； ： - , ; : .) and spaces: invisible without the tables. */
const isPlainInvisible = (c: number): boolean =>
  c === 0x3001 || c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0x2d || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e || isSpaceCode(c);

/** Whether cleaned cell text means "no indicators" (blank, 无, punctuation only). */
export function isPlaceholder(clean: string): boolean {
  // a placeholder has at most a few visible characters: count them before building the key, so a
  // long cell is turned away after its first words (the usual characters without a regex)
  let visible = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    if (isPlainInvisible(c)) continue;
    if (!isPlainVisible(c)) {
      const ch = String.fromCodePoint(clean.codePointAt(i)!);
      i += ch.length - 1;
      if (INVISIBLE.test(ch)) continue;
    }
    if (++visible > PLACEHOLDER_MAX) return false;
  }
  const key = clean.replace(INVISIBLE_ALL, "").toLowerCase();
  return PLACEHOLDERS.has(key);
}

/** Item starts of the cell being parsed, reused across cells: START_FIELDS numbers per start. */
const STARTS: number[] = [];
/** start, seqEnd, bodyStart, seq (the ItemStart fields, in that order) */
const START_FIELDS = 4;

/**
 * Item starts: `\d+、` at the beginning of the text, after an item end (`。` `;` `；`, optionally
 * followed by the joiner `,`), or — for cells that forgot the terminator — where a category follows.
 */
export function findItemStarts(t: string): ItemStart[] {
  const flat = scanItemStarts(t, []);
  const out: ItemStart[] = [];
  for (let k = 0; k < flat.length; k += START_FIELDS) {
    out.push({ start: flat[k], seqEnd: flat[k + 1], bodyStart: flat[k + 2], seq: flat[k + 3] });
  }
  return out;
}

/** findItemStarts into `out` (emptied first), flat: no object per start. */
function scanItemStarts(t: string, out: number[]): number[] {
  out.length = 0;
  // Every match of /(?<![0-9０-９.．])([0-9０-９]{1,3})\s*、/g ends at a `、`: find those with
  // indexOf and read the number backwards (a run of 1–3 digits, not preceded by a digit or a dot).
  for (let q = t.indexOf("、"); q !== -1; q = t.indexOf("、", q + 1)) {
    let j = q - 1;
    while (j >= 0 && isSpaceAt(t, j)) j--;
    let i = j;
    while (i >= 0 && isDigitCode(t.charCodeAt(i))) i--;
    const digits = j - i;
    if (digits < 1 || digits > 3) continue;
    if (i >= 0 && (t.charCodeAt(i) === 0x2e || t.charCodeAt(i) === 0xff0e)) continue;
    const start = i + 1;
    const bodyStart = q + 1;
    if (isBoundary(t, start) || (looksLikeItemHead(t, bodyStart) && prevIsNotDigit(t, start))) {
      let seq = 0;
      for (let k = start; k <= j; k++) seq = seq * 10 + digitValue(t.charCodeAt(k));
      out.push(start, j + 1, bodyStart, seq);
    }
  }
  return out;
}

function isBoundary(t: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isSpaceAt(t, j)) j--;
  if (j < 0) return true;
  if (isItemEnd(t.charCodeAt(j))) return true;
  if (isJoiner(t.charCodeAt(j))) {
    let k = j - 1;
    while (k >= 0 && isSpaceAt(t, k)) k--;
    return k >= 0 && isItemEnd(t.charCodeAt(k));
  }
  return false;
}

function prevIsNotDigit(t: string, i: number): boolean {
  return i === 0 || !isDigitCode(t.charCodeAt(i - 1));
}

/** After `、`: a coded category (1-产出指标) or a known category name followed by a separator. */
function looksLikeItemHead(t: string, at: number): boolean {
  const rest = t.slice(at, at + 40);
  if (/^\s*\d{1,2}\s*[-－—–]\s*[\u4e00-\u9fff]/.test(rest)) return true;
  const tok = /^\s*([^;；,，:：\s]{1,12})\s*[;；,，:：]/.exec(rest);
  return tok !== null && (resolveLevel1(tok[1]) !== null || resolveLevel2(tok[1]) !== null);
}

interface Ctx {
  /** the cell's own text */
  raw: string;
  /** the cleaned text every offset below refers to */
  t: string;
  /** clean offset → cell offset when the cell had line breaks; null: cell offset = clean + shift */
  map: number[] | null;
  shift: number;
  cell: string;
  row: number;
}

function skipSpaces(t: string, i: number): number {
  while (i < t.length && isSpaceAt(t, i)) i++;
  return i;
}

/** A span in the cell's own text for the clean range [s, e). */
function spanOf(ctx: Ctx, s: number, e: number): Span {
  const { map } = ctx;
  if (map === null) {
    const start = s + ctx.shift;
    return { cell: ctx.cell, start, end: e > s ? e + ctx.shift : start };
  }
  const start = map[s];
  const end = e > s ? map[e - 1] + 1 : start;
  return { cell: ctx.cell, start, end };
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

/**
 * One item as read from its body text (after `、`), in offsets relative to that text. It depends on
 * nothing but the text, so items written alike (tables repeat 满意度, 成本 and most other items from
 * project to project) share it: only the cell's spans are new for each.
 */
interface ItemShape {
  /** where the item ends: before trailing spaces and a joiner after its terminator */
  end: number;
  level1: CategoryShape | null;
  level2: CategoryShape | null;
  name: NameShape | null;
  period: ValueShape | null;
  annual: ValueShape | null;
}

interface Part {
  start: number;
  end: number;
}

interface CategoryShape extends Part {
  code: string | null;
  name: string;
  inferred: boolean;
}

interface NameShape extends Part {
  text: string;
}

interface ValueShape extends Part {
  raw: string;
  parsed: ParsedValue;
}

/** Item bodies seen before → their shapes; bounded in entries and in the length of a body kept. */
const ITEM_MEMO = new Map<string, ItemShape>();
const ITEM_MEMO_MAX = 4096;
const ITEM_MEMO_MAX_LENGTH = 400;

function parseItem(ctx: Ctx, start: number, bodyStart: number, segEnd: number, seq: number | null): Indicator {
  const body = ctx.t.slice(bodyStart, segEnd);
  let shape = ITEM_MEMO.get(body);
  if (shape === undefined) {
    shape = readItem(body);
    if (body.length <= ITEM_MEMO_MAX_LENGTH) {
      if (ITEM_MEMO.size >= ITEM_MEMO_MAX) ITEM_MEMO.clear();
      ITEM_MEMO.set(body, shape);
    }
  }
  const span = spanOf(ctx, start, bodyStart + shape.end);
  const name = shape.name;
  return {
    seq,
    seqSpan: seq === null ? null : spanOf(ctx, start, bodyStart),
    level1: categoryIn(ctx, bodyStart, shape.level1),
    level2: categoryIn(ctx, bodyStart, shape.level2),
    name: name === null ? null : { text: name.text, span: spanOf(ctx, bodyStart + name.start, bodyStart + name.end) },
    periodValue: valueIn(ctx, bodyStart, shape.period),
    annualValue: valueIn(ctx, bodyStart, shape.annual),
    cell: ctx.cell,
    row: ctx.row,
    span,
    raw: ctx.raw.slice(span.start, span.end),
  };
}

function categoryIn(ctx: Ctx, at: number, c: CategoryShape | null): CategoryRef | null {
  if (c === null) return null;
  const span = spanOf(ctx, at + c.start, at + c.end);
  return c.inferred ? { code: c.code, name: c.name, span, inferred: true } : { code: c.code, name: c.name, span };
}

function valueIn(ctx: Ctx, at: number, v: ValueShape | null): IndicatorValue | null {
  return v === null ? null : { raw: v.raw, span: spanOf(ctx, at + v.start, at + v.end), parsed: v.parsed };
}

/** The shape of one item body `u`: [一级 sep] [二级 sep] 三级名称 [labels and values]. */
function readItem(u: string): ItemShape {
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
