/**
 * The patch writer: a workbook's bytes and a list of cell edits → a new package in which only the
 * edited sheets' XML changes. Every other part keeps its compressed bytes as they were (styles,
 * shared strings, pictures, macros, the parts jixiao does not know), and in an edited sheet only
 * the edited cells' elements change: each becomes an inline string, so the shared strings stay as
 * they were too. A cell that holds a formula is never turned into text.
 */
import { deflateSync } from "fflate";
import { concatBytes } from "./bytes";
import { crc32 } from "./crc32";
import { DEFAULT_LIMITS, type FileLimits } from "./limits";
import { findParts } from "./package-parts";
import { ZipPackage, type Inflater, type ZipEntry } from "./zip";

export interface CellEdit {
  sheet: string;
  /** A1 address as Excel writes it ("B3") */
  cell: string;
  /** the cell's new text, stored as text whatever it looks like */
  text: string;
}

/** An edit the writer cannot make as asked: the Chinese message names the file, sheet and cell. */
export class PatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PatchError";
  }
}

export function patchCells(bytes: Uint8Array, edits: CellEdit[], file: string, limits: FileLimits = DEFAULT_LIMITS, inflater?: Inflater): Uint8Array {
  const zip = new ZipPackage(bytes, file, limits, inflater);
  const sheets = findParts(zip, file).sheets;
  const editsByPart = new Map<string, CellEdit[]>();
  for (const edit of edits) {
    const sheet = sheets.find((s) => s.name === edit.sheet);
    if (!sheet) throw new PatchError(`文件“${file}”中没有工作表“${edit.sheet}”，无法修改 ${edit.cell}。`);
    const part = zip.storedName(sheet.part);
    editsByPart.set(part, [...(editsByPart.get(part) ?? []), edit]);
  }
  const replaced = new Map<string, Uint8Array>();
  for (const [part, partEdits] of editsByPart) {
    let xml = new TextDecoder("utf-8").decode(zip.readBytes(part));
    for (const edit of partEdits) xml = setCellText(xml, edit, file);
    replaced.set(part, new TextEncoder().encode(xml));
  }
  return writePackage(zip, replaced);
}

/** The cell's element, with its namespace prefix (group 1), attributes (2) and content (4, absent when self-closing). */
function cellElement(ref: string): RegExp {
  return new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)c(\\s[^>]*?\\br=(["'])${ref}\\3[^>]*?)(?:/>|>([\\s\\S]*?)</\\1c>)`);
}

function setCellText(xml: string, edit: CellEdit, file: string): string {
  if (!/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(edit.cell)) throw new PatchError(`“${edit.cell}”不是单元格地址（文件“${file}”，工作表“${edit.sheet}”）。`);
  const found = cellElement(edit.cell).exec(xml);
  if (!found) throw new PatchError(`文件“${file}”工作表“${edit.sheet}”的 ${edit.cell} 是空单元格，修复只改写已有的文字。`);
  const [whole, prefix, attributes, , content] = found;
  if (content !== undefined && /<(?:[\w.-]+:)?f[\s>/]/.test(content)) {
    throw new PatchError(`文件“${file}”工作表“${edit.sheet}”的 ${edit.cell} 是公式，不会改写为文字。`);
  }
  // the cell keeps its style and every other attribute; only its type becomes an inline string
  const kept = attributes.replace(/\st=(["'])[^"']*\1/, "");
  const cell = `<${prefix}c${kept} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeText(edit.text)}</${prefix}t></${prefix}is></${prefix}c>`;
  return xml.slice(0, found.index) + cell + xml.slice(found.index + whole.length);
}

/** XML's escapes, and OOXML's `_xHHHH_` for control characters XML cannot carry (and for a literal "_x0041_"). */
export function escapeText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // control characters are what this escape is for: XML 1.0 cannot carry them (tab and line feed
    // it can), nor the two noncharacters U+FFFE and U+FFFF
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** A new zip: the parts in their old order, unchanged parts with their stored bytes copied, no data descriptors. */
function writePackage(zip: ZipPackage, replaced: Map<string, Uint8Array>): Uint8Array {
  const out: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const names = new TextEncoder();
  for (const entry of zip.list()) {
    const content = replaced.get(entry.name);
    const stored: ZipEntry = content ? { ...entry, method: 8, crc: crc32(content), size: content.length, compressedSize: 0 } : entry;
    const data = content ? deflateSync(content, { level: 6 }) : zip.compressedData(entry);
    stored.compressedSize = data.length;
    const name = names.encode(entry.name);
    out.push(header(0x04034b50, stored, name, offset, false), data);
    central.push(header(0x02014b50, stored, name, offset, true));
    offset += 30 + name.length + data.length;
  }
  const directory = concatBytes(central);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, central.length, true);
  end.setUint16(10, central.length, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concatBytes([...out, directory, new Uint8Array(end.buffer)]);
}

/** A local (30 bytes) or central (46 bytes) file header; the sizes are known, so bit 3 (data descriptor) is cleared. */
function header(signature: number, e: ZipEntry, name: Uint8Array, offset: number, central: boolean): Uint8Array {
  const fixed = central ? 46 : 30;
  const bytes = new Uint8Array(fixed + name.length);
  const v = new DataView(bytes.buffer);
  v.setUint32(0, signature, true);
  const at = central ? 2 : 0;
  if (central) v.setUint16(4, 20, true);
  v.setUint16(4 + at, 20, true);
  v.setUint16(6 + at, e.flags & ~0x0008, true);
  v.setUint16(8 + at, e.method, true);
  v.setUint16(10 + at, e.time, true);
  v.setUint16(12 + at, e.date, true);
  v.setUint32(14 + at, e.crc, true);
  v.setUint32(18 + at, e.compressedSize, true);
  v.setUint32(22 + at, e.size, true);
  v.setUint16(26 + at, name.length, true);
  if (central) v.setUint32(42, offset, true);
  bytes.set(name, fixed);
  return bytes;
}
