/** XML's escapes, and OOXML's `_xHHHH_` for control characters XML cannot carry (and for a literal "_x0041_"). */
export function escapeText(text: string): string {
  return escapeAttribute(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"))
    // control characters are what this escape is for: XML 1.0 cannot carry them (tab and line feed
    // it can), nor the two noncharacters U+FFFE and U+FFFF
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** For attribute values and formula text: the five XML escapes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
