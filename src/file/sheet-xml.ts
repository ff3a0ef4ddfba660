/**
 * Finding things in a worksheet part's XML text without parsing it whole: the cell and row
 * elements (any namespace prefix), the sheetData span, and the `<dimension>`. The patch writer
 * edits the text around what these find, so everything else in the part stays as it was.
 */
import { columnIndex } from "../domain/address";

/** The prefix ("x:" or "") SpreadsheetML elements carry in this part, from its root element. */
export function elementPrefix(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(xml);
  return root?.[1] ?? "";
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The cell's element, with its namespace prefix (group 1), attributes (2) and content (4, absent when self-closing). */
export function cellElement(ref: string): RegExp {
  return new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)c(\\s[^>]*?\\br=(["'])${ref}\\3[^>]*?)(?:/>|>([\\s\\S]*?)</\\1c>)`);
}

export function attrOf(attributes: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}=(["'])([^"']*)\\1`).exec(attributes);
  return m?.[2];
}

export function withAttr(attributes: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name}=(["'])[^"']*\\1`);
  if (value === null) return attributes.replace(re, "");
  return re.test(attributes) ? attributes.replace(re, ` ${name}="${value}"`) : `${attributes} ${name}="${value}"`;
}

/** Where sheetData's content starts and ends (for `<sheetData/>`, both at the element, which is expanded first). */
export function sheetDataSpan(xml: string, prefix: string): { xml: string; start: number; end: number } | null {
  const p = escapeRegExp(prefix);
  const empty = new RegExp(`<${p}sheetData(\\s[^>]*?)?/>`).exec(xml);
  if (empty) {
    const open = `<${prefix}sheetData${empty[1] ?? ""}>`;
    xml = xml.slice(0, empty.index) + open + `</${prefix}sheetData>` + xml.slice(empty.index + empty[0].length);
    return { xml, start: empty.index + open.length, end: empty.index + open.length };
  }
  const open = new RegExp(`<${p}sheetData(\\s[^>]*?)?>`).exec(xml);
  if (!open) return null;
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${prefix}sheetData>`, start);
  return end < 0 ? null : { xml, start, end };
}

/** "B12" → 0-based row and column. */
export function cellPosition(ref: string): { row: number; col: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref)!;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}
