/**
 * Formula injection (CSV/spreadsheet injection): a cell text starting with = + - @ (or a tab or
 * carriage return, which some spreadsheet programs skip before looking for a formula) can run as a
 * formula when a report is opened or re-imported. Every text jixiao writes into a spreadsheet or
 * CSV goes through `neutralise`, which prefixes a single quote, the OWASP recommendation: Excel
 * shows such a text as text, and in Office JavaScript API `values`/`formulas` the quote is Excel's own
 * "text follows" prefix, so the same data is safe in both writers. The only formulas jixiao writes
 * are the HYPERLINK formulas it builds itself (review-sheet.ts), never from cell text.
 */

const DANGEROUS_START = /^[=+\-@\t\r]/;

export function isDangerousText(text: string): boolean {
  return DANGEROUS_START.test(text);
}

/** `=1+2` → `'=1+2`; any other text unchanged. */
export function neutralise(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

/**
 * Storage cells (the jixiao_explained sheet) must read back exactly what was written, through
 * ExcelJS (which keeps a leading quote as a character) and through Office JavaScript API (where Excel takes a
 * leading quote as its text prefix and drops it). Encoding: a quote is added before a text that
 * starts with = + - @ tab CR or a quote; decoding removes one leading quote only when a character
 * of that set follows it. Both paths then give back the original text (the one exception: a text
 * that itself starts with a quote followed by = + - @, written through Office JavaScript API, loses its quote).
 */
const STORAGE_ESCAPE = /^[=+\-@\t\r']/;

export function encodeStoredText(text: string): string {
  return STORAGE_ESCAPE.test(text) ? `'${text}` : text;
}

export function decodeStoredText(text: string): string {
  return text.length > 1 && text[0] === "'" && STORAGE_ESCAPE.test(text.slice(1)) ? text.slice(1) : text;
}
