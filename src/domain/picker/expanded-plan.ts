/**
 * The write plan in the expanded layout (one row per indicator): a new row right under the
 * project's last indicator row, its cells written the way the table writes its others (category
 * codes or not, the 指标 suffix, full values or bare numbers beside a 计量单位 column, ＝ or =), and
 * the project's vertically merged cells (name, amounts, goal …) extended over the new row so that
 * the project still reads as one. A project with no indicator yet gets its own first row filled
 * instead of a new one.
 *
 * Merged areas are not part of the TableModel; pass the sheet's (SheetGrid.merges, 0-based, sheet
 * coordinates). Without them `mergesKnown` is false and no extension is planned.
 *
 * For the host: insert a whole row below `insertAfterRow` (Excel shifts what is below, formulas
 * follow), then write `values`, then for each of `mergeExtensions` merge `to` (Excel does not grow a
 * merged area that ends exactly on the row above an inserted one).
 */
import { columnLetter, toA1 } from "../address";
import { applySuffix, type IndicatorSpec } from "../indicator/format";
import { resolveLevel1 } from "../indicator/taxonomy";
import { parseValue } from "../indicator/values";
import type { MergedArea } from "../grid";
import type { CategoryRef, ColumnKey, Indicator, TableModel, TableRow } from "../model";
import { PlanError } from "./plan-error";

export interface ExpandedCellValue {
  column: ColumnKey;
  /** the column's usual header (一级指标 …) */
  header: string;
  /** 0-based sheet column */
  col: number;
  /** A1 of the cell on the written row */
  cell: string;
  /** null: left blank because a merged area above now covers it */
  value: string | null;
}

export interface MergeChange {
  from: MergedArea;
  to: MergedArea;
  fromA1: string;
  toA1: string;
}

export interface ExpandedPlan {
  kind: "expanded";
  sheet: string;
  project: string;
  /** false: the project has no indicator row yet and its own row is filled */
  insertRow: boolean;
  /** the project's last indicator row (1-based); the new row comes right under it */
  insertAfterRow: number;
  /** the row written (1-based) */
  row: number;
  values: ExpandedCellValue[];
  mergeExtensions: MergeChange[];
  mergesKnown: boolean;
}

const HEADERS: Partial<Record<ColumnKey, string>> = {
  level1: "一级指标", level2: "二级指标", level3: "三级指标", nature: "指标性质", measureUnit: "计量单位",
  periodValue: "实施周期指标值", annualValue: "年度指标值", direction: "指标方向性",
};
const INDICATOR_COLUMNS: readonly ColumnKey[] = ["level1", "level2", "level3", "nature", "measureUnit", "periodValue", "annualValue", "direction"];

const rangeA1 = (m: MergedArea) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;
const majority = (yes: number, all: number) => all > 0 && yes * 2 > all;

function suffixOf(names: string[]): boolean | null {
  if (!names.length) return null;
  const n = names.filter((x) => x.endsWith("指标")).length;
  return n === names.length ? true : n === 0 ? false : null;
}

/** How the table writes categories, values and natures, read off its indicator rows. */
function styleOf(table: TableModel) {
  const inds = table.rows.filter((r) => r.kind === "project").flatMap((r) => r.indicators);
  const refs = (k: "level1" | "level2") => inds.map((i) => i[k]).filter((c): c is CategoryRef => !!c && !c.inferred);
  const l1 = refs("level1");
  const l2 = refs("level2");
  const withUnitCol = inds.filter((i) => i.measureUnit);
  const quantities = withUnitCol.map((i) => i.annualValue).filter((v) => v?.parsed.kind === "quantity");
  // a unit the reader took from the 计量单位 column is no unit written in the value
  const bare = quantities.filter((v) => v?.unitFromColumn || (v?.parsed.kind === "quantity" && v.parsed.unit === null)).length;
  const natures = inds.map((i) => i.nature ?? "").filter(Boolean);
  const directions = inds.map((i) => i.direction ?? "").filter(Boolean);
  return {
    codes1: majority(l1.filter((c) => c.code).length, l1.length) || !l1.length,
    codes2: majority(l2.filter((c) => c.code).length, l2.length) || !l2.length,
    suffix1: suffixOf(l1.map((c) => c.name)),
    // the export mixes 数量指标 with 社会效益: only a table that never writes 指标 after a 二级 decides
    suffix2: suffixOf(l2.map((c) => c.name)) === false ? false : null,
    bareNumbers: majority(bare, quantities.length),
    fullWidthNature: natures.some((n) => /[＝＞＜]/.test(n)),
    directionSuffix: directions.some((d) => d.endsWith("指标")),
  };
}
type Style = ReturnType<typeof styleOf>;

function categoryText(ref: { code: string | null; name: string }, codes: boolean, suffix: boolean | null): string {
  const name = applySuffix(ref.name, suffix);
  return codes && ref.code ? `${ref.code}-${name}` : name;
}

/** 指标性质, 计量单位, 指标方向性 and the value cell text for one value. */
function valueCells(text: string, style: Style, table: TableModel) {
  const p = parseValue(text);
  const full = (c: string) => (style.fullWidthNature ? ({ "=": "＝", ">": "＞", "<": "＜" } as Record<string, string>)[c] ?? c : c);
  if (p.kind === "quantity") {
    const cmp = p.comparator ?? "=";
    const bare = style.bareNumbers && table.columns.measureUnit !== undefined && !p.prefix;
    const value = bare ? (table.columns.nature !== undefined ? p.numberText : `${p.comparator ?? ""}${p.numberText}`) : text;
    return { value, nature: full(cmp), unit: p.unit, positive: cmp === "≥" || cmp === ">" || cmp === "=" };
  }
  if (p.kind === "deadline") return { value: text, nature: "≤", unit: null, positive: false };
  return { value: text, nature: "定性", unit: null, positive: null };
}

/** The 1-based row of the project's last indicator (its last row when it has none). */
function lastIndicatorRow(row: TableRow): number {
  return row.indicators.length ? Math.max(...row.indicators.map((i) => i.row)) : row.lastRow;
}

function lastIndicator(row: TableRow): Indicator | null {
  return row.indicators.length ? row.indicators.reduce((a, b) => (b.row >= a.row ? b : a)) : null;
}

export function planExpandedInsert(
  table: TableModel,
  row: TableRow,
  spec: IndicatorSpec,
  opts: { merges?: readonly MergedArea[] } = {},
): ExpandedPlan {
  if (row.kind !== "project") throw new PlanError(`工作表“${table.sheet}”第${row.row}行“${row.name}”不是项目行，不能插入指标`);
  const cols = table.columns;
  if (cols.level3 === undefined || cols.annualValue === undefined) {
    throw new PlanError(`工作表“${table.sheet}”缺少“三级指标”或“年度指标值”列，不能按逐行格式插入指标`);
  }
  const style = styleOf(table);
  const insertRow = row.indicators.length > 0;
  const after = lastIndicatorRow(row);
  const target = insertRow ? after + 1 : row.row;
  const r0 = after - 1; // 0-based row of the last indicator
  const merges = opts.merges ?? [];
  const mergeExtensions: MergeChange[] = [];
  const extend = (m: MergedArea) => {
    const to = { ...m, bottom: m.bottom + 1 };
    mergeExtensions.push({ from: { ...m }, to, fromA1: rangeA1(m), toA1: rangeA1(to) });
  };
  // 一级 merged over a run of the same category: the run goes on when the new one shares it
  let level1Merged = false;
  const prev = lastIndicator(row);
  if (insertRow && cols.level1 !== undefined && prev?.level1) {
    const same = resolveLevel1(prev.level1)?.code === (resolveLevel1(spec.level1.code ? `${spec.level1.code}-${spec.level1.name}` : spec.level1.name)?.code ?? "?");
    const m = merges.find((a) => a.left <= cols.level1! && a.right >= cols.level1! && a.top <= r0 && a.bottom === r0 && a.bottom > a.top);
    if (same && m) {
      extend(m);
      level1Merged = true;
    }
  }
  if (insertRow) {
    const indicatorCols = new Set(INDICATOR_COLUMNS.map((k) => cols[k]).filter((c): c is number => c !== undefined));
    for (const m of merges) {
      const vertical = m.bottom > m.top;
      const inProject = m.top >= row.row - 1 && m.top <= r0 && m.bottom >= r0;
      const projectColumns = [...Array(m.right - m.left + 1).keys()].every((k) => !indicatorCols.has(m.left + k));
      if (vertical && inProject && projectColumns) extend(m);
    }
  }
  const annual = valueCells(spec.annualValue, style, table);
  const period = valueCells(spec.periodValue ?? spec.annualValue, style, table);
  const direction = annual.positive === null ? null : `${annual.positive ? "正向" : "反向"}${style.directionSuffix ? "指标" : ""}`;
  const texts: Partial<Record<ColumnKey, string | null>> = {
    level1: level1Merged ? null : categoryText(spec.level1, style.codes1, style.suffix1),
    level2: spec.level2 ? categoryText(spec.level2, style.codes2, style.suffix2) : null,
    level3: spec.name.trim(),
    nature: annual.nature,
    measureUnit: annual.unit,
    periodValue: period.value,
    annualValue: annual.value,
    direction,
  };
  const values: ExpandedCellValue[] = [];
  for (const key of INDICATOR_COLUMNS) {
    const col = cols[key];
    if (col === undefined) continue;
    values.push({ column: key, header: HEADERS[key]!, col, cell: `${columnLetter(col)}${target}`, value: texts[key] ?? null });
  }
  values.sort((a, b) => a.col - b.col);
  return {
    kind: "expanded",
    sheet: table.sheet,
    project: row.name,
    insertRow,
    insertAfterRow: after,
    row: target,
    values,
    mergeExtensions,
    mergesKnown: opts.merges !== undefined,
  };
}
