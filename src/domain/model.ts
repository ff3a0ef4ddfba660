/**
 * The typed model of a 项目支出绩效目标表. The reader builds it from a grid; rules, the pane, the
 * CLI and the picker read it. Rows and cells are given as users see them (1-based rows, A1 cells).
 */
import type { Amount, MoneyUnit } from "./money";

/** Where a piece of text sits: the cell and the character span [start, end) inside its text. */
export interface Span {
  cell: string;
  start: number;
  end: number;
}

export type Comparator = "≥" | "≤" | ">" | "<" | "=";

/** What an indicator value means once parsed. */
export type ParsedValue =
  | { kind: "empty" }
  /** a number with an optional comparator and unit; rates are quantities with unit "%" */
  | {
      kind: "quantity";
      comparator: Comparator | null;
      /** the comparator as written (≧, 大于等于, 不超过, …以上), for nonstandard-symbol */
      comparatorText: string | null;
      number: number;
      numberText: string;
      unit: string | null;
      /** short text written before the comparator/number (`有效化解率大于等于90%` → 有效化解率) */
      prefix?: string;
    }
  /** a date or deadline: 2023年12月31日前, 第三季度前, 12月底前 */
  | {
      kind: "deadline";
      year: number | null;
      month: number | null;
      day: number | null;
      quarter: number | null;
      text: string;
    }
  | { kind: "qualitative"; text: string };

export interface IndicatorValue {
  /** the value text as written, trimmed of separators */
  text: string;
  span: Span;
  parsed: ParsedValue;
  /** the unit in `parsed` was read from the 计量单位 column: the value cell itself has none */
  unitFromColumn?: boolean;
}

/** A first- or second-level category as written: `2-效益指标`, `社会效益`. */
export interface CategoryRef {
  /** the numeric code when written (`22`), else null */
  code: string | null;
  /** the name as written, without the code (`社会效益`) */
  name: string;
  span: Span;
  /**
   * true when the category was not written but inferred from the taxonomy (short dialect
   * `1、社会效益：…` → 一级 效益指标); then `code` is null and `span` is empty, at the 二级's start
   */
  inferred?: boolean;
}

export interface Indicator {
  /** the number written before `、`; null when absent (expanded layout rows have none) */
  seq: number | null;
  seqSpan: Span | null;
  /**
   * how the cell numbers its items, named by the marker of item 1 (`1、` `1.` `（1）` `①` `（一）`
   * `一、` …); null for an unnumbered item. Absent where the layout has no numbers (expanded rows).
   */
  numberStyle?: string | null;
  level1: CategoryRef | null;
  level2: CategoryRef | null;
  /** the third-level name; null when missing */
  name: { text: string; span: Span } | null;
  /** null when the 实施周期指标值 label is absent; a value with kind "empty" when labelled but blank */
  periodValue: IndicatorValue | null;
  annualValue: IndicatorValue | null;
  /** the cell that holds the indicator (compact: the 绩效指标 cell; expanded: its 三级指标 cell) */
  cell: string;
  /** 1-based sheet row */
  row: number;
  /** the whole item inside its cell (compact) or the 三级指标 cell (expanded) */
  span: Span;
  /** the text of `span` as it stands in the cell (the item with its number, or the 三级指标 cell) */
  itemText: string;
  /** extra columns some expanded tables carry */
  nature?: string | null;
  measureUnit?: string | null;
  direction?: string | null;
}

/** compact and agency: one row per project; expanded: one row per indicator; form: the per-project 申报表 */
export type Layout = "compact" | "agency" | "expanded" | "form";
export type RowKind = "total" | "agency" | "project";

export interface TextCell {
  /** text with PDF-style line breaks joined (no space between CJK) and trimmed */
  text: string;
  cell: string;
  /**
   * the cell's own text, line breaks and edge spaces as typed: offsets of a span or a fix in this
   * cell count in it. Absent on a row that was not read from a sheet.
   */
  cellText?: string;
}

export interface Amounts {
  total: Amount;
  fiscal: Amount;
  special: Amount;
  other: Amount;
}

export type AmountField = keyof Amounts;

export interface TableRow {
  kind: RowKind;
  name: string;
  nameCell: string;
  /** 1-based Excel row of the row (first row when it spans several in the expanded layout) */
  row: number;
  lastRow: number;
  /** for a project: the agency (资金使用单位 / 预算单位) it belongs to; for an agency row: its own name */
  agency: string | null;
  /** 主管部门 column of the agency layout */
  department: string | null;
  /** null when the table has no amount columns (agency layout) */
  amounts: Amounts | null;
  amountCells: Partial<Record<AmountField, string>>;
  goal: TextCell | null;
  /** the goal column's cell on this row, even when it is empty */
  goalCell: string | null;
  indicators: Indicator[];
  /** the project's name states a span of years (2025-2026年…): its 实施周期 values are required */
  multiYear?: boolean;
  /** compact layout: the 绩效指标 cell and its raw text (null when blank) */
  indicatorCell: string | null;
  indicatorText: string | null;
}

/** Standard column names (the keys) to their 0-based sheet column. */
export interface ColumnMap {
  name?: number;
  total?: number;
  fiscal?: number;
  special?: number;
  other?: number;
  goal?: number;
  indicators?: number;
  department?: number;
  /** the 预算单位 / 资金使用单位 column: the agency each project belongs to */
  agency?: number;
  level1?: number;
  level2?: number;
  level3?: number;
  periodValue?: number;
  annualValue?: number;
  nature?: number;
  measureUnit?: number;
  direction?: number;
}

export type ColumnKey = keyof ColumnMap;

export interface TableModel {
  sheet: string;
  layout: Layout;
  moneyUnit: MoneyUnit | null;
  title: string | null;
  /** from 部门名称： / 单位名称： */
  department: string | null;
  /** from the title (2025年…) when present */
  budgetYear: number | null;
  /** 1-based Excel row of the header */
  headerRow: number;
  headerCells: Partial<Record<ColumnKey, string>>;
  columns: ColumnMap;
  /** standard columns this layout expects but the header lacks (column-missing) */
  missingColumns: ColumnKey[];
  rows: TableRow[];
  /** true when the table has amounts but states no unit, so 万元 was assumed (the usual unit) */
  moneyUnitAssumed?: boolean;
  /** what the reader left out and says so once: hidden rows (and whether the 合计 counts them) */
  notes?: string[];
}

export interface ReadProblem {
  /** uncalculated-formulas: amounts that are formulas without a result; the file is read, those amounts are not checked */
  code: "no-table" | "unreadable" | "uncalculated-formulas";
  sheet: string | null;
  cell: string | null;
  message: string;
}

export interface WorkbookModel {
  tables: TableModel[];
  problems: ReadProblem[];
}

export const projectsOf = (t: TableModel): TableRow[] => t.rows.filter((r) => r.kind === "project");
export const agenciesOf = (t: TableModel): TableRow[] => t.rows.filter((r) => r.kind === "agency");
