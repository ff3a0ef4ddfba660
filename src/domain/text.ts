/**
 * Cell text as real workbooks carry it: PDF-style line breaks inside names and numbers, leading
 * spaces copied in, full-width spaces. `cleanText` joins and trims; `cleanWithMap` does the same and
 * remembers where each kept character came from, so a span found in the clean text can point back
 * into the cell's own text (a fix rewrites exactly what the user typed, nothing else).
 */

/** Characters are tested by code: these run for every character of every cell with a line break. */
const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
/** The spaces a line break swallows around it: space, tab, full-width space. */
const isJoinSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000;
/** A Latin letter (A-Z, a-z): two words split by a break are joined by a space. */
const isLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

export interface MappedText {
  text: string;
  /** map[i] is the index in the original text of text[i]; map[text.length] is the original length */
  map: number[];
}

/**
 * Joins line breaks (with the whitespace around them): no space between CJK or digits, one space
 * between two Latin words. Trims the ends. Keeps other inner spaces as they are.
 */
export function cleanWithMap(raw: string): MappedText {
  const map: number[] = [];
  const out = joinBreaks(raw, map);
  // trim both ends (spaces, tabs, full-width spaces, nbsp)
  let start = 0;
  let end = out.length;
  while (start < end && isEdgeSpace(out.charCodeAt(start))) start++;
  while (end > start && isEdgeSpace(out.charCodeAt(end - 1))) end--;
  const text = start === 0 && end === out.length ? out : out.slice(start, end);
  const kept = start === 0 && end === map.length ? map : map.slice(start, end);
  kept.push(end < map.length ? map[end] : raw.length);
  return { text, map: kept };
}

/**
 * cleanWithMap's text with the map kept as runs: the kept characters come in a few runs of
 * consecutive cell characters (one per stretch between line breaks), so a pair per run says what
 * a number per character would. The indicator parser reads every cell with a line break this way.
 */
export interface RunMappedText {
  text: string;
  /** pairs (offset in the joined text before trimming, cell offset of that character), in order */
  runs: number[];
  /** characters trimmed from the front of the joined text */
  lead: number;
  /** cleanWithMap's map[text.length] */
  endOffset: number;
}

export function cleanWithRuns(raw: string): RunMappedText {
  const runs: number[] = [];
  const out = joinBreaks(raw, null, runs);
  let start = 0;
  let end = out.length;
  while (start < end && isEdgeSpace(out.charCodeAt(start))) start++;
  while (end > start && isEdgeSpace(out.charCodeAt(end - 1))) end--;
  const text = start === 0 && end === out.length ? out : out.slice(start, end);
  const m: RunMappedText = { text, runs, lead: start, endOffset: raw.length };
  if (end < out.length) m.endOffset = runOffset(runs, end);
  return m;
}

/** cleanWithMap's map[i] for i in [0, text.length]. */
export function cellOffset(m: RunMappedText, i: number): number {
  return i >= m.text.length ? m.endOffset : runOffset(m.runs, i + m.lead);
}

/** The cell offset of joined offset j: in the last run starting at or before j. */
function runOffset(runs: number[], j: number): number {
  let k = 0;
  while (k + 2 < runs.length && runs[k + 2] <= j) k += 2;
  return runs[k + 1] + (j - runs[k]);
}

/**
 * The line breaks of `raw` joined, before trimming; with `map`, where each kept character came
 * from (cleanText needs no map, and building one costs a number per character of every cell with
 * a line break); with `runs`, the same as pairs per run (see RunMappedText).
 */
function joinBreaks(raw: string, map: number[] | null, runs: number[] | null = null): string {
  // The kept text is collected as slices of `raw` between joins (not one string per character):
  // the reader calls this for every cell with a line break.
  const parts: string[] = [];
  let runStart = 0;
  // the last kept character's code; NaN before the first
  let prev = NaN;
  let i = 0;
  const n = raw.length;
  // length of the joined text so far (for runs)
  let joined = 0;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (isBreak(c) || (isJoinSpace(c) && nextIsBreak(raw, i))) {
      if (i > runStart) {
        parts.push(raw.slice(runStart, i));
        runs?.push(joined, runStart);
        joined += i - runStart;
        prev = raw.charCodeAt(i - 1);
      }
      // swallow the whole run of whitespace containing the break
      let j = i;
      while (j < n && (isBreak(raw.charCodeAt(j)) || isJoinSpace(raw.charCodeAt(j)))) j++;
      // past the end the code is NaN: no letter
      if (isLatin(prev) && isLatin(raw.charCodeAt(j))) {
        parts.push(" ");
        map?.push(i);
        runs?.push(joined, i);
        joined++;
        prev = 0x20;
      }
      i = j;
      runStart = j;
      continue;
    }
    map?.push(i);
    i++;
  }
  if (n > runStart) {
    parts.push(raw.slice(runStart, n));
    runs?.push(joined, runStart);
  }
  return parts.length === 1 ? parts[0] : parts.join("");
}

function nextIsBreak(raw: string, i: number): boolean {
  let j = i;
  while (j < raw.length && isJoinSpace(raw.charCodeAt(j))) j++;
  return isBreak(raw.charCodeAt(j));
}

/**
 * Whether the text has a line break of any kind joinBreaks joins (\n \r \u2028 \u2029). Most cells
 * have none, so this scans whole cells: four indexOf scans (memchr-fast) cost a fraction of one
 * regex pass over the same text.
 */
export function hasLineBreak(text: string): boolean {
  return text.indexOf("\n") >= 0 || text.indexOf("\r") >= 0 || text.indexOf("\u2028") >= 0 || text.indexOf("\u2029") >= 0;
}
const isEdgeSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;

export function cleanText(raw: string | null | undefined): string {
  if (raw === null || raw === undefined) return "";
  // most cells have no line break: then cleaning is trimming
  const text = String(raw);
  const s = hasLineBreak(text) ? joinBreaks(text, null) : text;
  let start = 0;
  let end = s.length;
  while (start < end && isEdgeSpace(s.charCodeAt(start))) start++;
  while (end > start && isEdgeSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Leading spaces (half- or full-width) before the first visible character: an indent signal. */
export function leadingSpaces(raw: string): number {
  let k = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x20) k += 1;
    else if (c === 0x3000) k += 2;
    else if (c === 0x09) k += 4;
    else break;
  }
  return k;
}

/** For matching header labels: drop every kind of whitespace and unify brackets and colons. */
export function headerKey(raw: string): string {
  return raw
    .replace(/[\s\u3000\u00a0]/g, "")
    .replace(/[（(]/g, "(")
    .replace(/[）)]/g, ")")
    .replace(/：/g, ":");
}
