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
 */
import type { CategoryRef, Indicator, IndicatorValue, Span } from "../model";
import { cleanWithMap, type MappedText } from "../text";
import { parseCategory } from "./category";
import { parentOf, resolveLevel1, resolveLevel2 } from "./taxonomy";
import { parseValue } from "./values";

/** `实施周期指标值:` / `年度指标值：` (colon optional; 实施期指标值 is a variant seen in exports). */
const LABEL = /(实施周期指标值|实施期指标值|年度指标值)\s*[:：]?/g;
/** A sequence number before `、` that is not the tail of a longer number. */
const SEQ = /(?<![0-9０-９.．])([0-9０-９]{1,3})\s*、/g;
const ITEM_END = "。;；";
const JOINER = ",，";
const SEPARATORS = ";；,，:：";
const PLACEHOLDERS = new Set(["", "无", "暂无", "略", "空", "不适用", "无绩效指标", "na", "n/a", "none"]);

export interface ItemStart {
  /** clean offset of the first digit */
  start: number;
  /** clean offset just after the last digit */
  seqEnd: number;
  /** clean offset just after `、` */
  bodyStart: number;
  seq: number;
}

const isSpace = (c: string | undefined) => c !== undefined && /[\s\u3000\u00a0]/.test(c);
const halfDigits = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

export function parseIndicatorCell(raw: string, cell: string, row: number): Indicator[] {
  if (raw === null || raw === undefined) return [];
  const text = String(raw);
  const mapped = cleanWithMap(text);
  const t = mapped.text;
  if (isPlaceholder(t)) return [];
  const ctx: Ctx = { raw: text, mapped, cell, row };
  const starts = findItemStarts(t);
  const out: Indicator[] = [];
  const firstStart = starts.length ? starts[0].start : t.length;
  const preamble = t.slice(0, firstStart).trim();
  // text before the first number: an unnumbered item, unless it is a lead-in (绩效指标：) or noise
  if (preamble && !/[:：]$/.test(preamble) && !isPlaceholder(preamble)) {
    out.push(parseItem(ctx, skipSpaces(t, 0), skipSpaces(t, 0), firstStart, null));
  }
  starts.forEach((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].start : t.length;
    out.push(parseItem(ctx, s.start, s.bodyStart, end, s.seq));
  });
  return out;
}

/** Whether cleaned cell text means "no indicators" (blank, 无, punctuation only). */
export function isPlaceholder(clean: string): boolean {
  const key = clean.replace(/[\p{P}\p{S}\s]/gu, "").toLowerCase();
  return PLACEHOLDERS.has(key);
}

/**
 * Item starts: `\d+、` at the beginning of the text, after an item end (`。` `;` `；`, optionally
 * followed by the joiner `,`), or — for cells that forgot the terminator — where a category follows.
 */
export function findItemStarts(t: string): ItemStart[] {
  const out: ItemStart[] = [];
  for (const m of t.matchAll(SEQ)) {
    const i = m.index ?? 0;
    const bodyStart = i + m[0].length;
    if (isBoundary(t, i) || (looksLikeItemHead(t, bodyStart) && prevIsNotDigit(t, i))) {
      out.push({ start: i, seqEnd: i + m[1].length, bodyStart, seq: Number(halfDigits(m[1])) });
    }
  }
  return out;
}

function isBoundary(t: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isSpace(t[j])) j--;
  if (j < 0) return true;
  if (ITEM_END.includes(t[j])) return true;
  if (JOINER.includes(t[j])) {
    let k = j - 1;
    while (k >= 0 && isSpace(t[k])) k--;
    return k >= 0 && ITEM_END.includes(t[k]);
  }
  return false;
}

function prevIsNotDigit(t: string, i: number): boolean {
  return i === 0 || !/[0-9０-９]/.test(t[i - 1]);
}

/** After `、`: a coded category (1-产出指标) or a known category name followed by a separator. */
function looksLikeItemHead(t: string, at: number): boolean {
  const rest = t.slice(at, at + 40);
  if (/^\s*\d{1,2}\s*[-－—–]\s*[\u4e00-\u9fff]/.test(rest)) return true;
  const tok = /^\s*([^;；,，:：\s]{1,12})\s*[;；,，:：]/.exec(rest);
  return tok !== null && (resolveLevel1(tok[1]) !== null || resolveLevel2(tok[1]) !== null);
}

interface Ctx {
  raw: string;
  mapped: MappedText;
  cell: string;
  row: number;
}

function skipSpaces(t: string, i: number): number {
  while (i < t.length && isSpace(t[i])) i++;
  return i;
}

/** A span in the cell's own text for the clean range [s, e). */
function spanOf(ctx: Ctx, s: number, e: number): Span {
  const { map } = ctx.mapped;
  const start = map[s];
  const end = e > s ? map[e - 1] + 1 : start;
  return { cell: ctx.cell, start, end };
}

/** Narrows [s, e) past leading spaces and trailing characters in `trailing`. */
function trimRange(t: string, s: number, e: number, trailing: string): [number, number] {
  while (s < e && isSpace(t[s])) s++;
  while (e > s && (isSpace(t[e - 1]) || trailing.includes(t[e - 1]))) e--;
  return [s, e];
}

/** Where the item stops: before trailing spaces and the joiner `,` that follows `;` or `。`. */
function itemEndOf(t: string, s: number, e: number): number {
  while (e > s && isSpace(t[e - 1])) e--;
  if (e > s && JOINER.includes(t[e - 1])) {
    let k = e - 1;
    while (k > s && isSpace(t[k - 1])) k--;
    if (k > s && ITEM_END.includes(t[k - 1])) e = k;
  }
  return e;
}

function parseItem(ctx: Ctx, start: number, bodyStart: number, segEnd: number, seq: number | null): Indicator {
  const t = ctx.mapped.text;
  const end = itemEndOf(t, start, segEnd);
  const labels: Array<{ kind: "period" | "annual"; start: number; end: number }> = [];
  for (const m of t.slice(bodyStart, end).matchAll(LABEL)) {
    const kind = m[1] === "年度指标值" ? "annual" : "period";
    if (labels.some((l) => l.kind === kind)) continue;
    const at = bodyStart + (m.index ?? 0);
    labels.push({ kind, start: at, end: at + m[0].length });
  }
  const headEnd = labels.length ? labels[0].start : end;
  const head = parseHead(ctx, bodyStart, headEnd);
  let periodValue: IndicatorValue | null = null;
  let annualValue: IndicatorValue | null = null;
  labels.forEach((l, k) => {
    const valueEnd = k + 1 < labels.length ? labels[k + 1].start : end;
    const v = valueOf(ctx, l.end, valueEnd);
    if (l.kind === "period") periodValue = v;
    else annualValue = v;
  });
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
  const t = ctx.mapped.text;
  const [vs, ve] = trimRange(t, s, e, SEPARATORS + "。");
  const raw = t.slice(vs, ve);
  return { raw, span: spanOf(ctx, vs, ve), parsed: parseValue(raw) };
}

interface Head {
  level1: CategoryRef | null;
  level2: CategoryRef | null;
  name: { text: string; span: Span } | null;
}

/** A coded category token: `1-产出指标`, `11-数量指标` up to the next separator. */
const CODED_TOKEN = /^(\d{1,2}|[０-９]{1,2})\s*[-－—–]\s*([^;；,，:：]{1,20}?)\s*(?:[;；,，:：]|$)/;
/** An uncoded token up to a separator: a category only when the taxonomy knows it. */
const PLAIN_TOKEN = /^([^;；,，:：]{1,16}?)\s*([;；,，:：])/;

/** The part before the value labels: [一级 sep] [二级 sep] 三级名称. */
function parseHead(ctx: Ctx, s: number, e: number): Head {
  const t = ctx.mapped.text;
  [s, e] = trimRange(t, s, e, SEPARATORS + "。");
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
  const [ns, ne] = trimRange(t, pos, e, SEPARATORS + "。");
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
  const t = ctx.mapped.text;
  const slice = t.slice(pos, e);
  const coded = CODED_TOKEN.exec(slice);
  if (coded) {
    const tokenText = coded[0].replace(/[;；,，:：]$/, "");
    const [ts, te] = trimRange(t, pos, pos + tokenText.length, "");
    const ref = parseCategory(t.slice(ts, te), spanOf(ctx, ts, te));
    if (ref) {
      const level: 1 | 2 = ref.code && ref.code.length === 1 ? 1 : 2;
      if (wantLevel2 && level !== 2) return null;
      return { level, ref, end: pos + coded[0].length };
    }
  }
  const plain = PLAIN_TOKEN.exec(slice);
  if (!plain) return null;
  const after = pos + plain[0].length;
  if (t.slice(after, e).trim() === "") return null;
  const [ts, te] = trimRange(t, pos, pos + plain[1].length, "");
  const word = t.slice(ts, te);
  const isColon = plain[2] === ":" || plain[2] === "：";
  let level: 1 | 2 | null = null;
  if (!wantLevel2 && resolveLevel1(word)) level = 1;
  else if (resolveLevel2(word)) level = 2;
  // short dialect: `经济指标：…` — an unknown word ending in 指标 before a colon is still a 一级
  else if (!wantLevel2 && isColon && /指标$/.test(word) && word.length <= 10) level = 1;
  if (level === null) return null;
  const ref = parseCategory(word, spanOf(ctx, ts, te));
  return ref ? { level, ref, end: after } : null;
}
