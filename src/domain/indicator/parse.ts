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
 * sliced or compiled per item that need not be.
 */
import type { CategoryRef, Indicator, IndicatorValue, Span } from "../model";
import { cleanWithMap } from "../text";
import { parseCategory } from "./category";
import { codeSet, isDigitCode, isEdgeSpace, isSpaceAt } from "./chars";
import { parentOf, resolveLevel1, resolveLevel2 } from "./taxonomy";
import { parseValue } from "./values";

const ITEM_END = "。;；";
const JOINER = ",，";
const SEPARATORS = ";；,，:：";
const ITEM_END_CODES = codeSet(ITEM_END);
const JOINER_CODES = codeSet(JOINER);
const SEPARATOR_CODES = codeSet(SEPARATORS);
/** What a name or value ends before: separators and `。`. */
const VALUE_TRAILING = codeSet(SEPARATORS + "。");
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

const FULL_DIGIT = /[０-９]/;
const halfDigits = (s: string) => (FULL_DIGIT.test(s) ? s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : s);

export function parseIndicatorCell(raw: string, cell: string, row: number): Indicator[] {
  if (raw === null || raw === undefined) return [];
  const ctx = contextOf(String(raw), cell, row);
  const t = ctx.t;
  if (isPlaceholder(t)) return [];
  const starts = findItemStarts(t);
  const out: Indicator[] = [];
  const firstStart = starts.length ? starts[0].start : t.length;
  const preamble = t.slice(0, firstStart).trim();
  // text before the first number: an unnumbered item, unless it is a lead-in (绩效指标：) or noise
  if (preamble && !/[:：]$/.test(preamble) && !isPlaceholder(preamble)) {
    out.push(parseItem(ctx, skipSpaces(t, 0), skipSpaces(t, 0), firstStart, null));
  }
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1].start : t.length;
    out.push(parseItem(ctx, s.start, s.bodyStart, end, s.seq));
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

/** Whether cleaned cell text means "no indicators" (blank, 无, punctuation only). */
export function isPlaceholder(clean: string): boolean {
  // a placeholder has at most a few visible characters: count them before building the key, so a
  // long cell is turned away after its first words
  let visible = 0;
  for (const ch of clean) {
    if (INVISIBLE.test(ch)) continue;
    if (++visible > PLACEHOLDER_MAX) return false;
  }
  const key = clean.replace(INVISIBLE_ALL, "").toLowerCase();
  return PLACEHOLDERS.has(key);
}

/**
 * Item starts: `\d+、` at the beginning of the text, after an item end (`。` `;` `；`, optionally
 * followed by the joiner `,`), or — for cells that forgot the terminator — where a category follows.
 */
export function findItemStarts(t: string): ItemStart[] {
  // Every match of /(?<![0-9０-９.．])([0-9０-９]{1,3})\s*、/g ends at a `、`: find those with
  // indexOf and read the number backwards (a run of 1–3 digits, not preceded by a digit or a dot).
  const out: ItemStart[] = [];
  for (let q = t.indexOf("、"); q !== -1; q = t.indexOf("、", q + 1)) {
    let j = q - 1;
    while (j >= 0 && isSpaceAt(t, j)) j--;
    let i = j;
    while (i >= 0 && isDigitCode(t.charCodeAt(i))) i--;
    const digits = j - i;
    if (digits < 1 || digits > 3) continue;
    if (i >= 0 && (t[i] === "." || t[i] === "．")) continue;
    const start = i + 1;
    const bodyStart = q + 1;
    if (isBoundary(t, start) || (looksLikeItemHead(t, bodyStart) && prevIsNotDigit(t, start))) {
      out.push({ start, seqEnd: j + 1, bodyStart, seq: Number(halfDigits(t.slice(start, j + 1))) });
    }
  }
  return out;
}

function isBoundary(t: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isSpaceAt(t, j)) j--;
  if (j < 0) return true;
  if (ITEM_END_CODES.has(t.charCodeAt(j))) return true;
  if (JOINER_CODES.has(t.charCodeAt(j))) {
    let k = j - 1;
    while (k >= 0 && isSpaceAt(t, k)) k--;
    return k >= 0 && ITEM_END_CODES.has(t.charCodeAt(k));
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

/** The new e of [s, e) narrowed past trailing spaces and characters in `trailing`. */
function trimEndOf(t: string, s: number, e: number, trailing: ReadonlySet<number> | null): number {
  while (e > s && (isSpaceAt(t, e - 1) || (trailing !== null && trailing.has(t.charCodeAt(e - 1))))) e--;
  return e;
}

/** Whether [s, e) holds nothing but spaces. */
function allSpaces(t: string, s: number, e: number): boolean {
  return trimStartOf(t, s, e) === e;
}

/** Where the item stops: before trailing spaces and the joiner `,` that follows `;` or `。`. */
function itemEndOf(t: string, s: number, e: number): number {
  while (e > s && isSpaceAt(t, e - 1)) e--;
  if (e > s && JOINER_CODES.has(t.charCodeAt(e - 1))) {
    let k = e - 1;
    while (k > s && isSpaceAt(t, k - 1)) k--;
    if (k > s && ITEM_END_CODES.has(t.charCodeAt(k - 1))) e = k;
  }
  return e;
}

type Label = { kind: "period" | "annual"; start: number; end: number };

/**
 * The value labels in [from, to), first of each kind, as `/(实施周期指标值|实施期指标值|年度指标值)\s*[:：]?/g`
 * over that slice would find them: every label ends in 指标值, so indexOf finds the candidates and
 * the characters before each say which label (if any) it is.
 */
function findLabels(t: string, from: number, to: number): Label[] {
  const labels: Label[] = [];
  let i = t.indexOf("指标值", from);
  while (i !== -1 && i + 3 <= to) {
    let start = -1;
    let kind: Label["kind"] = "period";
    if (i - 4 >= from && t.startsWith("实施周期", i - 4)) start = i - 4;
    else if (i - 3 >= from && t.startsWith("实施期", i - 3)) start = i - 3;
    else if (i - 2 >= from && t.startsWith("年度", i - 2)) {
      start = i - 2;
      kind = "annual";
    }
    let end = i + 3;
    if (start >= 0) {
      while (end < to && isSpaceAt(t, end)) end++;
      if (end < to && (t[end] === ":" || t[end] === "：")) end++;
      if (!labels.some((l) => l.kind === kind)) labels.push({ kind, start, end });
    }
    i = t.indexOf("指标值", end);
  }
  return labels;
}

function parseItem(ctx: Ctx, start: number, bodyStart: number, segEnd: number, seq: number | null): Indicator {
  const t = ctx.t;
  const end = itemEndOf(t, start, segEnd);
  const labels = findLabels(t, bodyStart, end);
  const headEnd = labels.length ? labels[0].start : end;
  const head = parseHead(ctx, bodyStart, headEnd);
  let periodValue: IndicatorValue | null = null;
  let annualValue: IndicatorValue | null = null;
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k];
    const valueEnd = k + 1 < labels.length ? labels[k + 1].start : end;
    const v = valueOf(ctx, l.end, valueEnd);
    if (l.kind === "period") periodValue = v;
    else annualValue = v;
  }
  const span = spanOf(ctx, start, end);
  return {
    seq,
    seqSpan: seq === null ? null : spanOf(ctx, start, bodyStart),
    level1: head.level1,
    level2: head.level2,
    name: head.name,
    periodValue,
    annualValue,
    cell: ctx.cell,
    row: ctx.row,
    span,
    raw: ctx.raw.slice(span.start, span.end),
  };
}

function valueOf(ctx: Ctx, s: number, e: number): IndicatorValue {
  const t = ctx.t;
  const vs = trimStartOf(t, s, e);
  const ve = trimEndOf(t, vs, e, VALUE_TRAILING);
  const raw = t.slice(vs, ve);
  return { raw, span: spanOf(ctx, vs, ve), parsed: parseValue(raw) };
}

interface Head {
  level1: CategoryRef | null;
  level2: CategoryRef | null;
  name: { text: string; span: Span } | null;
}

/** A coded category token: `1-产出指标`, `11-数量指标` up to the next separator (matched on [pos, e)). */
const CODED_TOKEN = /^(\d{1,2}|[０-９]{1,2})\s*[-－—–]\s*([^;；,，:：]{1,20}?)\s*(?:[;；,，:：]|$)/;
/**
 * An uncoded token up to a separator: a category only when the taxonomy knows it. Sticky on the
 * whole text: a match that ends by e is the one `^…` would find on the slice [pos, e), and one that
 * ends past e means the slice has none (the separator is the first non-space after the token).
 */
const PLAIN_TOKEN = /([^;；,，:：]{1,16}?)\s*([;；,，:：])/y;

/** Category texts seen before (产出指标, 11-数量指标 …) → code and name; bounded. */
const CATEGORY_MEMO = new Map<string, { code: string | null; name: string } | null>();
const CATEGORY_MEMO_MAX = 2048;

/** parseCategory(text, span), remembering the answer per text (the span is the only new part). */
function categoryAt(ctx: Ctx, s: number, e: number): CategoryRef | null {
  const text = ctx.t.slice(s, e);
  let known = CATEGORY_MEMO.get(text);
  if (known === undefined) {
    const ref = parseCategory(text, { cell: "", start: 0, end: 0 });
    known = ref ? { code: ref.code, name: ref.name } : null;
    if (CATEGORY_MEMO.size >= CATEGORY_MEMO_MAX) CATEGORY_MEMO.clear();
    CATEGORY_MEMO.set(text, known);
  }
  return known ? { code: known.code, name: known.name, span: spanOf(ctx, s, e) } : null;
}

/** The part before the value labels: [一级 sep] [二级 sep] 三级名称. */
function parseHead(ctx: Ctx, s: number, e: number): Head {
  const t = ctx.t;
  s = trimStartOf(t, s, e);
  e = trimEndOf(t, s, e, VALUE_TRAILING);
  let level1: CategoryRef | null = null;
  let level2: CategoryRef | null = null;
  let pos = s;
  if (t[pos] === ":" || t[pos] === "：") {
    // `2、：形成研究报告（份）` — the 一级 was left blank; what follows is the name
    pos = skipSpaces(t, pos + 1);
  } else {
    for (let k = 0; k < 2 && pos < e; k++) {
      const tok = nextCategory(ctx, pos, e, level1 !== null);
      if (!tok) break;
      if (tok.level === 1) {
        if (level1) break;
        level1 = tok.ref;
      } else {
        level2 = tok.ref;
      }
      pos = skipSpaces(t, tok.end);
      if (tok.level === 2) break;
    }
  }
  if (!level1 && level2 && t[s] !== ":" && t[s] !== "：") {
    const parent = parentOf(level2);
    if (parent) {
      level1 = { code: null, name: parent.label, span: { ...level2.span, end: level2.span.start }, inferred: true };
    }
  }
  const ns = trimStartOf(t, pos, e);
  const ne = trimEndOf(t, ns, e, VALUE_TRAILING);
  const name = ne > ns ? { text: t.slice(ns, ne), span: spanOf(ctx, ns, ne) } : null;
  return { level1, level2, name };
}

/**
 * The category token at `pos`, if any. `wantLevel2` is set after a 一级: then only a 二级 is taken.
 * An uncoded token must leave a name after it, so `满意度指标：满意度，…` keeps 满意度 as the name.
 */
function nextCategory(
  ctx: Ctx,
  pos: number,
  e: number,
  wantLevel2: boolean,
): { level: 1 | 2; ref: CategoryRef; end: number } | null {
  const t = ctx.t;
  if (isDigitCode(t.charCodeAt(pos))) {
    const coded = CODED_TOKEN.exec(t.slice(pos, e));
    if (coded) {
      const tokenLength = coded[0].length - (SEPARATOR_CODES.has(coded[0].charCodeAt(coded[0].length - 1)) ? 1 : 0);
      const ts = trimStartOf(t, pos, pos + tokenLength);
      const te = trimEndOf(t, ts, pos + tokenLength, null);
      const ref = categoryAt(ctx, ts, te);
      if (ref) {
        const level: 1 | 2 = ref.code && ref.code.length === 1 ? 1 : 2;
        if (wantLevel2 && level !== 2) return null;
        return { level, ref, end: pos + coded[0].length };
      }
    }
  }
  PLAIN_TOKEN.lastIndex = pos;
  const plain = PLAIN_TOKEN.exec(t);
  if (!plain || pos + plain[0].length > e) return null;
  const after = pos + plain[0].length;
  if (allSpaces(t, after, e)) return null;
  const ts = trimStartOf(t, pos, pos + plain[1].length);
  const te = trimEndOf(t, ts, pos + plain[1].length, null);
  const word = t.slice(ts, te);
  const isColon = plain[2] === ":" || plain[2] === "：";
  let level: 1 | 2 | null = null;
  if (!wantLevel2 && resolveLevel1(word)) level = 1;
  else if (resolveLevel2(word)) level = 2;
  // short dialect: `经济指标：…` — an unknown word ending in 指标 before a colon is still a 一级
  else if (!wantLevel2 && isColon && word.endsWith("指标") && word.length <= 10) level = 1;
  if (level === null) return null;
  const ref = categoryAt(ctx, ts, te);
  return ref ? { level, ref, end: after } : null;
}
