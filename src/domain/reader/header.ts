/**
 * Finding the header row of a 绩效目标表 and mapping its labels to standard columns. Labels come as
 * real workbooks write them: with line breaks and spaces inside (`财政专户\n拨款`), full- or
 * half-width brackets, a unit in brackets (`总计（万元）`) and the variants different templates use.
 * A header may take two rows when a group label (`资金来源`, `绩效指标`) sits above its columns.
 */
import type { ColumnKey, ColumnMap } from "../model";
import { codeSet, firstVisibleCode } from "../indicator/chars";
import { headerKey } from "../text";
import type { SheetView } from "./view";

/** Header labels are short; longer cells are data and are not even looked at. */
const MAX_LABEL_LENGTH = 40;

const UNIT_SUFFIX = "(\\([^)]*\\))?";

/** Ordered: the first pattern that matches a label wins. Keys are matched after headerKey(). */
const LABELS: [ColumnKey, RegExp][] = [
  ["name", /^项目名称/],
  ["name", /^(项目|资金使用单位\(项目名称\)|项目\(资金使用单位\))$/],
  ["department", /^主管部门(名称)?$/],
  ["agency", /^(预算单位|资金使用单位|单位名称|预算单位名称|实施单位)(名称)?$/],
  ["total", new RegExp(`^(总计|合计|金额合计|资金总额|年度资金总额|预算金额|项目金额|资金合计|预算数)${UNIT_SUFFIX}$`)],
  ["fiscal", new RegExp(`^(财政拨款(资金)?|一般公共预算(拨款)?)${UNIT_SUFFIX}$`)],
  ["special", new RegExp(`^财政专户(拨款|管理资金)?(资金)?${UNIT_SUFFIX}$`)],
  ["other", new RegExp(`^(其他资金|其他)${UNIT_SUFFIX}$`)],
  ["goal", new RegExp(`^(年度|项目|整体|年度项目)?绩效目标(内容|描述)?${UNIT_SUFFIX}$`)],
  ["indicators", new RegExp(`^(年度|项目)?绩效指标${UNIT_SUFFIX}$`)],
  ["level1", /^一级指标(名称)?$/],
  ["level2", /^二级指标(名称)?$/],
  ["level3", /^(三级指标(名称)?|指标名称)$/],
  ["periodValue", new RegExp(`^实施周期(指标值|目标值)${UNIT_SUFFIX}$`)],
  ["annualValue", new RegExp(`^(年度)?(指标值|目标值)${UNIT_SUFFIX}$`)],
  ["nature", /^(指标性质|计算符号)$/],
  ["measureUnit", /^(计量|度量)单位$/],
  ["direction", /^指标方向(性)?$/],
];

/** Columns that make a row look like a table header (a title or a note never has several). */
const STRONG: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  "goal",
  "indicators",
  "total",
  "fiscal",
  "special",
  "other",
  "level1",
  "level2",
  "level3",
  "periodValue",
  "annualValue",
]);

/**
 * The characters a label can start with (项目名称, 总计, 绩效目标, 一级指标, 计量单位, 年度指标值…).
 * Most data cells start with something else and are turned away without building a key.
 */
const LABEL_FIRST = codeSet("项资主预单实总合金年财一其整绩二三指计度目");

export function matchHeaderLabel(raw: string): ColumnKey | null {
  if (raw.length > MAX_LABEL_LENGTH || !LABEL_FIRST.has(firstVisibleCode(raw))) return null;
  const key = headerKey(raw);
  if (!key) return null;
  for (const [col, re] of LABELS) if (re.test(key)) return col;
  return null;
}

/** What most rows (data) hold: shared, so a 10,000-row sheet keeps no 10,000 empty maps. */
const NO_LABELS: ReadonlyMap<ColumnKey, number> = new Map();

/**
 * The labels of one row: column key → 0-based grid column (the first occurrence wins). Every row's
 * labels are asked for several times (header search, skipped rows), so the view keeps them.
 */
export function rowLabels(view: SheetView, r: number): ReadonlyMap<ColumnKey, number> {
  return (view.rowLabels[r] ??= computeLabels(view, r));
}

function computeLabels(view: SheetView, r: number): ReadonlyMap<ColumnKey, number> {
  let out: Map<ColumnKey, number> | null = null;
  for (let c = 0; c < view.colCount; c++) {
    const v = view.value(r, c);
    if (typeof v !== "string") continue;
    const key = matchHeaderLabel(v);
    if (key && !out?.has(key)) (out ??= new Map()).set(key, c);
  }
  return out ?? NO_LABELS;
}

function qualifies(labels: ReadonlyMap<ColumnKey, number>): boolean {
  let strong = 0;
  for (const k of labels.keys()) if (STRONG.has(k)) strong++;
  if (labels.has("name")) return strong >= 2;
  return strong >= 3 && (labels.has("goal") || labels.has("indicators") || labels.has("level3"));
}

/** A second header row: something matched, and nothing in it looks like data. */
function isHeaderContinuation(view: SheetView, r: number, labels: ReadonlyMap<ColumnKey, number>): boolean {
  if (labels.size === 0) return false;
  for (const c of view.filledColumns(r)) {
    const v = view.value(r, c);
    if (typeof v !== "string") return false;
    if (matchHeaderLabel(v) === null && headerKey(v).length > 12) return false;
  }
  return true;
}

export interface HeaderMatch {
  /** grid row of the (first) header row */
  row: number;
  /** grid row of the last header row (row + 1 for a two-row header) */
  lastRow: number;
  columns: ColumnMap;
}

/** The header that starts at grid row r, or null. */
export function headerAt(view: SheetView, r: number): HeaderMatch | null {
  const first = rowLabels(view, r);
  if (first.size === 0) return null;
  const single = qualifies(first) ? { row: r, lastRow: r, columns: Object.fromEntries(first) } : null;
  if (r + 1 >= view.rowCount) return single;
  const next = rowLabels(view, r + 1);
  if (!isHeaderContinuation(view, r + 1, next)) return single;
  const merged = new Map(first);
  for (const [k, c] of next) {
    // The lower row may only name columns that are blank above it or sit under a group label
    // merged across them (资金来源 over 财政拨款…); otherwise it is data, e.g. a 合计 row.
    const above = view.isBlank(r, c) ? null : view.mergeAt(r, c);
    if (!view.isBlank(r, c) && !(above && above.right > above.left)) return single;
    merged.set(k, c);
  }
  // A group label names no column of its own.
  for (const [k, c] of [...merged]) {
    if (next.get(k) === c) continue;
    const m = view.mergeAt(r, c);
    if (m && m.right > m.left && [...next.values()].some((lc) => lc >= m.left && lc <= m.right)) merged.delete(k);
  }
  // 绩效指标 written above 一级/二级/三级 without a merge: the level columns win.
  if ((next.has("level1") || next.has("level3")) && !next.has("indicators")) merged.delete("indicators");
  if (!qualifies(merged)) return single;
  return { row: r, lastRow: r + 1, columns: Object.fromEntries(merged) };
}

/** The first header in grid rows [from, to). */
export function findHeader(view: SheetView, from: number, to: number): HeaderMatch | null {
  const end = Math.min(to, view.rowCount);
  for (let r = from; r < end; r++) {
    const h = headerAt(view, r);
    if (h) return h;
  }
  return null;
}

/** Same columns for the same labels: a page-break repeat of the header (or an identical table). */
export function sameColumns(a: ColumnMap, b: ColumnMap): boolean {
  const ka = Object.keys(a) as ColumnKey[];
  const kb = Object.keys(b) as ColumnKey[];
  if (ka.length !== kb.length) return false;
  return ka.every((k) => a[k] === b[k]);
}
