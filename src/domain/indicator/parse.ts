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
 * The grammar is regular expressions over slices (item.ts); the one speed measure kept is that
 * the usual cell (no line break) skips the offset map and maps spans by a shift. Reading an item
 * in place with hand scanners, memo slots and reused scratch objects halved the parse time of a
 * 1,000-project table (7 → 14 ms on this machine) but did not move the whole check beyond its
 * noise, so it went for a grammar that can be read and changed.
 */
import type { CategoryRef, Indicator, IndicatorValue, Span } from "../model";
import { cellOffset, cleanWithRuns, hasLineBreak, type RunMappedText } from "../text";
import { isEdgeSpace, isSpaceCode, skipSpaces } from "./chars";
import { readItem, type CategoryPart, type ValuePart } from "./item";
import type { NumberStyle } from "./markers";
import { findItemStarts, unnumberedStarts } from "./starts";

export { findItemStarts, type ItemStart } from "./starts";

const PLACEHOLDERS = new Set(["", "无", "暂无", "略", "空", "不适用", "无绩效指标", "na", "n/a", "none"]);
/** The longest placeholder in code points: text with more visible characters is no placeholder. */
const PLACEHOLDER_MAX = Math.max(...[...PLACEHOLDERS].map((p) => [...p].length));
const INVISIBLE = /[\p{P}\p{S}\s]/u;
const INVISIBLE_ALL = /[\p{P}\p{S}\s]/gu;

export function parseIndicatorCell(raw: string, cell: string, row: number): Indicator[] {
  if (raw === null || raw === undefined) return [];
  const ctx = contextOf(String(raw), cell, row);
  const t = ctx.t;
  if (isPlaceholder(t)) return [];
  const breaks = lineBreaksOf(ctx);
  const starts = findItemStarts(t, breaks);
  if (starts.length === 0) return parseUnnumbered(ctx, breaks);
  const out: Indicator[] = [];
  const firstStart = starts[0].start;
  // text before the first number: an unnumbered item, unless it is a lead-in (绩效指标：) or noise
  if (firstStart > 0) {
    const preamble = t.slice(0, firstStart).trim();
    if (preamble && !/[:：]$/.test(preamble) && !isPlaceholder(preamble)) {
      out.push(parseItem(ctx, skipSpaces(t, 0), skipSpaces(t, 0), firstStart, null, null));
    }
  }
  starts.forEach((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].start : t.length;
    out.push(parseItem(ctx, s.start, s.bodyStart, end, s.seq, s.style));
  });
  return out;
}

/** Items without numbers: one per line or per `；` where a category heads them, else the text as one. */
function parseUnnumbered(ctx: Ctx, breaks: ReadonlySet<number>): Indicator[] {
  const t = ctx.t;
  const starts = [skipSpaces(t, 0), ...unnumberedStarts(t, breaks)];
  return starts.map((s, k) => parseItem(ctx, s, s, starts[k + 1] ?? t.length, null, null));
}

/** The clean offsets where the cell had a line break: where each run after the first begins. */
function lineBreaksOf(ctx: Ctx): ReadonlySet<number> {
  const breaks = new Set<number>();
  const runs = ctx.map?.runs ?? [];
  for (let k = 2; k < runs.length; k += 2) breaks.add(runs[k] - ctx.map!.lead);
  return breaks;
}

/**
 * The cleaned text and how its offsets map back into the cell. Without a line break cleaning is
 * trimming (what cleanWithRuns would do, character for character), so clean offset i is cell
 * offset i + shift and no map is built; with one, cleanWithRuns maps offsets by its runs.
 */
function contextOf(text: string, cell: string, row: number): Ctx {
  if (hasLineBreak(text)) {
    const mapped = cleanWithRuns(text);
    return { cellText: text, t: mapped.text, map: mapped, shift: 0, cell, row };
  }
  let start = 0;
  let end = text.length;
  while (start < end && isEdgeSpace(text.charCodeAt(start))) start++;
  while (end > start && isEdgeSpace(text.charCodeAt(end - 1))) end--;
  const t = start === 0 && end === text.length ? text : text.slice(start, end);
  return { cellText: text, t, map: null, shift: start, cell, row };
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

interface Ctx {
  /** the cell's own text */
  cellText: string;
  /** the cleaned text every offset below refers to */
  t: string;
  /** clean offset → cell offset when the cell had line breaks; null: cell offset = clean + shift */
  map: RunMappedText | null;
  shift: number;
  cell: string;
  row: number;
}

/** A span in the cell's own text for the clean range [s, e). */
function spanOf(ctx: Ctx, s: number, e: number): Span {
  const { map } = ctx;
  if (map === null) {
    const start = s + ctx.shift;
    return { cell: ctx.cell, start, end: e > s ? e + ctx.shift : start };
  }
  const start = cellOffset(map, s);
  const end = e > s ? cellOffset(map, e - 1) + 1 : start;
  return { cell: ctx.cell, start, end };
}

function parseItem(ctx: Ctx, start: number, bodyStart: number, segEnd: number, seq: number | null, style: NumberStyle | null): Indicator {
  // no cache by item text: real tables write almost every item once (the seeds repeat under 10%),
  // and on a bench table as varied as that a cache cost more than it saved
  const t = ctx.t;
  const parts = readItem(t, bodyStart, segEnd);
  const span = spanOf(ctx, start, parts.end);
  const { nameStart, nameEnd } = parts;
  return {
    seq,
    seqSpan: seq === null ? null : spanOf(ctx, start, bodyStart),
    numberStyle: style,
    level1: categoryIn(ctx, parts.level1),
    level2: categoryIn(ctx, parts.level2),
    name: nameEnd > nameStart ? { text: t.slice(nameStart, nameEnd), span: spanOf(ctx, nameStart, nameEnd) } : null,
    periodValue: valueIn(ctx, parts.period),
    annualValue: valueIn(ctx, parts.annual),
    cell: ctx.cell,
    row: ctx.row,
    span,
    itemText: ctx.cellText.slice(span.start, span.end),
  };
}

function categoryIn(ctx: Ctx, c: CategoryPart | null): CategoryRef | null {
  if (c === null) return null;
  const span = spanOf(ctx, c.start, c.end);
  return c.inferred ? { code: c.code, name: c.name, span, inferred: true } : { code: c.code, name: c.name, span };
}

function valueIn(ctx: Ctx, v: ValuePart | null): IndicatorValue | null {
  return v ? { text: v.text, span: spanOf(ctx, v.start, v.end), parsed: v.parsed } : null;
}
