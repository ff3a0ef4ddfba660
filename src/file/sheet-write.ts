/**
 * A new worksheet part's XML from a NewSheet: the frozen header pane, column widths, the rows of
 * cells in order (numbers as numbers, text as inline strings, formulas with their last result)
 * and the merged areas, in the element order the schema requires (ECMA-376 Part 1, 18.3.1.99).
 */
import { toA1 } from "../domain/address";
import type { NewCell, NewSheet } from "./new-sheet";
import { escapeAttribute, escapeText } from "./xml-escape";

function cellXml(cell: NewCell, style: number | undefined): string {
  const r = ` r="${toA1(cell.row, cell.col)}"${style ? ` s="${style}"` : ""}`;
  const v = cell.value;
  if (cell.formula !== undefined) {
    const f = `<f>${escapeAttribute(cell.formula.replace(/^=/, ""))}</f>`;
    if (typeof v === "number") return `<c${r}>${f}<v>${v}</v></c>`;
    if (typeof v === "boolean") return `<c${r} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    return `<c${r} t="str">${f}<v>${escapeText(v ?? "")}</v></c>`;
  }
  if (v === null || v === "") return `<c${r}/>`;
  if (typeof v === "number") return `<c${r}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c${r} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c${r} t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c>`;
}

/** `styleOf(cell)` is the cellXfs index of the cell's format (styles-append.ts), undefined for the default. */
export function worksheetXml(sheet: NewSheet, styleOf: (cell: NewCell) => number | undefined, mainNamespace: string): string {
  const cells = sheet.cells.filter((c) => (c.value !== null && c.value !== "") || c.formula !== undefined || c.style);
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const rows = new Map<number, string[]>();
  for (const c of cells) rows.set(c.row, [...(rows.get(c.row) ?? []), cellXml(c, styleOf(c))]);
  const data = [...rows].map(([r, xs]) => `<row r="${r + 1}">${xs.join("")}</row>`).join("");
  const bottom = Math.max(0, ...cells.map((c) => c.row), ...(sheet.merges ?? []).map((m) => m.bottom));
  const right = Math.max(0, ...cells.map((c) => c.col), ...(sheet.merges ?? []).map((m) => m.right));
  const dimension = bottom || right ? `A1:${toA1(bottom, right)}` : "A1";
  const frozen = sheet.frozenRows
    ? `<pane ySplit="${sheet.frozenRows}" topLeftCell="${toA1(sheet.frozenRows, 0)}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${toA1(sheet.frozenRows, 0)}" sqref="${toA1(sheet.frozenRows, 0)}"/>`
    : "";
  const widths = [...(sheet.columnWidths ?? new Map<number, number>())].sort((a, b) => a[0] - b[0]);
  const cols = widths.length ? `<cols>${widths.map(([c, w]) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` : "";
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`).join("")}</mergeCells>`
    : "";
  const print = sheet.print;
  const setup = print
    ? [print.paperSize ? ` paperSize="${print.paperSize}"` : "", print.scale ? ` scale="${Math.round(print.scale)}"` : "", print.orientation ? ` orientation="${print.orientation}"` : ""].join("")
    : "";
  const pageSetup = setup ? `<pageSetup${setup}/>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${mainNamespace}">` +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${frozen}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="14.25"/>` +
    cols +
    `<sheetData>${data}</sheetData>` +
    merges +
    (print?.centerHorizontally ? `<printOptions horizontalCentered="1"/>` : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    pageSetup +
    `</worksheet>`
  );
}
