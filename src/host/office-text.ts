/**
 * Text written through `range.values` stays text. Excel reads a written string the way it reads
 * typing: "100%" becomes 1 formatted 0%, "2023-12-31" a date serial, "1/2" a date, "+5" and "-5"
 * numbers, "=…" a formula (excel-limits.md row 5). A leading apostrophe is Excel's own "this is
 * text" mark (its import does the same); it is not part of the value and reads back without it.
 * The cell's number format is left alone, so undo restores the cell exactly.
 */

/** Starts a formula, or is the apostrophe mark itself. */
const LEADING = /^[=+\-'@]/;
/** Only what numbers, percents, fractions, dates and times are made of (and at least one digit). */
const NUMBER_LIKE = /^[\s\d.,:/%$¥€()eE年月日时分秒+-]*\d[\s\d.,:/%$¥€()eE年月日时分秒+-]*$/;

/** True when Excel would not keep `text` as the same text if it were written as is. */
export function needsTextMark(text: string): boolean {
  const t = text.trim();
  return LEADING.test(t) || NUMBER_LIKE.test(t) || /^(true|false)$/i.test(t) || /^#[A-Z/0!?]+[!?A]$/.test(t);
}

/** What to write into `values` so the cell holds exactly `text`. */
export function asWrittenText<T extends string | null>(text: T): T {
  return (text !== null && needsTextMark(text) ? `'${text}` : text) as T;
}
