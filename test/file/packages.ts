/**
 * Small hand-made .xlsx packages for the conformance tests, zipped with fflate from XML strings:
 * each test writes exactly the XML it is about, in the namespaces and shapes Excel and other
 * writers produce, and can rezip it with data descriptors or a ZIP64 directory.
 */
import { strToU8, Zip, ZipDeflate, zipSync } from "fflate";
import { concatBytes } from "../../src/file/bytes";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export interface SheetSpec {
  name: string;
  /** the inside of <worksheet>: <sheetData>…</sheetData>, <mergeCells>, <cols> … */
  body: string;
  state?: "hidden" | "veryHidden";
}

export interface PackageSpec {
  sheets: SheetSpec[];
  /** the <si> items of xl/sharedStrings.xml */
  strings?: string[];
  /** the inside of <styleSheet> */
  styles?: string;
  strict?: boolean;
  /** written as the prefix of every SpreadsheetML element ("x" → <x:worksheet xmlns:x=…>) */
  prefix?: string;
  date1904?: boolean;
}

/** The parts of a package as XML strings, by part name. */
export function packageParts(spec: PackageSpec): Record<string, string> {
  const main = spec.strict ? STRICT_MAIN : MAIN;
  const rel = spec.strict ? STRICT_REL : REL;
  const p = spec.prefix ? `${spec.prefix}:` : "";
  const ns = spec.prefix ? `xmlns:${spec.prefix}="${main}"` : `xmlns="${main}"`;
  const prefixed = (xml: string) => (spec.prefix ? xml.replace(/<(\/?)(?![?!])([A-Za-z])/g, `<$1${p}$2`) : xml);
  const rels = (items: string[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": rels([`<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/>`]),
  };
  const wbRels = spec.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (spec.strings) {
    wbRels.push(`<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts["xl/sharedStrings.xml"] = `<${p}sst ${ns}>${prefixed(spec.strings.map((s) => `<si>${s}</si>`).join(""))}</${p}sst>`;
  }
  if (spec.styles) {
    wbRels.push(`<Relationship Id="rIdY" Type="${rel}/styles" Target="/xl/styles.xml"/>`);
    parts["xl/styles.xml"] = `<${p}styleSheet ${ns}>${prefixed(spec.styles)}</${p}styleSheet>`;
  }
  parts["xl/_rels/workbook.xml.rels"] = rels(wbRels);
  const sheetList = spec.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("");
  const pr = spec.date1904 ? `<workbookPr date1904="1"/>` : "";
  parts["xl/workbook.xml"] = `<${p}workbook ${ns} xmlns:r="${rel}">${prefixed(`${pr}<sheets>${sheetList}</sheets>`)}</${p}workbook>`;
  spec.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns} xmlns:r="${rel}">${prefixed(s.body)}</${p}worksheet>`;
  });
  return parts;
}

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(files);
}

export function buildXlsx(spec: PackageSpec): Uint8Array {
  return zipParts(packageParts(spec));
}

/** The same parts zipped as a stream writes them: sizes in data descriptors after each part, zero in the local headers. */
export function zipWithDataDescriptors(parts: Record<string, string>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, content] of Object.entries(parts)) {
    const entry = new ZipDeflate(name);
    zip.add(entry);
    entry.push(strToU8(content), true);
  }
  zip.end();
  return concatBytes(chunks);
}

/**
 * The package rewritten with a ZIP64 directory (what writers emit past 4 GB or 65,535 parts, and
 * some always): every central entry's sizes and offset moved into a ZIP64 extra field, then the
 * ZIP64 end record and its locator before an end record whose fields all say "see ZIP64".
 */
export function toZip64(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  const central: number[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const header = Array.from(zip.subarray(at, at + 46));
    const sizes = [view.getUint32(at + 24, true), view.getUint32(at + 20, true), view.getUint32(at + 42, true)];
    const h = new DataView(new Uint8Array(header).buffer);
    h.setUint32(20, 0xffffffff, true);
    h.setUint32(24, 0xffffffff, true);
    h.setUint32(42, 0xffffffff, true);
    h.setUint16(30, 28, true);
    h.setUint16(32, 0, true);
    const extra = new DataView(new ArrayBuffer(28));
    extra.setUint16(0, 1, true);
    extra.setUint16(2, 24, true);
    sizes.forEach((v, k) => extra.setUint32(4 + 8 * k, v, true));
    central.push(...new Uint8Array(h.buffer), ...zip.subarray(at + 46, at + 46 + nameLength), ...new Uint8Array(extra.buffer));
    at += 46 + nameLength + extraLength + commentLength;
  }
  const tail = new DataView(new ArrayBuffer(56 + 20 + 22));
  const zip64End = cdOffset + central.length;
  tail.setUint32(0, 0x06064b50, true);
  tail.setUint32(4, 44, true);
  tail.setUint16(12, 45, true);
  tail.setUint32(24, count, true);
  tail.setUint32(32, count, true);
  tail.setUint32(40, central.length, true);
  tail.setUint32(48, cdOffset, true);
  tail.setUint32(56, 0x07064b50, true);
  tail.setUint32(64, zip64End, true);
  tail.setUint32(72, 1, true);
  tail.setUint32(76, 0x06054b50, true);
  tail.setUint16(86, 0xffff, true);
  tail.setUint16(84, 0xffff, true);
  tail.setUint32(88, 0xffffffff, true);
  tail.setUint32(92, 0xffffffff, true);
  const out = new Uint8Array(cdOffset + central.length + 98);
  out.set(zip.subarray(0, cdOffset));
  out.set(central, cdOffset);
  out.set(new Uint8Array(tail.buffer), cdOffset + central.length);
  return out;
}

/** A copy of the package whose zip directory declares `size` inflated bytes for one part (a lying directory). */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const needle = new TextEncoder().encode(name);
  for (let at = view.getUint32(copy.length - 6, true); at < copy.length - 22; at++) {
    if (view.getUint32(at, true) === 0x02014b50 && needle.every((b, i) => copy[at + 46 + i] === b)) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no central entry for ${name}`);
}
