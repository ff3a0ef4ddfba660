/**
 * The expanded layout: one row per indicator (一级指标 | 二级指标 | 三级指标 | 实施周期指标值 |
 * 年度指标值), the project's own cells (name, amounts, goal) merged vertically over its indicator
 * rows or left blank on the continuation rows. Some exports repeat the project name on every row
 * instead; consecutive rows with the same name are one project too.
 */
import type { CategoryRef, ColumnKey, Indicator, IndicatorValue, ParsedValue, Span } from "../model";
import { parseCategory } from "../indicator/category";
import { parseValue } from "../indicator/values";
import { cleanText } from "../text";
import type { Draft } from "./classify";
import { contentColumns, draftOf, isTotalLabel, skipReason, type TableContext } from "./rows";
import type { SheetView } from "./view";

const INDICATOR_KEYS: ColumnKey[] = ["level1", "level2", "level3", "periodValue", "annualValue"];

function hasIndicatorContent(ctx: TableContext, r: number): boolean {
  return INDICATOR_KEYS.some((k) => !ctx.view.isBlank(r, ctx.columns[k]));
}

/** Groups the data rows [from, to) into one draft per project (or agency / 合计 row). */
export function expandedDrafts(ctx: TableContext, from: number, to: number): Draft[] {
  const { view, columns } = ctx;
  const content = contentColumns(columns);
  const groups: number[][] = [];
  let current: number[] | null = null;
  let currentName = "";
  for (let r = from; r < to; r++) {
    if (skipReason(view, r, columns)) continue;
    const nameBlank = view.isBlank(r, columns.name);
    const name = cleanText(view.typedText(r, columns.name));
    const sameName = !nameBlank && name === currentName && !isTotalLabel(name);
    const continues =
      current !== null &&
      ((nameBlank && (view.continuesMergeFromAbove(r, columns.name) || hasIndicatorContent(ctx, r))) ||
        (sameName && (view.isBlank(r, columns.goal) || sameGoal(view, current[0], r, columns.goal))));
    if (continues && current) {
      current.push(r);
      continue;
    }
    current = [r];
    currentName = name;
    groups.push(current);
  }
  return groups.map((rows) => draftOf(view, rows, columns, content));
}

function sameGoal(view: SheetView, a: number, b: number, goalCol: number | undefined): boolean {
  if (goalCol === undefined) return true;
  return cleanText(view.typedText(a, goalCol)) === cleanText(view.typedText(b, goalCol));
}

/** The cell's text, or the text of the merged area it continues (一级指标 merged over its rows). */
function cellText(view: SheetView, r: number, c: number): { raw: string; r: number; c: number } {
  const raw = view.typedText(r, c);
  if (raw.trim() === "") {
    const m = view.mergeAt(r, c);
    if (m && (m.top < r || m.left < c) && m.top >= 0 && m.left >= 0) return { raw: view.typedText(m.top, m.left), r: m.top, c: m.left };
  }
  return { raw, r, c };
}

/** Span of the trimmed text inside the cell. */
function trimmedSpan(raw: string, cell: string): { text: string; span: Span } {
  const start = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, span: { cell, start, end: start + text.length } };
}

function category(view: SheetView, r: number, c: number | undefined): CategoryRef | null {
  if (c === undefined) return null;
  const at = cellText(view, r, c);
  const { text, span } = trimmedSpan(at.raw, view.a1(at.r, at.c));
  return text ? parseCategory(text, span) : null;
}

function value(view: SheetView, r: number, c: number | undefined): IndicatorValue | null {
  if (c === undefined) return null;
  const { text, span } = trimmedSpan(view.typedText(r, c), view.a1(r, c));
  const parsed: ParsedValue = text ? parseValue(text) : { kind: "empty" };
  return { text: text, span, parsed };
}

/**
 * A value whose unit stands in the 计量单位 column (`≤24` + `万元`) read with it, so rules see the
 * money, count or rate it is; the text and span stay the value cell's own.
 */
function withMeasureUnit(v: IndicatorValue | null, unit: string): IndicatorValue | null {
  if (!v || v.parsed.kind !== "quantity" || v.parsed.unit !== null) return v;
  const joined = parseValue(`${v.text}${unit}`);
  return joined.kind === "quantity" && joined.unit !== null ? { ...v, parsed: joined, unitFromColumn: true } : v;
}

function optionalText(view: SheetView, r: number, c: number | undefined): string | null | undefined {
  if (c === undefined) return undefined;
  return cleanText(cellText(view, r, c).raw) || null;
}

/** One Indicator per row that has indicator content; seq is the position within the project. */
export function expandedIndicators(ctx: TableContext, draft: Draft): { indicators: Indicator[]; cell: null; text: null } {
  const { view, columns } = ctx;
  const out: Indicator[] = [];
  for (const r of draft.rows) {
    if (!hasIndicatorContent(ctx, r)) continue;
    const nameCol = columns.level3 ?? columns.level2 ?? columns.level1 ?? 0;
    const cell = view.a1(r, nameCol);
    const raw = view.typedText(r, nameCol);
    const level3 = columns.level3 === undefined ? { text: "", span: { cell, start: 0, end: 0 } } : trimmedSpan(raw, cell);
    const ind: Indicator = {
      seq: out.length + 1,
      seqSpan: null,
      level1: category(view, r, columns.level1),
      level2: category(view, r, columns.level2),
      name: level3.text ? { text: cleanText(level3.text), span: level3.span } : null,
      periodValue: value(view, r, columns.periodValue),
      annualValue: value(view, r, columns.annualValue),
      cell,
      row: view.sheetRow(r),
      span: { cell, start: 0, end: raw.length },
      itemText: raw,
    };
    const nature = optionalText(view, r, columns.nature);
    if (nature !== undefined) ind.nature = nature;
    const unit = optionalText(view, r, columns.measureUnit);
    if (unit !== undefined) ind.measureUnit = unit;
    if (unit) {
      ind.periodValue = withMeasureUnit(ind.periodValue, unit);
      ind.annualValue = withMeasureUnit(ind.annualValue, unit);
    }
    const direction = optionalText(view, r, columns.direction);
    if (direction !== undefined) ind.direction = direction;
    out.push(ind);
  }
  return { indicators: out, cell: null, text: null };
}
