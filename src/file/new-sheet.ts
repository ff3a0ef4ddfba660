/**
 * A sheet to add to a package (the pane's 审核意见表, 已说明 and 新建 tables): values, formulas,
 * the formats the in-memory host keeps, column widths, merged areas and a frozen header. Plain
 * data, so the host can build it from its own sheet and the file layer can write it.
 */
import type { RowRect } from "./formula-shift";

export type BorderSide = "left" | "right" | "top" | "bottom";

export interface NewCellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** "#RRGGBB" */
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  /** "#RRGGBB" solid fill */
  fill?: string;
  /** Excel number format code ("0.00", "@") */
  numberFormat?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  indent?: number;
  /** OOXML border styles ("thin", "medium", "thick", "dashed"…) and "#RRGGBB" colours */
  borders?: Partial<Record<BorderSide, { style: string; color?: string }>>;
}

export interface NewCell {
  row: number;
  col: number;
  value: string | number | boolean | null;
  /** without the leading "="; `value` is its last result */
  formula?: string;
  style?: NewCellStyle;
}

export interface NewSheet {
  name: string;
  cells: NewCell[];
  /** 0-based column → width in characters of the default font, as `<col width>` holds it */
  columnWidths?: Map<number, number>;
  merges?: RowRect[];
  /** rows 1…frozenRows stay on screen */
  frozenRows?: number;
  state?: "hidden" | "veryHidden";
  print?: PrintSetup;
}

/** Page setup as the review sheet asks for it: A4 landscape, a scale that fits the width, the header repeated. */
export interface PrintSetup {
  orientation?: "portrait" | "landscape";
  /** OOXML paper size code: 9 is A4 */
  paperSize?: number;
  /** percent, 10–400 */
  scale?: number;
  centerHorizontally?: boolean;
  /** rows repeated on every page, "$4:$4" */
  titleRows?: string;
  /** "A1:G80" */
  printArea?: string;
}
