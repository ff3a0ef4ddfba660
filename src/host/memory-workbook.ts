/**
 * An in-memory workbook: values, per-cell formats (fill, font, borders, indent), merged areas,
 * conditional formats, sheet protection and the selection. MemoryHost works on it directly and the
 * fake Office.js runtime (test/host/fake-excel) serves Excel.run over it, so both hosts can be
 * checked against the same state. Plain data, no Office, DOM or Node imports (it is bundled into
 * the browser demo and e2e).
 */
import type { CellFormat, CellValue, SheetGrid, WorkbookGrid } from "../domain/grid";
import type { RowShift } from "../file/formula-shift";
import { isPlainFormat } from "./office-number-formats";
import { contains, intersects, type CellRect } from "./ranges";

export interface FontStyle {
  bold: boolean;
  italic: boolean;
  color: string;
  name: string;
  size: number;
  /** Office.js font.underline ("Single"); absent means none */
  underline?: string;
}

/** Office.js border names (Excel.BorderIndex). */
export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface BorderStyle {
  style: string;
  color: string;
  weight: string;
}

export interface CellStyle {
  /** null is "No Fill", which is not the same as white "#FFFFFF" (office-js#6218). */
  fill: string | null;
  font: FontStyle;
  borders: Partial<Record<BorderEdge, BorderStyle>>;
  indent: number;
  /** horizontal/vertical alignment and wrap, as Office.js names them; absent means Excel's default */
  alignment?: CellAlignment;
}

export interface CellAlignment {
  horizontal?: "General" | "Left" | "Center" | "Right";
  vertical?: "Top" | "Center" | "Bottom";
  wrap?: boolean;
}

/** A sheet's print setup (Office.js worksheet.pageLayout, ExcelApi 1.9). */
export interface PageSetup {
  orientation?: "Portrait" | "Landscape";
  paperSize?: string;
  /** rows repeated at the top of every printed page, "$4:$4" */
  printTitleRows?: string;
  printArea?: string;
  centerHorizontally?: boolean;
  /** print scale in percent */
  zoomScale?: number;
}

export interface ConditionalFormatRule {
  id: string;
  type: "Custom" | "CellValue";
  ranges: CellRect[];
  /** Custom: the formula ("=TRUE"); CellValue: the rule as text ("GreaterThan 100"). */
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

export interface MemorySheet {
  id: string;
  name: string;
  /** values[row][col], 0-based from A1; holes and "" are empty cells */
  values: CellValue[][];
  /** "row,col" → format; a cell without an entry has the default format */
  styles: Map<string, CellStyle>;
  merges: CellRect[];
  /** in priority order: the first rule that applies to a cell wins */
  conditionalFormats: ConditionalFormatRule[];
  protected: boolean;
  /** "row,col" → formula text ("=SUM(B6:B9)"); `values` holds its last result (memory-rows.ts) */
  formulas?: Map<string, string>;
  /** Office.js Worksheet.visibility; absent means "Visible" (the 已说明 storage is "VeryHidden") */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** "row,col" → number format ("@" is text); absent means "General" */
  numberFormats?: Map<string, string>;
  /** 0-based rows hidden by the user or a filter (the file said so); row inserts and deletes move them */
  hiddenRows?: Set<number>;
  /** 0-based hidden columns */
  hiddenCols?: Set<number>;
  /** 0-based column → width in points; absent means Excel's default width */
  columnWidths?: Map<number, number>;
  /** rows 1…frozenRows stay on screen (freezePanes.freezeRows) */
  frozenRows?: number;
  pageLayout?: PageSetup;
  /** the whole-row inserts and deletes made on this sheet, in order (memory-rows.ts), for 下载 to replay */
  rowShifts?: RowShift[];
}

export interface MemoryWorkbook {
  sheets: MemorySheet[];
  activeSheet: string;
  selection: { sheet: string; cell: string } | null;
  nextId: number;
}

export const DEFAULT_FONT: Readonly<FontStyle> = { bold: false, italic: false, color: "#000000", name: "等线", size: 11 };

export function defaultStyle(): CellStyle {
  return { fill: null, font: { ...DEFAULT_FONT }, borders: {}, indent: 0 };
}

function cloneStyle(s: CellStyle): CellStyle {
  const borders: CellStyle["borders"] = {};
  for (const [edge, b] of Object.entries(s.borders)) borders[edge as BorderEdge] = { ...b };
  const copy: CellStyle = { fill: s.fill, font: { ...s.font }, borders, indent: s.indent };
  if (s.alignment) copy.alignment = { ...s.alignment };
  return copy;
}

const key = (row: number, col: number): string => `${row},${col}`;

export function newId(wb: MemoryWorkbook, prefix: string): string {
  wb.nextId += 1;
  return `{${prefix}-${String(wb.nextId).padStart(8, "0")}}`;
}

export function emptySheet(wb: MemoryWorkbook, name: string): MemorySheet {
  return { id: newId(wb, "sheet"), name, values: [], styles: new Map(), merges: [], conditionalFormats: [], protected: false };
}

/** Builds the workbook a grid describes: values at their origin, indent and bold as cell formats. */
export function workbookFromGrid(grid: WorkbookGrid): MemoryWorkbook {
  const wb: MemoryWorkbook = { sheets: [], activeSheet: grid.sheets[0]?.name ?? "", selection: null, nextId: 0 };
  for (const g of grid.sheets) {
    const sheet = emptySheet(wb, g.name);
    const top = g.originRow ?? 0;
    const left = g.originCol ?? 0;
    g.rows.forEach((row, r) => row.forEach((v, c) => setValue(sheet, top + r, left + c, v)));
    g.formats?.forEach((row, r) =>
      row?.forEach((f, c) => {
        if (f && (f.indent || f.bold)) setStyle(sheet, top + r, left + c, { indent: f.indent ?? 0, font: { bold: f.bold ?? false } });
      }),
    );
    sheet.merges = (g.merges ?? []).map((m) => ({ ...m }));
    carryFileFacts(g, sheet, top, left);
    wb.sheets.push(sheet);
  }
  return wb;
}

/**
 * What a file tells the reader beyond values and indent/bold: number formats (displayed amounts),
 * hidden rows and columns, formulas (an uncached one has no value) and the sheet's visibility. The
 * browser workspace checks a file through this workbook, so without them it would judge the same
 * file differently from the CLI (a hidden row counted, a displayed 20.01 read as 20.008).
 */
function carryFileFacts(g: SheetGrid, sheet: MemorySheet, top: number, left: number): void {
  g.formats?.forEach((row, r) =>
    row?.forEach((f, c) => {
      if (f?.numberFormat) (sheet.numberFormats ??= new Map()).set(key(top + r, left + c), f.numberFormat);
    }),
  );
  if (g.hiddenRows?.length) sheet.hiddenRows = new Set(g.hiddenRows);
  if (g.hiddenCols?.length) sheet.hiddenCols = new Set(g.hiddenCols);
  for (const f of g.formulas ?? []) {
    (sheet.formulas ??= new Map()).set(key(f.row, f.col), `=${f.formula}`);
    if (!f.cached) setValue(sheet, f.row, f.col, null);
  }
  if (g.visibility === "hidden") sheet.visibility = "Hidden";
  if (g.visibility === "veryHidden") sheet.visibility = "VeryHidden";
}

/** The grid fields of carryFileFacts, back out of the workbook (after any row insert moved them). */
function fileFactsOf(sheet: MemorySheet, grid: SheetGrid): void {
  const sorted = (set: Set<number> | undefined): number[] => [...(set ?? [])].sort((a, b) => a - b);
  if (sheet.hiddenRows?.size) grid.hiddenRows = sorted(sheet.hiddenRows);
  if (sheet.hiddenCols?.size) grid.hiddenCols = sorted(sheet.hiddenCols);
  if (sheet.formulas?.size) {
    grid.formulas = [...sheet.formulas.entries()]
      .map(([k, formula]) => {
        const [row, col] = k.split(",").map(Number);
        const value = getValue(sheet, row, col);
        return { row, col, formula: formula.replace(/^=/, ""), cached: value !== null && value !== "" };
      })
      .sort((a, b) => a.row - b.row || a.col - b.col);
  }
  if (sheet.visibility === "Hidden") grid.visibility = "hidden";
  if (sheet.visibility === "VeryHidden") grid.visibility = "veryHidden";
}

export function findSheet(wb: MemoryWorkbook, name: string): MemorySheet | undefined {
  return wb.sheets.find((s) => s.name === name);
}

export function getValue(sheet: MemorySheet, row: number, col: number): CellValue {
  const v = sheet.values[row]?.[col];
  return v === undefined ? null : v;
}

export function setValue(sheet: MemorySheet, row: number, col: number, value: CellValue): void {
  (sheet.values[row] ??= [])[col] = value;
}

const isEmpty = (v: CellValue | undefined): boolean => v === null || v === undefined || v === "";

/** A copy of the cell's format; changing it changes nothing until setStyle. */
export function getStyle(sheet: MemorySheet, row: number, col: number): CellStyle {
  const s = sheet.styles.get(key(row, col));
  return s ? cloneStyle(s) : defaultStyle();
}

export interface StylePatch {
  fill?: string | null;
  font?: Partial<FontStyle>;
  borders?: Partial<Record<BorderEdge, BorderStyle>>;
  indent?: number;
  alignment?: CellAlignment;
}

export function setStyle(sheet: MemorySheet, row: number, col: number, patch: StylePatch): void {
  const s = getStyle(sheet, row, col);
  if (patch.fill !== undefined) s.fill = patch.fill;
  if (patch.font) Object.assign(s.font, patch.font);
  if (patch.borders) Object.assign(s.borders, patch.borders);
  if (patch.indent !== undefined) s.indent = patch.indent;
  if (patch.alignment) s.alignment = { ...s.alignment, ...patch.alignment };
  sheet.styles.set(key(row, col), s);
}

/** The used range with valuesOnly = true: the smallest rectangle holding every non-empty value. */
export function usedRect(sheet: MemorySheet): CellRect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.values.forEach((row, r) => {
    if (!row) return;
    row.forEach((v, c) => {
      if (isEmpty(v)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return bottom < 0 ? null : { top, left, bottom, right };
}

/** The values of a rectangle, every row full width, empty cells as null. */
export function readRect(sheet: MemorySheet, rect: CellRect): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const v = getValue(sheet, r, c);
      row.push(v === "" ? null : v);
    }
    out.push(row);
  }
  return out;
}

/** The reader's view of a cell format: null when neither indented nor bold (keeps grids small). */
export function compactFormat(indent: number | undefined, bold: boolean | undefined): CellFormat | null {
  if (!indent && !bold) return null;
  const f: CellFormat = {};
  if (indent) f.indent = indent;
  if (bold) f.bold = true;
  return f;
}

/**
 * The grid a host hands the reader: the used range's values, indent/bold where set, and the merged
 * areas that touch it. Both hosts produce exactly this for the same workbook (the contract tests
 * compare them).
 */
export function sheetToGrid(sheet: MemorySheet): SheetGrid {
  const rect = usedRect(sheet);
  if (!rect) return { name: sheet.name, rows: [] };
  const rows = readRect(sheet, rect);
  let anyFormat = false;
  const formats = rows.map((row, r) =>
    row.map((_, c) => {
      const s = sheet.styles.get(key(rect.top + r, rect.left + c));
      let f = s ? compactFormat(s.indent, s.font.bold) : null;
      const numberFormat = sheet.numberFormats?.get(key(rect.top + r, rect.left + c));
      if (numberFormat && !isPlainFormat(numberFormat)) f = { ...f, numberFormat };
      if (f) anyFormat = true;
      return f;
    }),
  );
  const grid: SheetGrid = { name: sheet.name, rows, originRow: rect.top, originCol: rect.left };
  if (anyFormat) grid.formats = formats;
  const merges = sheet.merges.filter((m) => intersects(m, rect)).map((m) => ({ ...m }));
  if (merges.length) grid.merges = merges;
  fileFactsOf(sheet, grid);
  return grid;
}

export function workbookToGrid(wb: MemoryWorkbook): WorkbookGrid {
  return { sheets: wb.sheets.map(sheetToGrid) };
}

export function addConditionalFormat(
  wb: MemoryWorkbook,
  sheet: MemorySheet,
  rule: Omit<ConditionalFormatRule, "id">,
): ConditionalFormatRule {
  const added = { ...rule, id: newId(wb, "cf"), ranges: rule.ranges.map((r) => ({ ...r })) };
  sheet.conditionalFormats.push(added);
  return added;
}

/**
 * Whether a rule's condition holds. Only constant custom formulas are evaluated (=TRUE and the
 * marks' =ISTEXT("…")); anything else is treated as not applying, which is enough to show marks.
 */
export function ruleApplies(rule: ConditionalFormatRule, row: number, col: number): boolean {
  if (!rule.ranges.some((r) => contains(r, row, col))) return false;
  if (rule.type !== "Custom") return false;
  return /^=\s*TRUE\s*$/i.test(rule.formula) || /^=\s*ISTEXT\(\s*"[^"]*"\s*\)\s*$/i.test(rule.formula);
}

/** The fill a user sees: the first applying conditional format's fill, else the cell's own fill. */
export function effectiveFill(sheet: MemorySheet, row: number, col: number): string | null {
  const rule = sheet.conditionalFormats.find((cf) => cf.fill !== null && ruleApplies(cf, row, col));
  return rule ? rule.fill : getStyle(sheet, row, col).fill;
}

/**
 * Every format property of the workbook as one comparable string (cell formats, merges,
 * conditional formats, protection), to prove that marking then clearing leaves it as it was.
 */
export function formatSnapshot(wb: MemoryWorkbook): string {
  return JSON.stringify(
    wb.sheets.map((s) => ({
      name: s.name,
      protected: s.protected,
      styles: [...s.styles.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      merges: s.merges,
      conditionalFormats: s.conditionalFormats,
    })),
  );
}
