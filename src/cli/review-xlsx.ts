/**
 * Renders ReviewSheetData (src/domain/review/review-sheet.ts) into an ExcelJS worksheet: values and
 * the HYPERLINK formulas, merges, styles, column widths, the frozen header and the print setup.
 * The Office.js writer of the pane renders the same data.
 */
import type ExcelJS from "exceljs";
import { fromA1 } from "../domain/address";
import type { ReviewSheetData, ReviewStyle } from "../domain/review";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export function renderReviewSheet(wb: ExcelJS.Workbook, data: ReviewSheetData): ExcelJS.Worksheet {
  const old = wb.getWorksheet(data.name);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(data.name, {
    views: data.freezeRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: data.freezeRows }] : [],
    pageSetup: {
      paperSize: 9, // A4
      orientation: data.print.orientation,
      fitToPage: true,
      fitToWidth: data.print.fitToWidth,
      fitToHeight: data.print.fitToHeight,
      horizontalCentered: data.print.horizontalCentered,
      printArea: data.print.printArea,
      printTitlesRow: `${data.print.repeatRows.first}:${data.print.repeatRows.last}`,
    },
  });
  data.columns.forEach((c, k) => {
    ws.getColumn(k + 1).width = c.width;
  });
  data.rows.forEach((cells, r) => {
    cells.forEach((c, k) => {
      if (c.value === null && !c.formula) return;
      const target = ws.getCell(r + 1, k + 1);
      target.value = c.formula ? { formula: c.formula.replace(/^=/, ""), result: c.value ?? "" } : c.value;
    });
  });
  for (const m of data.merges) ws.mergeCells(m);
  for (const s of data.styles) applyStyle(ws, s);
  return ws;
}

function eachCell(ws: ExcelJS.Worksheet, range: string, fn: (c: ExcelJS.Cell) => void): void {
  const [a, b] = range.split(":");
  const tl = fromA1(a);
  const br = fromA1(b ?? a);
  if (!tl || !br) return;
  for (let r = tl.row; r <= br.row; r++) for (let c = tl.col; c <= br.col; c++) fn(ws.getCell(r + 1, c + 1));
}

function applyStyle(ws: ExcelJS.Worksheet, s: ReviewStyle): void {
  eachCell(ws, s.range, (c) => {
    if (s.bold !== undefined || s.fontSize || s.color || s.link) {
      const font: Partial<ExcelJS.Font> = { ...(c.font ?? {}) };
      if (s.bold !== undefined) font.bold = s.bold;
      if (s.fontSize) font.size = s.fontSize;
      if (s.color) font.color = { argb: argb(s.color) };
      if (s.link && c.formula) {
        font.color = { argb: "FF0563C1" };
        font.underline = true;
      }
      c.font = font;
    }
    if (s.fill) c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
    if (s.horizontal || s.vertical || s.wrap !== undefined) {
      const al: Partial<ExcelJS.Alignment> = { ...(c.alignment ?? {}) };
      if (s.horizontal) al.horizontal = s.horizontal;
      if (s.vertical) al.vertical = s.vertical;
      if (s.wrap !== undefined) al.wrapText = s.wrap;
      c.alignment = al;
    }
    if (s.border) c.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });
}
