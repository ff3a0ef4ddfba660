/** Small text helpers the indicator rules share. */

/** Text compared for sameness: no spaces, no sentence punctuation at the ends. */
export function sameTextKey(s: string): string {
  return s.replace(/[\s\u3000]/g, "").replace(/^[。.;；,，:：]+|[。.;；,，:：]+$/g, "");
}

/** Escape text for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
