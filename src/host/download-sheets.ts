/**
 * A sheet the pane added in the in-memory workbook (审核意见表, the 已说明 storage, a 新建 table)
 * as the file layer's NewSheet: values and formulas, the formats the host keeps (font, fill,
 * borders, alignment, indent, number format), column widths, merged areas, the frozen header and
 * visibility. Conditional formats are left out: the only ones the pane adds are its marks, which
 * never go into a file.
 */
import type { NewCell, NewCellStyle, NewSheet } from "../file/new-sheet";
import { DEFAULT_FONT, type BorderEdge, type BorderStyle, type CellStyle, type MemorySheet } from "./memory-workbook";

const EDGES: Record<BorderEdge, "top" | "bottom" | "left" | "right"> = { EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right" };

/** Office.js border style and weight → the OOXML border style; null for no border. */
function borderStyle(b: BorderStyle): string | null {
  if (b.style === "None") return null;
  if (b.style === "Double") return "double";
  if (b.style === "Dash") return b.weight === "Medium" ? "mediumDashed" : "dashed";
  if (b.style === "Dot") return "dotted";
  if (b.weight === "Hairline") return "hair";
  if (b.weight === "Medium") return "medium";
  if (b.weight === "Thick") return "thick";
  return "thin";
}

function newCellStyle(style: CellStyle | undefined, numberFormat: string | undefined): NewCellStyle | undefined {
  const out: NewCellStyle = {};
  if (style) {
    const f = style.font;
    if (f.bold) out.bold = true;
    if (f.italic) out.italic = true;
    if (f.underline && f.underline !== "None") out.underline = true;
    if (f.color.toUpperCase() !== DEFAULT_FONT.color) out.fontColor = f.color;
    if (f.name !== DEFAULT_FONT.name) out.fontName = f.name;
    if (f.size !== DEFAULT_FONT.size) out.fontSize = f.size;
    if (style.fill) out.fill = style.fill;
    if (style.indent) out.indent = style.indent;
    const a = style.alignment;
    if (a?.wrap) out.wrap = true;
    if (a?.horizontal && a.horizontal !== "General") out.horizontal = a.horizontal.toLowerCase() as NewCellStyle["horizontal"];
    if (a?.vertical && a.vertical !== "Bottom") out.vertical = a.vertical.toLowerCase() as NewCellStyle["vertical"];
    for (const [edge, b] of Object.entries(style.borders) as Array<[BorderEdge, BorderStyle]>) {
      const s = borderStyle(b);
      if (s) (out.borders ??= {})[EDGES[edge]] = { style: s, color: b.color };
    }
  }
  if (numberFormat && numberFormat !== "General") out.numberFormat = numberFormat;
  return Object.keys(out).length ? out : undefined;
}

/** Office.js columnWidth (points) → `<col width>` (characters): the inverse of widthInPoints in review-sheet-plan.ts. */
function widthInChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

export function newSheetFrom(sheet: MemorySheet): NewSheet {
  const places = new Set<string>([...sheet.styles.keys(), ...(sheet.numberFormats?.keys() ?? []), ...(sheet.formulas?.keys() ?? [])]);
  sheet.values.forEach((row, r) => row?.forEach((v, c) => v !== null && v !== undefined && v !== "" && places.add(`${r},${c}`)));
  const cells: NewCell[] = [];
  for (const place of places) {
    const [row, col] = place.split(",").map(Number);
    const cell: NewCell = { row, col, value: sheet.values[row]?.[col] ?? null };
    const formula = sheet.formulas?.get(place);
    if (formula) cell.formula = formula;
    const style = newCellStyle(sheet.styles.get(place), sheet.numberFormats?.get(place));
    if (style) cell.style = style;
    if (cell.value !== null || cell.formula || cell.style) cells.push(cell);
  }
  const out: NewSheet = { name: sheet.name, cells, merges: sheet.merges.map((m) => ({ ...m })) };
  if (sheet.columnWidths?.size) out.columnWidths = new Map([...sheet.columnWidths].map(([c, w]) => [c, widthInChars(w)]));
  if (sheet.frozenRows) out.frozenRows = sheet.frozenRows;
  const page = sheet.pageLayout;
  if (page) {
    out.print = {
      orientation: page.orientation === "Landscape" ? "landscape" : page.orientation === "Portrait" ? "portrait" : undefined,
      paperSize: page.paperSize === "A4" ? 9 : undefined,
      scale: page.zoomScale,
      centerHorizontally: page.centerHorizontally,
      titleRows: page.printTitleRows,
      printArea: page.printArea,
    };
  }
  if (sheet.visibility === "Hidden") out.state = "hidden";
  if (sheet.visibility === "VeryHidden") out.state = "veryHidden";
  return out;
}
