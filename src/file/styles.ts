/**
 * xl/styles.xml as the reader needs it: for each cell style index (cellXfs), the indent, whether
 * its font is bold, and its number format code. Computed once per style, shared by every cell.
 */
import type { CellFormat } from "../domain/grid";
import { builtInFormat, isDateFormat } from "./number-formats";
import { attr, parsePart } from "./xml";
import type { ZipPackage } from "./zip";

export interface CellStyle {
  /** null when the style shows nothing the reader reads (General, no indent, not bold) */
  format: CellFormat | null;
  isDate: boolean;
}

const PLAIN: CellStyle = { format: null, isDate: false };

export class Styles {
  constructor(private readonly styles: CellStyle[]) {}

  static none(): Styles {
    return new Styles([]);
  }

  get(index: number): CellStyle {
    return this.styles[index] ?? PLAIN;
  }
}

interface Xf {
  numFmtId: number;
  fontId: number;
  indent: number;
}

export function readStyles(zip: ZipPackage, part: string, file: string): Styles {
  const codes = new Map<number, string>();
  const boldFonts: boolean[] = [];
  const xfs: Xf[] = [];
  let section = "";
  let font = -1;
  parsePart(zip, part, file, {
    open(name, a) {
      if (name === "numFmts" || name === "fonts" || name === "cellXfs" || name === "cellStyleXfs" || name === "dxfs") section = name;
      else if (name === "numFmt" && section === "numFmts") codes.set(Number(attr(a, "numFmtId")), attr(a, "formatCode") ?? "");
      else if (name === "font" && section === "fonts") boldFonts[++font] = false;
      else if (name === "b" && section === "fonts" && font >= 0) boldFonts[font] = !isFalse(attr(a, "val"));
      else if (name === "xf" && section === "cellXfs") xfs.push({ numFmtId: Number(attr(a, "numFmtId") ?? 0), fontId: Number(attr(a, "fontId") ?? 0), indent: 0 });
      else if (name === "alignment" && section === "cellXfs" && xfs.length > 0) xfs[xfs.length - 1].indent = Number(attr(a, "indent") ?? 0) || 0;
    },
    close(name) {
      if (name === section) section = "";
    },
  });
  return new Styles(xfs.map((xf) => cellStyle(xf, codes.get(xf.numFmtId) ?? builtInFormat(xf.numFmtId), boldFonts[xf.fontId] === true)));
}

function cellStyle(xf: Xf, code: string | undefined, bold: boolean): CellStyle {
  const format: CellFormat = {};
  if (xf.indent) format.indent = xf.indent;
  if (bold) format.bold = true;
  if (code && code !== "General") format.numberFormat = code;
  return { format: Object.keys(format).length > 0 ? format : null, isDate: isDateFormat(code) };
}

function isFalse(v: string | undefined): boolean {
  return v === "0" || v === "false";
}
