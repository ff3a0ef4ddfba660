/**
 * Character tests by UTF-16 code for the grammar's scanners. They run once per character of every
 * 绩效指标 cell (~50,000 items in a 10,000-project table), so they compare numbers: no regex and no
 * one-character string per test.
 */

/** What the regex class /\s/ matches (so also \u3000 and \u00a0); false past the end (NaN). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  );
}

export const isSpaceAt = (t: string, i: number): boolean => isSpaceCode(t.charCodeAt(i));

/** A half- or full-width digit (0-9, ０-９). */
export const isDigitCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/** The characters cleanWithMap and cleanText trim from the ends: space, tab, \u3000, \u00a0. */
export const isEdgeSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;

/** A set of characters as their codes, for `set.has(t.charCodeAt(i))` (BMP characters only). */
export const codeSet = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));

/** The code of the first character that trim() keeps, i.e. the first not /\s/ (NaN when none). */
export function firstVisibleCode(raw: string): number {
  let i = 0;
  while (i < raw.length && isSpaceCode(raw.charCodeAt(i))) i++;
  return raw.charCodeAt(i);
}

/** `。` `;` `；`: what ends an item. */
export const isItemEnd = (c: number): boolean => c === 0x3002 || c === 0x3b || c === 0xff1b;
/** `,` `，`: the joiner some exports put after an item's end. */
export const isJoiner = (c: number): boolean => c === 0x2c || c === 0xff0c;
/** `;；,，:：`: what separates the parts of an item. */
export const isSeparator = (c: number): boolean => c === 0x3b || c === 0xff1b || c === 0x2c || c === 0xff0c || c === 0x3a || c === 0xff1a;
/** What a name or value ends before: separators and `。`. */
export const isValueTrailing = (c: number): boolean => isSeparator(c) || c === 0x3002;
export const isColon = (c: number): boolean => c === 0x3a || c === 0xff1a;
/** The dashes of a coded category (`1-产出指标`): - － — –. */
export const isDash = (c: number): boolean => c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013;

/** The first offset from i that is not a space. */
export function skipSpaces(t: string, i: number): number {
  while (i < t.length && isSpaceAt(t, i)) i++;
  return i;
}
