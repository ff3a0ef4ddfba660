/**
 * Placeholders left in a value instead of a target: XX, ××, **, *, 待定, a lone dash or slash.
 * `5×8小时` and `IT运维` are not placeholders, so letters and × count only when they stand alone.
 */
const WHOLE = /^(?:[*＊]+|[-—–－―~～]+|[/／]+|[xXＸｘ×]+|[?？]+|…+|\.{2,})$/;
const INSIDE =
  /(?<![A-Za-z0-9０-９])(?:[xXＸｘ]{2,}|×{2,})(?![A-Za-z])|(?<![A-Za-z0-9])[xXＸ×](?=\s*[%％])|[*＊]{2,}|待定|待填|待补充|待确定|待明确/;

/** Characters every placeholder contains: most values have none, and skip the patterns. */
const MAYBE = /[xXＸｘ×*＊待\-—–－―~～/／?？….]/;

const TRAILING_STOPS = /[。.;；,，]+$/;

/** The placeholder text found in a value, or null. */
export function placeholderIn(raw: string): string | null {
  if (!MAYBE.test(raw)) return null;
  const t = raw.trim().replace(TRAILING_STOPS, "").trim();
  if (!t) return null;
  if (WHOLE.test(t)) return t;
  const m = INSIDE.exec(t);
  return m ? m[0] : null;
}
