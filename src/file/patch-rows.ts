/**
 * Inserting or deleting a whole row in a worksheet part, as Excel does (and as the in-memory host
 * does for the picker's expanded insert and its undo): rows and cells below move, merged areas,
 * conditional formats, data validations, hyperlinks, the selection and `<dimension>` follow, and
 * the sheet's own formulas are adjusted (formula-shift.ts); a shared formula moves with its master
 * text and `ref`. Where that cannot be done safely in this part alone — a table, a drawing or
 * comments anchored to rows, an array formula or a shared formula whose references straddle the
 * row — a PatchError names the file, sheet and row instead of writing a subtly broken file.
 */
import { columnLetter } from "../domain/address";
import { formulaReferences, shiftFormula, shiftRect, shiftRow, type RowRect, type RowShift } from "./formula-shift";
import { PatchError } from "./patch-error";
import { attrOf, cellPosition, elementPrefix, sheetDataSpan, withAttr } from "./sheet-xml";

export interface ShiftPlace {
  file: string;
  sheet: string;
}

const rowWord = (shift: RowShift) => (shift.insert ? `在第 ${shift.at + 1} 行插入行` : `删除第 ${shift.at + 1} 行`);

export function refuseShift(place: ShiftPlace, shift: RowShift, why: string): PatchError {
  return new PatchError(`文件“${place.file}”工作表“${place.sheet}”无法${rowWord(shift)}：${why}。请在 Excel 中完成这一改动。`);
}

/** "A1:B3" or "A1" (or "$A$1"), or "3:5" whole rows → a rectangle; null for anything else (whole columns). */
export function parseRange(ref: string): (RowRect & { rows?: boolean }) | null {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(ref);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: 16383, rows: true };
  const [a, b = a] = ref.replace(/\$/g, "").split(":");
  if (!/^[A-Z]{1,3}\d+$/.test(a) || !/^[A-Z]{1,3}\d+$/.test(b)) return null;
  const first = cellPosition(a);
  const last = cellPosition(b);
  return { top: first.row, left: first.col, bottom: last.row, right: last.col };
}

/** A range moved by the shift, in the same form ($ signs and all); null when it was only on a deleted row. */
export function shiftRange(ref: string, shift: RowShift): string | null {
  const rect = parseRange(ref);
  if (!rect) return ref;
  const moved = shiftRect(rect, shift);
  if (!moved) return null;
  const parts = ref.split(":");
  const rowOf = (part: string, row: number) => part.replace(/\d+$/, String(row + 1));
  if (parts.length === 1) return rowOf(parts[0], moved.top);
  return `${rowOf(parts[0], moved.top)}:${rowOf(parts[1], moved.bottom)}`;
}

/** A space-separated list of ranges (sqref); "" when every range was on the deleted row. */
function shiftRangeList(list: string, shift: RowShift): string {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((r) => shiftRange(r, shift))
    .filter((r): r is string => r !== null)
    .join(" ");
}

const crosses = (r: RowRect, shift: RowShift) => (shift.insert ? r.top < shift.at && r.bottom >= shift.at : r.top <= shift.at && r.bottom >= shift.at && r.bottom > r.top);

const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Formula text as stored (XML-escaped) moved by the shift; unchanged text keeps its bytes. */
function shiftFormulaXml(text: string, shift: RowShift): string {
  const formula = unescapeXml(text);
  const moved = shiftFormula(formula, shift.at, shift.insert);
  return moved === formula ? text : escapeXml(moved);
}

const FORMULA = /<((?:[A-Za-z_][\w.-]*:)?)f(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/\1f>)/g;

/** The refusals for the sheet's own formulas: array formulas and shared formulas that cannot move as one. */
function checkFormulas(sheetData: string, place: ShiftPlace, shift: RowShift): void {
  for (const m of sheetData.matchAll(FORMULA)) {
    const attributes = m[2] ?? "";
    const type = attrOf(attributes, "t");
    const ref = attrOf(attributes, "ref");
    if (type === "dataTable") throw refuseShift(place, shift, "表中有模拟运算表（数据表）公式");
    if (!ref) continue;
    const area = parseRange(ref);
    if (!area) continue;
    if (type === "array" && (crosses(area, shift) || (!shift.insert && area.top <= shift.at && area.bottom >= shift.at))) {
      throw refuseShift(place, shift, `数组公式 ${ref} 跨过这一行`);
    }
    if (type !== "shared") continue;
    if (crosses(area, shift)) throw refuseShift(place, shift, `共享公式 ${ref} 跨过这一行`);
    const height = area.bottom - area.top;
    for (const r of formulaReferences(unescapeXml(m[3] ?? ""))) {
      // what the children's copies refer to, from the master's row to the last child's
      const reach = { ...r, bottom: r.bottom + (r.absoluteBottom ? 0 : height), top: r.top };
      if (shift.insert ? reach.top < shift.at && reach.bottom >= shift.at : reach.top <= shift.at && reach.bottom >= shift.at) {
        throw refuseShift(place, shift, `共享公式 ${ref} 引用的单元格跨过这一行`);
      }
    }
  }
}

function shiftFormulasIn(content: string, shift: RowShift): string {
  return content.replace(FORMULA, (whole, prefix: string, attributes: string | undefined, text: string | undefined) => {
    let attrs = attributes ?? "";
    const ref = attrOf(attrs, "ref");
    if (ref) attrs = withAttr(attrs, "ref", shiftRange(ref, shift) ?? ref);
    if (text === undefined) return `<${prefix}f${attrs}/>`;
    return `<${prefix}f${attrs}>${shiftFormulaXml(text, shift)}</${prefix}f>`;
  });
}

/** The new row an insert leaves: the row above's height and style, and its cells' styles without values ("Format Same As Above"). */
function rowLikeAbove(prefix: string, above: { attributes: string; content: string } | undefined, row: number): string {
  if (!above) return "";
  let attrs = ` r="${row + 1}"`;
  for (const name of ["spans", "s", "customFormat", "ht", "customHeight"]) {
    const v = attrOf(above.attributes, name);
    if (v !== undefined) attrs += ` ${name}="${v}"`;
  }
  const cells: string[] = [];
  for (const c of above.content.matchAll(/<(?:[A-Za-z_][\w.-]*:)?c(?=[\s/>])([^>]*?)(?:\/>|>)/g)) {
    const ref = attrOf(c[1], "r");
    const style = attrOf(c[1], "s");
    if (ref && style && style !== "0") cells.push(`<${prefix}c r="${columnLetter(cellPosition(ref).col)}${row + 1}" s="${style}"/>`);
  }
  if (attrOf(above.attributes, "customFormat") !== "1" && attrOf(above.attributes, "customHeight") !== "1" && !cells.length) return "";
  return `<${prefix}row${attrs}>${cells.join("")}</${prefix}row>`;
}

function shiftRowsIn(sheetData: string, prefix: string, place: ShiftPlace, shift: RowShift): string {
  const p = prefix.replace(/[.]/g, "\\.");
  const row = new RegExp(`<${p}row(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${p}row>)`, "g");
  let out = "";
  let last = 0;
  let above: { attributes: string; content: string } | undefined;
  let insertedDone = !shift.insert;
  for (const m of sheetData.matchAll(row)) {
    const attributes = m[1] ?? "";
    const content = m[2] ?? "";
    const r = Number(attrOf(attributes, "r"));
    if (!r) throw refuseShift(place, shift, "表中有未写行号的行");
    out += sheetData.slice(last, m.index);
    last = m.index + m[0].length;
    if (!insertedDone && r - 1 >= shift.at) {
      out += rowLikeAbove(prefix, above, shift.at);
      insertedDone = true;
    }
    if (r - 1 === shift.at - 1) above = { attributes, content };
    const moved = shiftRow(r - 1, shift);
    if (moved === null) continue;
    if (moved === r - 1) {
      out += m[0];
      continue;
    }
    const cells = content.replace(/(<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br=["'][A-Z]{1,3})(\d+)(["'])/g, (_w, head: string, _r: string, q: string) => `${head}${moved + 1}${q}`);
    const rowAttrs = withAttr(attributes, "r", String(moved + 1));
    out += m[2] === undefined ? `<${prefix}row${rowAttrs}/>` : `<${prefix}row${rowAttrs}>${cells}</${prefix}row>`;
  }
  out += sheetData.slice(last);
  if (!insertedDone) out += rowLikeAbove(prefix, above, shift.at);
  // formulas in rows that did not move can still refer below the row
  return shiftFormulasIn(out, shift);
}

/** Everything outside sheetData that names cells: merged areas, conditional formats, validations, links, selection, dimension. */
function shiftAround(xml: string, shift: RowShift): string {
  // a merged area left with one cell is no merge; the generic step below moves the others
  const merge = /<(?:[A-Za-z_][\w.-]*:)?mergeCell(\s[^>]*?)\/>/g;
  xml = xml.replace(merge, (whole, attributes: string) => {
    const ref = attrOf(attributes, "ref");
    const moved = ref ? shiftRange(ref, shift) : ref;
    const area = moved ? parseRange(moved) : null;
    return moved === null || (area && area.top === area.bottom && area.left === area.right) ? "" : whole;
  });
  xml = xml.replace(/<((?:[A-Za-z_][\w.-]*:)?)mergeCells(\s[^>]*?)?>([\s\S]*?)<\/\1mergeCells>/, (whole, prefix: string, attributes: string | undefined, inner: string) => {
    const count = (inner.match(/<(?:[A-Za-z_][\w.-]*:)?mergeCell[\s/]/g) ?? []).length;
    if (!count) return "";
    return `<${prefix}mergeCells${withAttr(attributes ?? "", "count", String(count))}>${inner}</${prefix}mergeCells>`;
  });
  // a link on a deleted row goes with it
  xml = xml.replace(/<(?:[A-Za-z_][\w.-]*:)?hyperlink\s[^>]*?\/>/g, (whole) => {
    const ref = attrOf(whole, "ref");
    return ref && shiftRange(ref, shift) === null ? "" : whole;
  });
  // conditional formats and validations whose every range was on a deleted row go with it
  for (const name of ["conditionalFormatting", "dataValidation"]) {
    const element = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${name}(\\s[^>]*?)(?:/>|>([\\s\\S]*?)</\\1${name}>)`, "g");
    xml = xml.replace(element, (whole, _p: string, attributes: string) => {
      const sqref = attrOf(attributes, "sqref");
      return sqref !== undefined && shiftRangeList(sqref, shift) === "" ? "" : whole;
    });
  }
  // a list left empty is dropped (the schema wants at least one item); a validation list keeps its count
  xml = xml.replace(/<((?:[A-Za-z_][\w.-]*:)?)(hyperlinks|dataValidations)(\s[^>]*?)?>([\s\S]*?)<\/\1\2>/g, (whole, prefix: string, name: string, attributes: string | undefined, inner: string) => {
    const count = (inner.match(name === "hyperlinks" ? /<(?:[A-Za-z_][\w.-]*:)?hyperlink[\s/>]/g : /<(?:[A-Za-z_][\w.-]*:)?dataValidation[\s/>]/g) ?? []).length;
    if (!count) return "";
    return name === "dataValidations" ? `<${prefix}${name}${withAttr(attributes ?? "", "count", String(count))}>${inner}</${prefix}${name}>` : whole;
  });
  xml = xml.replace(/(<(?:[A-Za-z_][\w.-]*:)?(?:formula|formula1|formula2)>)([\s\S]*?)(<\/)/g, (w, open: string, text: string, close: string) => open + shiftFormulaXml(text, shift) + close);
  // Excel 2010's conditional formats and validations in extLst keep their ranges and formulas as element text
  xml = xml.replace(/(<xm:sqref>)([^<]*)(<\/xm:sqref>)/g, (w, open: string, list: string, close: string) => open + (shiftRangeList(list, shift) || list) + close);
  xml = xml.replace(/(<xm:f>)([^<]*)(<\/xm:f>)/g, (w, open: string, text: string, close: string) => open + shiftFormulaXml(text, shift) + close);
  xml = xml.replace(/\s(ref|sqref|activeCell|topLeftCell)=(["'])([^"']*)\2/g, (whole, name: string, q: string, value: string) => {
    const moved = name === "sqref" ? shiftRangeList(value, shift) : shiftRange(value, shift);
    return ` ${name}=${q}${moved || value}${q}`;
  });
  // a frozen header grows (or shrinks) when the row is inside it
  xml = xml.replace(/<((?:[A-Za-z_][\w.-]*:)?)pane(\s[^>]*?)\/>/, (whole, prefix: string, attributes: string) => {
    const split = Number(attrOf(attributes, "ySplit") ?? 0);
    if (attrOf(attributes, "state") !== "frozen" || split <= shift.at) return whole;
    return `<${prefix}pane${withAttr(attributes, "ySplit", String(split + (shift.insert ? 1 : -1)))}/>`;
  });
  xml = xml.replace(/(<(?:[A-Za-z_][\w.-]*:)?brk\s[^>]*?\bid=["'])(\d+)/g, (w, head: string, id: string) => head + String(Number(id) >= shift.at + 1 ? Number(id) + (shift.insert ? 1 : -1) : Number(id)));
  return xml;
}

/** The worksheet part with one whole row inserted or deleted. */
export function shiftSheetRows(xml: string, shift: RowShift, place: ShiftPlace): string {
  if (/<(?:[A-Za-z_][\w.-]*:)?tablePart[\s/>]/.test(xml)) throw refuseShift(place, shift, "表中有 Excel 表格（列表）");
  if (/<(?:[A-Za-z_][\w.-]*:)?(?:drawing|legacyDrawing)[\s/>]/.test(xml)) throw refuseShift(place, shift, "表中有图片、图表或批注，它们按行定位，不会随行移动");
  const prefix = elementPrefix(xml);
  const span = sheetDataSpan(xml, prefix);
  if (!span) throw refuseShift(place, shift, "找不到表格数据（sheetData）");
  const sheetData = span.xml.slice(span.start, span.end);
  checkFormulas(sheetData, place, shift);
  const head = shiftAround(span.xml.slice(0, span.start), shift);
  const tail = shiftAround(span.xml.slice(span.end), shift);
  return head + shiftRowsIn(sheetData, prefix, place, shift) + tail;
}

