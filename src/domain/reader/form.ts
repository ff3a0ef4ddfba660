/**
 * The per-project 申报表 (项目支出绩效目标申报表 / 绩效目标申报表): one project per sheet, a header
 * block of labels with their values to the right (项目名称, 主管部门, 实施单位, 资金总额 / 财政拨款 /
 * 其他资金, 年度（总体）绩效目标) above an indicator table 一级指标 | 二级指标 | 三级指标 | 指标值
 * (一级/二级 merged down). Where the form has a 长期 and a 年度 table, the 年度 one is the year's
 * indicators and the 长期 one gives their 实施周期 values where names match. Layout `form`: the
 * project gets its name, amounts and goal from the header block; no column is "missing".
 */
import { displayedAmount, EMPTY_AMOUNT, parseAmount, type Amount } from "../money";
import type { Amounts, Indicator, IndicatorValue, TableModel, TableRow } from "../model";
import { parseCategory } from "../indicator/category";
import { parseValue } from "../indicator/values";
import { cleanText } from "../text";
import type { SheetView } from "./view";

const FORM_TITLE = /绩效目标申报表/;
const LABELS = {
  name: /^项目名称$/,
  department: /^(主管部门|主管部门及代码|预算部门)$/,
  agency: /^(实施单位|项目实施单位|预算单位)$/,
  total: /^(资金总额|年度资金总额|项目资金总额|资金总额[（(]万元[)）])$/,
  fiscal: /^(其中[:：]?)?财政拨款$/,
  other: /^(其中[:：]?)?其他资金$/,
  goal: /^(年度|总体|年度[（(]总体[)）]|年度总体)?绩效目标$/,
} as const;
type Label = keyof typeof LABELS;
const LEVEL = { level1: /^一级指标$/, level2: /^二级指标$/, level3: /^三级指标$/, value: /^(指标值|年度指标值|目标值)$/ } as const;

type LevelColumns = Record<"level1" | "level3" | "value", number> & { level2?: number };
/** An indicator table's header row; `longTerm` when it heads the 长期 (实施期) table. */
interface FormHeader {
  r: number;
  cols: LevelColumns;
  longTerm: boolean;
}

const key = (s: string) => cleanText(s).replace(/[\s:：]/g, "");

/** The form on this sheet as a table of one project, or null when the sheet is no 申报表. */
export function readForm(view: SheetView): TableModel | null {
  const titleRow = firstRowMatching(view, 0, Math.min(6, view.rowCount), FORM_TITLE);
  if (titleRow < 0) return null;
  const found: Partial<Record<Label, { r: number; c: number }>> = {};
  const headers: FormHeader[] = [];
  for (let r = titleRow + 1; r < view.rowCount; r++) {
    const cols = levelColumns(view, r);
    if (cols) {
      headers.push({ r, cols, longTerm: /长期|实施期|中长期/.test(rowText(view, Math.max(titleRow, r - 2), r)) });
      continue;
    }
    if (headers.length) continue;
    for (const c of view.filledColumns(r)) {
      const k = key(view.typedText(r, c));
      for (const label of Object.keys(LABELS) as Label[]) if (!found[label] && LABELS[label].test(k)) found[label] = { r, c };
    }
  }
  if (!found.name || headers.length === 0) return null;
  const valueOf = (label: Label) => (found[label] ? valueRight(view, found[label]!.r, found[label]!.c) : null);
  const name = valueOf("name");
  const annual = headers.filter((h) => !h.longTerm);
  const yearly = readIndicators(view, annual.length ? annual : headers, headers);
  const longTerm = annual.length && annual.length < headers.length ? readIndicators(view, headers.filter((h) => h.longTerm), headers) : [];
  for (const ind of yearly) {
    const same = longTerm.find((l) => l.name?.text === ind.name?.text);
    if (same) ind.periodValue = same.annualValue;
  }
  const amountCells: TableRow["amountCells"] = {};
  const amount = (label: "total" | "fiscal" | "other"): Amount => {
    const at = found[label] ? valueRight(view, found[label]!.r, found[label]!.c) : null;
    if (!at) return EMPTY_AMOUNT;
    amountCells[label] = view.a1(at.r, at.c);
    const v = view.value(at.r, at.c);
    return displayedAmount(parseAmount(v), view.numberFormat(at.r, at.c), v);
  };
  const amounts: Amounts = { total: amount("total"), fiscal: amount("fiscal"), special: EMPTY_AMOUNT, other: amount("other") };
  const goal = valueOf("goal");
  const row: TableRow = {
    kind: "project",
    name: name ? cleanText(view.typedText(name.r, name.c)) : "",
    nameCell: name ? view.a1(name.r, name.c) : view.a1(found.name.r, found.name.c),
    row: view.sheetRow(found.name.r),
    lastRow: view.sheetRow(view.rowCount - 1),
    agency: valueOf("agency") ? cleanText(view.typedText(valueOf("agency")!.r, valueOf("agency")!.c)) || null : null,
    department: valueOf("department") ? cleanText(view.typedText(valueOf("department")!.r, valueOf("department")!.c)) || null : null,
    amounts,
    amountCells,
    goal: goal ? { text: cleanText(view.typedText(goal.r, goal.c)), cell: view.a1(goal.r, goal.c), cellText: view.typedText(goal.r, goal.c) } : null,
    goalCell: goal ? view.a1(goal.r, goal.c) : null,
    indicators: yearly,
    indicatorCell: null,
    indicatorText: null,
  };
  const year = /((?:19|20)\d{2})/.exec(rowText(view, titleRow, titleRow + 3));
  return {
    sheet: view.name,
    layout: "form",
    moneyUnit: "万元",
    title: cleanText(rowText(view, titleRow, titleRow + 1)),
    department: row.department,
    budgetYear: year ? Number(year[1]) : null,
    headerRow: view.sheetRow(headers[0].r),
    headerCells: {},
    columns: {},
    missingColumns: [],
    rows: [row],
  };
}

function firstRowMatching(view: SheetView, from: number, to: number, re: RegExp): number {
  for (let r = from; r < to; r++) if (re.test(rowText(view, r, r + 1))) return r;
  return -1;
}

function rowText(view: SheetView, from: number, to: number): string {
  let out = "";
  for (let r = from; r < to; r++) for (const c of view.filledColumns(r)) out += view.typedText(r, c);
  return out;
}

/** The first filled cell right of (r, c) that is no label itself; null when none. */
function valueRight(view: SheetView, r: number, c: number): { r: number; c: number } | null {
  for (let k = c + 1; k < view.colCount; k++) {
    if (view.isBlank(r, k)) continue;
    const m = view.mergeAt(r, c);
    if (m && k <= m.right) continue;
    const text = key(view.typedText(r, k));
    if (Object.values(LABELS).some((re) => re.test(text))) return null;
    return { r, c: k };
  }
  return null;
}

function levelColumns(view: SheetView, r: number): LevelColumns | null {
  const out: Partial<Record<keyof typeof LEVEL, number>> = {};
  for (const c of view.filledColumns(r)) {
    const k = key(view.typedText(r, c));
    for (const name of Object.keys(LEVEL) as (keyof typeof LEVEL)[]) if (out[name] === undefined && LEVEL[name].test(k)) out[name] = c;
  }
  const { level1, level2, level3, value } = out;
  return level1 !== undefined && level3 !== undefined && value !== undefined ? { level1, level2, level3, value } : null;
}

/** The indicator rows under each header, up to the next header or the end of the sheet. */
function readIndicators(view: SheetView, use: FormHeader[], all: FormHeader[]): Indicator[] {
  const out: Indicator[] = [];
  for (const h of use) {
    const next = all.find((x) => x.r > h.r)?.r ?? view.rowCount;
    for (let r = h.r + 1; r < next; r++) {
      const name = cleanText(view.typedText(r, h.cols.level3));
      // a row with a value but no 三级 name is an indicator whose name is missing, not a blank row
      if (!name && !cleanText(view.typedText(r, h.cols.value))) continue;
      const cell = view.a1(r, h.cols.level3);
      const category = (c: number) => {
        const text = cleanText(view.textUnderMerge(r, c));
        return text ? parseCategory(text, { cell: view.a1(r, c), start: 0, end: 0 }) : null;
      };
      const valueText = view.typedText(r, h.cols.value);
      const trimmed = valueText.trim();
      const start = valueText.length - valueText.trimStart().length;
      const value: IndicatorValue = {
        text: trimmed,
        span: { cell: view.a1(r, h.cols.value), start, end: start + trimmed.length },
        parsed: trimmed ? parseValue(trimmed) : { kind: "empty" },
      };
      const typed = view.typedText(r, h.cols.level3);
      out.push({
        seq: out.length + 1,
        seqSpan: null,
        level1: category(h.cols.level1),
        level2: h.cols.level2 === undefined ? null : category(h.cols.level2),
        name: name ? { text: name, span: { cell, start: typed.length - typed.trimStart().length, end: typed.trimEnd().length } } : null,
        periodValue: null,
        annualValue: value,
        cell,
        row: view.sheetRow(r),
        span: { cell, start: 0, end: typed.length },
        itemText: typed,
      });
    }
  }
  return out;
}
