/**
 * xl/sharedStrings.xml: each string item's text, rich text runs joined, phonetic guides (rPh) left
 * out as Excel shows them, and `_xHHHH_` escapes decoded (Excel writes a line feed as `_x000A_`
 * in some files, a literal underscore sequence as `_x005F_`).
 */
import { parsePart } from "./xml";
import type { ZipPackage } from "./zip";

export function readSharedStrings(zip: ZipPackage, part: string, file: string): string[] {
  const out: string[] = [];
  let text = "";
  let inText = false;
  let phonetic = 0;
  parsePart(zip, part, file, {
    // saxes closes a self-closing element too, so every open has its close
    open(name) {
      if (name === "si") text = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") out.push(unescapeText(text));
    },
    text(t) {
      if (inText) text += t;
    },
  });
  return out;
}

/** OOXML's escape for characters XML cannot carry (ST_Xstring): `_x000D_` is a carriage return. */
export function unescapeText(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
