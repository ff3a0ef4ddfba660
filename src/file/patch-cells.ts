/**
 * Writing one cell's value into a worksheet part's XML. An existing cell keeps its style and
 * every other attribute, only its value and type change; a cell that is empty in the file gets a
 * new `<c>` in its `<row>` in column order (or a new `<row>` in row order), taking the row's style
 * where the row has one, and `<dimension>` grows to cover it. Text is written as an inline string,
 * so the shared strings part stays as it was; numbers stay numbers. A formula is never replaced.
 */
import { columnIndex, toA1 } from "../domain/address";
import { PatchError } from "./patch-error";
import { attrOf, cellElement, cellPosition, elementPrefix, sheetDataSpan, withAttr } from "./sheet-xml";
import { escapeText } from "./xml-escape";

export type CellWriteValue = string | number | boolean | null;

export interface CellWrite {
  sheet: string;
  /** A1 address as Excel writes it ("B3") */
  cell: string;
  /** text is stored as text whatever it looks like; null empties the cell (its style stays) */
  value: CellWriteValue;
}

export interface CellWriteOptions {
  file: string;
  /** refuse to write into a cell the file does not have (the CLI's fixes only rewrite text that is there) */
  existingOnly?: boolean;
}

function cellXml(prefix: string, attributes: string, value: CellWriteValue): string {
  const kept = withAttr(attributes, "t", null);
  if (value === null || value === "") return `<${prefix}c${kept}/>`;
  if (typeof value === "number") return `<${prefix}c${kept}><${prefix}v>${value}</${prefix}v></${prefix}c>`;
  if (typeof value === "boolean") return `<${prefix}c${kept} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  return `<${prefix}c${kept} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeText(value)}</${prefix}t></${prefix}is></${prefix}c>`;
}

export function writeCell(xml: string, write: CellWrite, options: CellWriteOptions): string {
  const { file } = options;
  if (!/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(write.cell)) throw new PatchError(`“${write.cell}”不是单元格地址（文件“${file}”，工作表“${write.sheet}”）。`);
  if (typeof write.value === "number" && !Number.isFinite(write.value)) {
    throw new PatchError(`文件“${file}”工作表“${write.sheet}”的 ${write.cell}：${write.value} 不是可以写入的数。`);
  }
  const found = cellElement(write.cell).exec(xml);
  if (found) {
    const [whole, prefix, attributes, , content] = found;
    if (content !== undefined && /<(?:[\w.-]+:)?f[\s>/]/.test(content)) {
      throw new PatchError(`文件“${file}”工作表“${write.sheet}”的 ${write.cell} 是公式，不会改写为文字。`);
    }
    return xml.slice(0, found.index) + cellXml(prefix, attributes, write.value) + xml.slice(found.index + whole.length);
  }
  if (options.existingOnly) throw new PatchError(`文件“${file}”工作表“${write.sheet}”的 ${write.cell} 是空单元格，修复只改写已有的文字。`);
  if (write.value === null || write.value === "") return xml;
  return growDimension(addCell(xml, write, file), write.cell);
}

function addCell(xml: string, write: CellWrite, file: string): string {
  const prefix = elementPrefix(xml);
  const span = sheetDataSpan(xml, prefix);
  if (!span) throw new PatchError(`文件“${file}”工作表“${write.sheet}”没有 sheetData，无法写入 ${write.cell}。`);
  xml = span.xml;
  const { row, col } = cellPosition(write.cell);
  const rows = new RegExp(`<${prefix.replace(".", "\\.")}row(\\s[^>]*?)?(/>|>)`, "g");
  rows.lastIndex = span.start;
  for (let m = rows.exec(xml); m && m.index < span.end; m = rows.exec(xml)) {
    const attributes = m[1] ?? "";
    const r = Number(attrOf(attributes, "r"));
    if (!r) throw new PatchError(`文件“${file}”工作表“${write.sheet}”中有未写行号的行，无法在其中添加 ${write.cell}。`);
    if (r - 1 > row) return xml.slice(0, m.index) + newRow(prefix, write, "") + xml.slice(m.index);
    if (r - 1 < row) continue;
    const style = attrOf(attributes, "customFormat") === "1" ? attrOf(attributes, "s") : undefined;
    const cell = cellXml(prefix, ` r="${write.cell}"${style ? ` s="${style}"` : ""}`, write.value);
    if (m[2] === "/>") {
      const open = `<${prefix}row${attributes}>`;
      return xml.slice(0, m.index) + open + cell + `</${prefix}row>` + xml.slice(m.index + m[0].length);
    }
    const contentStart = m.index + m[0].length;
    const contentEnd = xml.indexOf(`</${prefix}row>`, contentStart);
    return insertInRow(xml, contentStart, contentEnd, col, cell, write, file);
  }
  return xml.slice(0, span.end) + newRow(prefix, write, "") + xml.slice(span.end);
}

function newRow(prefix: string, write: CellWrite, attributes: string): string {
  const { row } = cellPosition(write.cell);
  return `<${prefix}row r="${row + 1}"${attributes}>${cellXml(prefix, ` r="${write.cell}"`, write.value)}</${prefix}row>`;
}

/** Before the first cell to the right of `col`, or at the row's end. */
function insertInRow(xml: string, start: number, end: number, col: number, cell: string, write: CellWrite, file: string): string {
  const cells = /<(?:[A-Za-z_][\w.-]*:)?c(?=[\s/>])([^>]*?)(?:\/>|>)/g;
  cells.lastIndex = start;
  for (let m = cells.exec(xml); m && m.index < end; m = cells.exec(xml)) {
    const ref = attrOf(m[1], "r");
    if (!ref) throw new PatchError(`文件“${file}”工作表“${write.sheet}”第 ${cellPosition(write.cell).row + 1} 行有未写地址的单元格，无法在其中添加 ${write.cell}。`);
    if (columnIndex(ref.replace(/\d+$/, "")) > col) return xml.slice(0, m.index) + cell + xml.slice(m.index);
  }
  return xml.slice(0, end) + cell + xml.slice(end);
}

/** `<dimension ref>` grows to cover a newly written cell. */
function growDimension(xml: string, ref: string): string {
  const m = /<((?:[A-Za-z_][\w.-]*:)?)dimension(\s[^>]*?)\/>/.exec(xml);
  const current = m && attrOf(m[2], "ref");
  if (!m || !current) return xml;
  const [a, b = a] = current.split(":");
  const first = cellPosition(a.replace(/\$/g, ""));
  const last = cellPosition(b.replace(/\$/g, ""));
  const at = cellPosition(ref);
  const top = Math.min(first.row, at.row);
  const left = Math.min(first.col, at.col);
  const bottom = Math.max(last.row, at.row);
  const right = Math.max(last.col, at.col);
  const range = top === bottom && left === right ? toA1(top, left) : `${toA1(top, left)}:${toA1(bottom, right)}`;
  return xml.slice(0, m.index) + `<${m[1]}dimension${withAttr(m[2], "ref", range)}/>` + xml.slice(m.index + m[0].length);
}
