/**
 * One package part through `saxes`, a conforming XML tokenizer, as it is inflated. Element and
 * attribute names reach the handlers without their namespace prefix ("x:c" → "c", "r:id" stays
 * "r:id" but `attr(…, "id")` finds it), so transitional and strict OOXML and any prefix a writer
 * chose read alike. A DOCTYPE is refused: OOXML has none, and entity tricks start there.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { corruptError } from "./read-error";
import type { ZipPackage } from "./zip";

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open?(name: string, attributes: Attributes, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/**
 * An unqualified attribute (SpreadsheetML's own: r, s, t, ref…, never prefixed whatever the
 * element's prefix). A plain property read: this runs for every cell.
 */
export function attr(attributes: Attributes, name: string): string | undefined {
  return attributes[name];
}

/** A prefixed attribute by its local name, whatever the prefix the writer chose (r:id, rel:id). */
export function prefixedAttr(attributes: Attributes, name: string): string | undefined {
  for (const k in attributes) if (k.endsWith(`:${name}`)) return attributes[k];
  return undefined;
}

export function parsePart(zip: ZipPackage, part: string, file: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("doctype", () => {
    throw corruptError(file, `部件 ${part} 含有 DOCTYPE 声明（xlsx 中不应出现）`);
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes as Attributes, tag.isSelfClosing));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag: SaxesTagPlain) => close(localName(tag.name)));
  }
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  const decoder = new TextDecoder("utf-8");
  try {
    zip.read(part, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
    parser.write(decoder.decode()).close();
  } catch (e) {
    if (e instanceof Error && e.name === "ReadError") throw e;
    throw corruptError(file, `部件 ${part} 不是有效的 XML：${e instanceof Error ? e.message : String(e)}`);
  }
}
