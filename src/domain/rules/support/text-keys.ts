/** Small text helpers the indicator rules share. */

// patterns as constants: one written inline makes a new RegExp object every time the line runs
const SPACES = /[\s\u3000]/g;
const END_STOPS = /^[。.;；,，:：]+|[。.;；,，:：]+$/g;
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Text compared for sameness: no spaces, no sentence punctuation at the ends. */
export function sameTextKey(s: string): string {
  return s.replace(SPACES, "").replace(END_STOPS, "");
}

/** Escape text for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(SPECIAL, "\\$&");
}
