/** Terminal width of text: CJK and full-width characters take two columns. For tables and the progress bar. */

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

export function padEndWidth(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

export function padStartWidth(s: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** Cuts `s` to at most `width` columns, ending in … when cut. */
export function fitWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = WIDE.test(ch) ? 2 : 1;
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + "…";
}

/** A plain-text table with columns aligned by display width; `right` marks numeric columns. */
export function textTable(header: string[], rows: string[][], right: boolean[], indent = "  "): string[] {
  const widths = header.map((h, k) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[k] ?? ""))));
  const line = (cells: string[]) =>
    indent + cells.map((c, k) => (right[k] ? padStartWidth(c, widths[k]) : padEndWidth(c, widths[k]))).join("  ").trimEnd();
  return [line(header), indent + widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/**
 * C0 controls but tab and newline, DEL and C1 controls (U+009B is a one-character CSI on some
 * terminals): a cell holding `_x001B_[2J` must not clear the reviewer's screen.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text for a terminal: control characters other than newline and tab removed. */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, "");
}
