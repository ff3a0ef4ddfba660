/** Small text helpers the indicator rules share. */

// patterns as constants: one written inline makes a new RegExp object every time the line runs
const SPACES = /[\s\u3000]/g;
const END_STOPS = /^[。.;；,，:：]+|[。.;；,，:：]+$/g;
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** What a pattern's \s matches and String.prototype.trim removes (white space and line terminators). */
export function isWhiteSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Text compared for sameness: no spaces, no sentence punctuation at the ends. */
export function sameTextKey(s: string): string {
  return s.replace(SPACES, "").replace(END_STOPS, "");
}

/** Escape text for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(SPECIAL, "\\$&");
}
