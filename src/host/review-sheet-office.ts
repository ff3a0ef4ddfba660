/**
 * The review sheet (审核意见表) through Office.js, as functions of a RequestContext (office-host.ts
 * owns the Excel.run). Everything is queued for one write sync: the values as one 2-D array (with
 * their number formats first, so a text stays text), the HYPERLINK formulas by column run, merges,
 * fonts, fills, alignment, borders, column widths, the frozen header and, where ExcelApi 1.9 is
 * there, the print setup. Cell texts were neutralised by the domain (neutralise.ts), so the only
 * formulas written are the links.
 */
import type { ReviewSheetPlan, RangeFormatPatch } from "./review-sheet-plan";
import { THIN_BORDER } from "./review-sheet-plan";
import type { CellRect } from "./ranges";

export interface ReviewWriteCapabilities {
  /** worksheet.pageLayout (ExcelApi 1.9) */
  pageLayout: boolean;
  /** worksheet.freezePanes (ExcelApi 1.7) */
  freezePanes: boolean;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** Queues the whole sheet on `sheet` (a worksheet just added); the caller syncs once. */
export function queueReviewSheet(sheet: Excel.Worksheet, plan: ReviewSheetPlan, caps: ReviewWriteCapabilities): void {
  const all = sheet.getRange(plan.address);
  all.numberFormat = plan.numberFormats;
  all.values = plan.values;
  for (const run of plan.formulas) sheet.getRange(run.address).formulas = run.formulas;
  for (const m of plan.merges) sheet.getRange(m.address).merge(false);
  for (const op of plan.formats) applyFormat(sheet.getRange(op.address), op.patch, op.rect);
  plan.columnWidths.forEach((points, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = points;
  });
  if (caps.freezePanes && plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  if (caps.pageLayout) {
    const page = sheet.pageLayout;
    page.orientation = plan.print.orientation as Excel.PageOrientation;
    page.paperSize = plan.print.paperSize as Excel.PaperType;
    page.centerHorizontally = plan.print.centerHorizontally;
    page.zoom = { scale: plan.print.scale };
    page.setPrintTitleRows(plan.print.titleRows);
    page.setPrintArea(plan.print.printArea);
  }
}

function applyFormat(range: Excel.Range, p: RangeFormatPatch, rect: CellRect): void {
  const format = range.format;
  if (p.bold !== undefined) format.font.bold = p.bold;
  if (p.fontSize !== undefined) format.font.size = p.fontSize;
  if (p.fontColor !== undefined) format.font.color = p.fontColor;
  if (p.underline !== undefined) format.font.underline = p.underline as Excel.RangeUnderlineStyle;
  if (p.fill !== undefined) format.fill.color = p.fill;
  if (p.alignment?.horizontal) format.horizontalAlignment = p.alignment.horizontal as Excel.HorizontalAlignment;
  if (p.alignment?.vertical) format.verticalAlignment = p.alignment.vertical as Excel.VerticalAlignment;
  if (p.alignment?.wrap !== undefined) format.wrapText = p.alignment.wrap;
  if (p.border) {
    // Inside lines only where the range has more than one row or column.
    const edges = EDGES.filter(
      (e) => (e !== "InsideHorizontal" || rect.bottom > rect.top) && (e !== "InsideVertical" || rect.right > rect.left),
    );
    for (const edge of edges) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = THIN_BORDER.style as Excel.BorderLineStyle;
      border.color = THIN_BORDER.color;
      border.weight = THIN_BORDER.weight as Excel.BorderWeight;
    }
  }
}
