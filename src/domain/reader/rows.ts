/**
 * Data rows of one table: which rows are not data at all (blank rows, page-break repeats of the
 * header, column-number rows, notes under the table), the drafts the classifier decides on, and the
 * TableRows built from them.
 */
import { displayedAmount, EMPTY_AMOUNT, parseAmount, type Amount } from "../money";
import type { AmountField, Amounts, ColumnMap, Indicator, Layout, ReadProblem, RowKind, TableRow } from "../model";
import { codeSet, firstVisibleCode, isDigitCode, isSpaceCode } from "../indicator/chars";
import { parseIndicatorCell } from "../indicator/parse";
import { cleanText, headerKey } from "../text";
import type { Draft } from "./classify";
import { rowLabels } from "./header";
import { hasAmountColumns } from "./layout";
import type { SheetView } from "./view";

export interface TableContext {
  view: SheetView;
  columns: ColumnMap;
  layout: Layout;
  /** 部门名称 above the table, the fallback department of every row */
  department: string | null;
  problems: ReadProblem[];
}

/** Lines under a table: notes, signatures, page numbers. */
const NOTE =
  /^(注|说明|备注|附注|填报人|填表人|制表人|制表|审核人|审核|负责人|单位负责人|财务负责人|分管领导|联系人|联系电话|填报日期|填表日期|报送日期)\s*(\d+|[一二三四五六七八九十]+)?\s*[:：.、]/;
const PAGE_NUMBER = /^(第\s*\d+\s*页(\s*[,，]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页.*|[-—]\s*\d+\s*[-—])$/;
const TOTAL_LABEL = /^(总?合计|总计|合计数|总计数|全部合计|本部门合计)[:]?$/;
/** The characters a note or a page number can start with (NOTE and PAGE_NUMBER's first characters). */
const NOTE_FIRST = codeSet("注说备附填制审负单财分联报第共-—");
/** What cleanText drops before the first character it keeps: edge spaces and line breaks. */
const isDroppedLead = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** Whether cleanText(raw) may be a note or a page number, told by its first character alone. */
function mayBeNote(raw: string): boolean {
  let i = 0;
  while (i < raw.length && isDroppedLead(raw.charCodeAt(i))) i++;
  return NOTE_FIRST.has(raw.charCodeAt(i));
}

export function isTotalLabel(name: string): boolean {
  // every total label has 计, and almost no name does: skip building the key for the rest
  return name.includes("计") && TOTAL_LABEL.test(headerKey(name));
}

/** Columns whose content makes a row a project (goal and indicators, in any layout). */
export function contentColumns(columns: ColumnMap): number[] {
  const keys = ["goal", "indicators", "level1", "level2", "level3", "periodValue", "annualValue"] as const;
  const out: number[] = [];
  for (const k of keys) if (columns[k] !== undefined) out.push(columns[k]);
  return out;
}

/** Title, department and unit rows that introduce a table. */
const TITLE_ROW = /绩效目标表|目标表|绩效表|明细表|一览表/;
const META_ROW = /^(部门名称|单位名称|主管部门|预算部门)\s*[:：]|单位\s*[:：]\s*(万元|元|亿元)/;

export function introRow(view: SheetView, r: number): "title" | "meta" | null {
  const filled = view.filledColumns(r);
  if (filled.length === 0 || filled.length > 3) return null;
  let kind: "title" | "meta" | null = null;
  for (const c of filled) {
    const v = view.value(r, c);
    if (typeof v !== "string") return null;
    const t = cleanText(v);
    if (META_ROW.test(t)) kind = "meta";
    else if (TITLE_ROW.test(t) && kind === null) kind = "title";
  }
  return kind;
}

/** Why row r is not a data row, or null when it is one. */
export function skipReason(view: SheetView, r: number, columns: ColumnMap): "hidden" | "blank" | "header" | "title" | "note" | "numbers" | "stray" | null {
  // a hidden row is not part of the published table (the table notes which it left out)
  if (view.isHiddenRow(r)) {
    if (!view.rowIsBlank(r)) view.hiddenDataRows.add(view.sheetRow(r));
    return "hidden";
  }
  // one pass over the row's cells, no list of them: this runs for every row of the table
  let filled = 0;
  let first = -1;
  let mapped = false;
  for (let c = 0; c < view.colCount; c++) {
    if (view.isBlank(r, c)) continue;
    if (filled++ === 0) first = c;
    if (!mapped && isMapped(columns, c)) mapped = true;
  }
  if (filled === 0) return "blank";
  if (!mapped) return "stray";
  const firstRaw = view.typedText(r, first);
  // notes and page numbers are short; a long first cell is a project name or text
  if (firstRaw.length < 200 && mayBeNote(firstRaw)) {
    const text = cleanText(firstRaw);
    if (NOTE.test(text) || PAGE_NUMBER.test(text)) return "note";
  }
  if (rowLabels(view, r).size >= 2) return "header";
  if (filled <= 3 && introRow(view, r)) return "title";
  if (filled >= 3 && isColumnNumbers(view, r)) return "numbers";
  return null;
}

function isMapped(columns: ColumnMap, c: number): boolean {
  for (const k in columns) if (columns[k as keyof ColumnMap] === c) return true;
  return false;
}

/** A row of column numbers under the header: 1 2 3 4 5 6 7. */
function isColumnNumbers(view: SheetView, r: number): boolean {
  let prev = 0;
  for (let c = 0; c < view.colCount; c++) {
    if (view.isBlank(r, c)) continue;
    const raw = view.typedText(r, c);
    // a number's first visible character is a digit: names and text are turned away untrimmed
    if (!isDigitCode(firstVisibleCode(raw))) return false;
    const t = raw.trim();
    if (!/^\d{1,2}$/.test(t) || Number(t) <= prev) return false;
    prev = Number(t);
  }
  return true;
}

/** One draft per data row (compact and agency layouts). */
export function compactDrafts(ctx: TableContext, from: number, to: number): Draft[] {
  const { view, columns } = ctx;
  const content = contentColumns(columns);
  const drafts: Draft[] = [];
  for (let r = from; r < to; r++) {
    if (skipReason(view, r, columns)) continue;
    drafts.push(draftOf(view, [r], columns, content));
  }
  return drafts;
}

export function draftOf(view: SheetView, rows: number[], columns: ColumnMap, content: number[]): Draft {
  const r = rows[0];
  const name = cleanText(view.typedText(r, columns.name));
  const totalAmount = columns.total === undefined ? EMPTY_AMOUNT : amountIn(view, r, columns.total);
  const empty = contentBlank(view, rows, content);
  const label = isTotalLabel(name) ? "total" : name && empty ? "candidate" : "project";
  return {
    rows,
    label,
    name,
    indent: view.indent(r, columns.name),
    bold: view.bold(r, columns.name),
    totalAmount,
  };
}

/** Whether every content cell of the rows is blank. */
function contentBlank(view: SheetView, rows: number[], content: number[]): boolean {
  // indexed loops: this runs per row, much of it before the code is optimised
  for (let i = 0; i < rows.length; i++) for (let j = 0; j < content.length; j++) if (!view.isBlank(rows[i], content[j])) return false;
  return true;
}

/** The row's amounts (of a table with amount columns); the cells read go into `cells`. */
function readAmounts(view: SheetView, r: number, columns: ColumnMap, total: Amount, cells: TableRow["amountCells"]): Amounts {
  // 总计 was read with the draft; only its cell is new
  if (columns.total !== undefined) cells.total = view.a1(r, columns.total);
  return {
    total: columns.total === undefined ? EMPTY_AMOUNT : total,
    fiscal: amountAt(view, r, columns, "fiscal", cells),
    special: amountAt(view, r, columns, "special", cells),
    other: amountAt(view, r, columns, "other", cells),
  };
}

function amountAt(view: SheetView, r: number, columns: ColumnMap, k: AmountField, cells: TableRow["amountCells"]): Amount {
  const c = columns[k];
  if (c === undefined) return EMPTY_AMOUNT;
  cells[k] = view.a1(r, c);
  return amountIn(view, r, c);
}

/**
 * The amount in a cell as the table shows it (its number format applied); a formula without a
 * cached result is worked out when it is a plain sum, else its amount is unknown (and noted).
 */
function amountIn(view: SheetView, r: number, c: number): Amount {
  let value = view.value(r, c);
  const formula = value === null && view.formulas.size > 0 ? view.formulas.formulaAt(view.sheetRow(r) - 1, view.sheetCol(c)) : undefined;
  if (formula) {
    value = view.formulas.resultAt(formula.row, formula.col);
    if (value === null) {
      view.uncomputed.set(view.a1(r, c), formula.formula);
      return { kind: "empty", formula: formula.formula };
    }
  }
  return displayedAmount(parseAmount(value), view.numberFormat(r, c), value);
}

/** The compact 绩效指标 cell parsed; a grammar failure becomes a problem, never an exception. */
export function compactIndicators(ctx: TableContext, r: number): { indicators: Indicator[]; cell: string | null; text: string | null } {
  const { view, columns } = ctx;
  const c = columns.indicators;
  if (c === undefined) return { indicators: [], cell: null, text: null };
  const cell = view.a1(r, c);
  const raw = view.typedText(r, c);
  // a cell that starts with a visible character is not blank: no trimmed copy to find out
  if (raw === "" || (isSpaceCode(raw.charCodeAt(0)) && raw.trim() === "")) return { indicators: [], cell, text: null };
  try {
    return { indicators: parseIndicatorCell(raw, cell, view.sheetRow(r)), cell, text: raw };
  } catch (e) {
    ctx.problems.push({
      code: "unreadable",
      sheet: view.name,
      cell,
      message: `工作表“${view.name}”单元格 ${cell} 的绩效指标无法解析：${e instanceof Error ? e.message : String(e)}`,
    });
    return { indicators: [], cell, text: raw };
  }
}

export type IndicatorReader = (ctx: TableContext, draft: Draft) => { indicators: Indicator[]; cell: string | null; text: string | null };

/** Excel's error values: a formula whose reference or argument broke. */
const ERROR_VALUE = /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/**
 * A text cell (name, goal, indicators) that holds an error value cannot be read; amounts are left to
 * amount-not-number, which reports them with the money rules.
 */
const ERROR_VALUE_COLUMNS: readonly { label: string; key: "name" | "goal" | "indicators" | "level3" }[] = [
  { label: "项目名称", key: "name" },
  { label: "绩效目标", key: "goal" },
  { label: "绩效指标", key: "indicators" },
  { label: "三级指标", key: "level3" },
];

function reportErrorValues(ctx: TableContext, r: number): void {
  const { view, columns } = ctx;
  for (let i = 0; i < ERROR_VALUE_COLUMNS.length; i++) {
    const { label, key } = ERROR_VALUE_COLUMNS[i];
    const c = columns[key];
    if (c === undefined) continue;
    const value = view.value(r, c);
    // an error value starts with # (after spaces): other short texts (names) are not trimmed
    if (typeof value !== "string" || value.length > 20 || firstVisibleCode(value) !== 0x23) continue;
    const v = value.trim();
    if (!ERROR_VALUE.test(v)) continue;
    const cell = view.a1(r, c);
    ctx.problems.push({
      code: "unreadable",
      sheet: view.name,
      cell,
      message: `工作表“${view.name}”单元格 ${cell}（${label}）是错误值 ${v}，公式的引用或参数已失效，无法读取其内容。`,
    });
  }
}

/** The agency a row's 预算单位 column names (merged over it or not); null without one. */
export function columnAgencyOf(ctx: TableContext): (row: TableRow) => string | null {
  const { view, columns } = ctx;
  return (row) => (columns.agency === undefined ? null : cleanText(view.textUnderMerge(view.gridRow(row.row), columns.agency)) || null);
}

/** TableRows from classified drafts; `agency` follows the agency rows (or the 预算单位 column). */
export function buildRows(ctx: TableContext, drafts: Draft[], kinds: RowKind[], readIndicators: IndicatorReader): TableRow[] {
  const { view, columns } = ctx;
  let currentAgency: string | null = null;
  const nameCol = columns.name ?? Math.min(...Object.values(columns).filter((c): c is number => typeof c === "number"));
  const withAmounts = hasAmountColumns(columns);
  return drafts.map((d, i) => {
    const kind = kinds[i];
    const r = d.rows[0];
    if (kind === "agency") currentAgency = d.name;
    if (kind === "total") currentAgency = null;
    const unitCol = cleanText(view.textUnderMerge(r, columns.agency));
    const agency = kind === "agency" ? d.name : kind === "total" ? null : unitCol || currentAgency;
    const deptCol = cleanText(view.textUnderMerge(r, columns.department));
    const cells: TableRow["amountCells"] = {};
    const amounts = withAmounts ? readAmounts(view, r, columns, d.totalAmount, cells) : null;
    const goalRaw = columns.goal === undefined ? "" : view.typedText(r, columns.goal);
    const goalCell = columns.goal === undefined ? null : view.a1(r, columns.goal);
    const goalText = cleanText(goalRaw);
    for (let k = 0; k < d.rows.length; k++) reportErrorValues(ctx, d.rows[k]);
    const ind = readIndicators(ctx, d);
    const row: TableRow = {
      kind,
      name: d.name,
      nameCell: view.a1(r, nameCol),
      row: view.sheetRow(r),
      lastRow: view.sheetRow(d.rows[d.rows.length - 1]),
      agency,
      department: deptCol || ctx.department,
      amounts,
      amountCells: cells,
      goal: goalText && goalCell ? { text: goalText, cell: goalCell, cellText: goalRaw } : null,
      goalCell,
      indicators: ind.indicators,
      indicatorCell: ind.cell,
      indicatorText: ind.text,
    };
    if (kind === "project" && YEAR_SPAN.test(d.name)) row.multiYear = true;
    return row;
  });
}

/** A span of years in a project's name: 2025-2026年, 2025—2027年度, 2025至2026年. */
const YEAR_SPAN = /(?:19|20)\d{2}\s*(?:[-－—–~～]|至|到)\s*(?:(?:19|20)\d{2}|\d{2})\s*年/;
