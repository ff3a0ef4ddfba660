/**
 * Adding the formats of new sheets to styles.xml: each distinct cell format becomes a new
 * `cellXfs` entry (with its font, fill, border and number format appended too), so every index an
 * existing cell uses keeps its meaning.
 */
import type { NewCellStyle } from "./new-sheet";
import { PatchError } from "./patch-error";
import { escapeAttribute } from "./xml-escape";

/** Excel's built-in number formats that need no `<numFmt>` (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

interface Block {
  xml: string;
  count: number;
}

class StyleSheet {
  constructor(
    public xml: string,
    private readonly file: string,
  ) {}

  /** Appends an entry to a list element (fonts, fills, borders, cellXfs, numFmts) and returns its index. */
  append(list: string, item: string, child: string): number {
    const block = this.block(list, child);
    if (!block) throw new PatchError(`文件“${this.file}”的样式部件缺少 ${list}，无法添加新工作表的格式。`);
    const m = block.match;
    const inner = (m[3] ?? "") + item;
    const attributes = (m[2] ?? "").replace(/\scount=(["'])\d*\1/, "") + ` count="${block.count + 1}"`;
    this.xml = this.xml.slice(0, m.index) + `<${m[1]}${list}${attributes}>${inner}</${m[1]}${list}>` + this.xml.slice(m.index! + m[0].length);
    return block.count;
  }

  block(list: string, child: string): (Block & { match: RegExpExecArray }) | null {
    const m = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${list}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</\\1${list}>)`).exec(this.xml);
    if (!m) return null;
    const count = (m[3] ?? "").match(new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${child}[\\s/>]`, "g"))?.length ?? 0;
    return { xml: m[0], count, match: m };
  }

  numberFormat(code: string): number {
    if (code in BUILT_IN) return BUILT_IN[code];
    const escaped = escapeAttribute(code);
    const existing = [...this.xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?numFmt\s[^>]*?numFmtId=["'](\d+)["'][^>]*?formatCode=["']([^"']*)["']/g)];
    const same = existing.find((m) => m[2] === escaped);
    if (same) return Number(same[1]);
    const id = Math.max(163, ...existing.map((m) => Number(m[1]))) + 1;
    const prefix = /<([A-Za-z_][\w.-]*:)?styleSheet[\s>]/.exec(this.xml)?.[1] ?? "";
    if (!this.block("numFmts", "numFmt")) {
      // numFmts is styleSheet's first child
      this.xml = this.xml.replace(/(<(?:[A-Za-z_][\w.-]*:)?styleSheet(?:\s[^>]*)?>)/, `$1<${prefix}numFmts count="0"></${prefix}numFmts>`);
    }
    this.append("numFmts", `<${prefix}numFmt numFmtId="${id}" formatCode="${escaped}"/>`, "numFmt");
    return id;
  }
}

function fontXml(p: string, s: NewCellStyle): string {
  return (
    `<${p}font>${s.bold ? `<${p}b/>` : ""}${s.italic ? `<${p}i/>` : ""}${s.underline ? `<${p}u/>` : ""}` +
    `<${p}sz val="${s.fontSize ?? 11}"/><${p}color rgb="${argb(s.fontColor ?? "#000000")}"/><${p}name val="${escapeAttribute(s.fontName ?? "等线")}"/></${p}font>`
  );
}

function borderXml(p: string, s: NewCellStyle): string {
  const side = (name: "left" | "right" | "top" | "bottom") => {
    const b = s.borders?.[name];
    return b ? `<${p}${name} style="${b.style}"><${p}color rgb="${argb(b.color ?? "#000000")}"/></${p}${name}>` : `<${p}${name}/>`;
  };
  return `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
}

/** Appends one `cellXfs` entry per distinct style; returns each style's index in the order given. */
export function appendStyles(xml: string, styles: NewCellStyle[], file: string): { xml: string; indexes: number[] } {
  const sheet = new StyleSheet(xml, file);
  const p = /<([A-Za-z_][\w.-]*:)?styleSheet[\s>]/.exec(xml)?.[1] ?? "";
  const seen = new Map<string, number>();
  const indexes = styles.map((s) => {
    const key = JSON.stringify(s);
    const known = seen.get(key);
    if (known !== undefined) return known;
    const numFmtId = s.numberFormat ? sheet.numberFormat(s.numberFormat) : 0;
    const fontId = sheet.append("fonts", fontXml(p, s), "font");
    const fillId = s.fill ? sheet.append("fills", `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(s.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`, "fill") : 0;
    const borderId = s.borders ? sheet.append("borders", borderXml(p, s), "border") : 0;
    const align = [
      s.horizontal ? ` horizontal="${s.horizontal}"` : "",
      s.vertical ? ` vertical="${s.vertical}"` : "",
      s.wrap ? ` wrapText="1"` : "",
      s.indent ? ` indent="${s.indent}"` : "",
    ].join("");
    const xf =
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1"${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}` +
      (align ? ` applyAlignment="1"><${p}alignment${align}/></${p}xf>` : "/>");
    const index = sheet.append("cellXfs", xf, "xf");
    seen.set(key, index);
    return index;
  });
  return { xml: sheet.xml, indexes };
}
