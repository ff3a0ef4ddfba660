/**
 * Placeholders left in a value instead of a target: XX, ××, **, *, 待定, a lone dash or slash.
 * `5×8小时` and `IT运维` are not placeholders, so letters and × count only when they stand alone.
 */
const WHOLE = /^(?:[*＊]+|[-—–－―~～]+|[/／]+|[xXＸｘ×]+|[?？]+|…+|\.{2,})$/;
const INSIDE =
  /(?<![A-Za-z0-9０-９])(?:[xXＸｘ]{2,}|×{2,})(?![A-Za-z])|(?<![A-Za-z0-9])[xXＸ×](?=\s*[%％])|[*＊]{2,}|待定|待填|待补充|待确定|待明确/;

/**
 * Characters every placeholder contains (x X Ｘ ｘ × * ＊ 待 - — – － ― ~ ～ / ／ ? ？ … .): most values
 * have none, and skip the patterns. A switch over the code units, not a character class: this runs
 * on every value of every indicator, and the values are short, so a regex call costs more.
 */
function mayHavePlaceholder(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    switch (raw.charCodeAt(i)) {
      case 0x78: case 0x58: case 0xff38: case 0xff58: case 0xd7: case 0x2a: case 0xff0a: case 0x5f85:
      case 0x2d: case 0x2014: case 0x2013: case 0xff0d: case 0x2015: case 0x7e: case 0xff5e:
      case 0x2f: case 0xff0f: case 0x3f: case 0xff1f: case 0x2026: case 0x2e:
        return true;
    }
  }
  return false;
}

const TRAILING_STOPS = /[。.;；,，]+$/;

/** The placeholder text found in a value, or null. */
export function placeholderIn(raw: string): string | null {
  if (!mayHavePlaceholder(raw)) return null;
  const t = raw.trim().replace(TRAILING_STOPS, "").trim();
  if (!t) return null;
  if (WHOLE.test(t)) return t;
  const m = INSIDE.exec(t);
  return m ? m[0] : null;
}
