/**
 * The review sheet (审核意见表) as data: every cell, merge, style, column width, the frozen header
 * and the print setup, so the CLI's ExcelJS writer and the pane's Office JavaScript API writer render the same
 * sheet from one description. Every text cell is neutralised against formula injection (see
 * neutralise.ts); the only formulas are the HYPERLINK links this module builds. Addresses are A1.
 *
 * Layout: 1 title · 2 部门名称 | 审核日期 · 3 counts · 4 header · open findings · blank ·
 * 已说明的问题 section title · its header · explained findings.
 */
import { columnLetter } from "../address";
import type { Finding, Severity } from "../finding";
import { ruleById } from "../rules";
import type { ExplainedFinding } from "./explanations";
import { hyperlinkFormula, linkText } from "./hyperlink";
import { neutralise } from "./neutralise";
import { REVIEW_SHEET } from "./sheet-names";

export const REVIEW_HEADERS = ["序号", "资金使用单位", "项目", "单元格", "规则", "严重程度", "说明", "审核意见"] as const;
export const EXPLAINED_HEADERS = ["序号", "资金使用单位", "项目", "单元格", "规则", "说明人及时间", "问题及说明理由", "审核意见"] as const;
/** Column widths in Excel character units (A…H). */
export const REVIEW_WIDTHS = [6, 20, 26, 18, 22, 14, 56, 30] as const;

export const SEVERITY_TEXT: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export interface ReviewCell {
  /** what the cell shows (text already neutralised); for a formula cell, its expected result */
  value: string | number | null;
  /** `=HYPERLINK(…)`, with the leading `=`; the writer puts it in the cell instead of `value` */
  formula?: string;
}

export interface ReviewStyle {
  /** `A4:H4`, or one cell */
  range: string;
  bold?: boolean;
  fontSize?: number;
  /** `#RRGGBB` */
  color?: string;
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle";
  wrap?: boolean;
  /** thin borders on every edge of every cell of the range */
  border?: boolean;
  /** blue and underlined, like a link */
  link?: boolean;
}

export interface ReviewPrint {
  paperSize: "A4";
  orientation: "landscape";
  /** fit all columns on one page wide, as many pages tall as needed */
  fitToWidth: 1;
  fitToHeight: 0;
  /** 1-based rows repeated at the top of every printed page (the header row) */
  repeatRows: { first: number; last: number };
  printArea: string;
  horizontalCentered: true;
}

export interface ReviewSheetData {
  name: string;
  columns: { header: string; width: number }[];
  /** rows[0] is sheet row 1; rows may be shorter than the column count */
  rows: ReviewCell[][];
  merges: string[];
  /** applied in order; later entries win where they overlap */
  styles: ReviewStyle[];
  /** rows 1…freezeRows stay on screen while scrolling */
  freezeRows: number;
  print: ReviewPrint;
  /** 1-based rows, for writers and for tests that read the sheet back */
  layout: { headerRow: number; firstOpenRow: number; openRows: number; explainedHeaderRow: number | null; explainedRows: number };
}

export interface ReviewSheetInput {
  department: string | null;
  /** the review date as it should read, e.g. 2025-03-01 */
  date: string;
  open: readonly Finding[];
  explained: readonly ExplainedFinding[];
  /** explanations that lapsed (their findings are in `open`): the old reason is shown beside them */
  lapsed?: readonly ExplainedFinding[];
  budgetYear?: number | null;
  /** the checked file's name, shown under the title (the CLI's folder report) */
  file?: string;
  /** links point into this workbook (relative to the one holding the sheet); omit for the same workbook */
  linkFile?: string;
  /** default 审核意见表 */
  sheetName?: string;
}

const COLS = REVIEW_HEADERS.length;
const lastCol = columnLetter(COLS - 1);
const rowRange = (row: number) => `A${row}:${lastCol}${row}`;
const HEADER_FILL = "#D9E1F2";
const ERROR_COLOR = "#C00000";

export function ruleTitle(id: string): string {
  const rule = ruleById(id);
  return rule ? `${rule.title}（${id}）` : id;
}

export function buildReviewSheet(input: ReviewSheetInput): ReviewSheetData {
  const rows: ReviewCell[][] = [];
  const merges: string[] = [];
  const styles: ReviewStyle[] = [];
  const add = (cells: (string | number | null | ReviewCell)[]) => {
    rows.push(cells.map((c) => (c !== null && typeof c === "object" ? c : cell(c))));
    return rows.length;
  };
  const banner = (text: string, style: Omit<ReviewStyle, "range">) => {
    const r = add([text]);
    merges.push(rowRange(r));
    styles.push({ range: rowRange(r), ...style });
    return r;
  };

  const year = input.budgetYear ? `${input.budgetYear}年` : "";
  banner(`${year}项目支出绩效目标审核意见表`, { bold: true, fontSize: 16, horizontal: "center", vertical: "middle" });
  const dept = `部门名称：${input.department ?? "（未注明）"}${input.file ? `\u3000文件：${input.file}` : ""}`;
  const meta = add([dept, null, null, null, null, `审核日期：${input.date}`]);
  merges.push(`A${meta}:E${meta}`, `F${meta}:${lastCol}${meta}`);
  styles.push({ range: `F${meta}`, horizontal: "right" });
  banner(countsLine(input.open, input.explained.length), { horizontal: "left" });

  const headerRow = add([...REVIEW_HEADERS]);
  styles.push({ range: rowRange(headerRow), bold: true, fill: HEADER_FILL, horizontal: "center", vertical: "middle", wrap: true });
  const lapsedByKey = new Map((input.lapsed ?? []).map((l) => [l.finding.key, l.explanation]));
  const firstOpenRow = headerRow + 1;
  input.open.forEach((f, k) => {
    const was = lapsedByKey.get(f.key);
    const note = was ? `\n（原“已说明”已失效：内容已由“${was.subject}”变更。原理由：${was.reason}）` : "";
    const r = add([k + 1, f.agency ?? "", f.project ?? "", linkCell(f, input.linkFile), ruleTitle(f.rule), SEVERITY_TEXT[f.severity], f.message + note, ""]);
    if (f.severity === "error") styles.push({ range: `F${r}`, bold: true, color: ERROR_COLOR });
  });
  if (input.open.length === 0) banner("未发现需要处理的问题。", { horizontal: "center" });
  const lastOpen = rows.length;
  styles.push({ range: `A${headerRow}:${lastCol}${lastOpen}`, border: true });
  styles.push(...bodyStyles(firstOpenRow, lastOpen));

  let explainedHeaderRow: number | null = null;
  if (input.explained.length > 0) {
    add([]);
    banner(`已说明的问题（${input.explained.length} 条）`, { bold: true, fontSize: 12 });
    explainedHeaderRow = add([...EXPLAINED_HEADERS]);
    styles.push({ range: rowRange(explainedHeaderRow), bold: true, fill: HEADER_FILL, horizontal: "center", vertical: "middle", wrap: true });
    input.explained.forEach(({ finding: f, explanation: e }, k) => {
      const who = `${e.by || "（未署名）"}\n${displayTime(e.at)}`;
      add([k + 1, f.agency ?? "", f.project ?? "", linkCell(f, input.linkFile), ruleTitle(f.rule), who, `${f.message}\n说明理由：${e.reason}`, ""]);
    });
    styles.push({ range: `A${explainedHeaderRow}:${lastCol}${rows.length}`, border: true });
    styles.push(...bodyStyles(explainedHeaderRow + 1, rows.length));
  }

  return {
    name: input.sheetName ?? REVIEW_SHEET,
    columns: REVIEW_HEADERS.map((header, k) => ({ header, width: REVIEW_WIDTHS[k] })),
    rows,
    merges,
    styles,
    freezeRows: headerRow,
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: headerRow, last: headerRow },
      printArea: `A1:${lastCol}${rows.length}`,
      horizontalCentered: true,
    },
    layout: { headerRow, firstOpenRow, openRows: input.open.length, explainedHeaderRow, explainedRows: input.explained.length },
  };
}

/** A text cell, neutralised; numbers stay numbers. */
export function cell(value: string | number | null): ReviewCell {
  return { value: typeof value === "string" ? neutralise(value) : value };
}

function linkCell(f: Finding, file: string | undefined): ReviewCell {
  const target = { file, sheet: f.sheet, cell: f.cell };
  const formula = hyperlinkFormula(target);
  const text = linkText(target);
  return formula ? { value: text, formula } : cell(text);
}

function bodyStyles(first: number, last: number): ReviewStyle[] {
  if (last < first) return [];
  return [
    { range: `A${first}:${lastCol}${last}`, vertical: "top", wrap: true },
    { range: `A${first}:A${last}`, horizontal: "center" },
    { range: `D${first}:D${last}`, link: true },
    { range: `F${first}:F${last}`, horizontal: "center" },
  ];
}

function countsLine(open: readonly Finding[], explained: number): string {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of open) n[f.severity]++;
  return `待处理问题 ${open.length} 条（错误 ${n.error} 条，警告 ${n.warning} 条，提示 ${n.info} 条）；已说明 ${explained} 条。`;
}

/** An ISO time as the reader's local date and time: 2025-03-01 17:30. */
export function displayTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
