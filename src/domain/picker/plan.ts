/**
 * The write plan for one new indicator, pure: what the host will write, computed and checked before
 * anything touches the workbook.
 *
 * Compact layout: the project's 绩效指标 cell gets one more item, in the cell's own dialect (codes or
 * not, its separators and colon, its terminator and joiner), numbered after the highest number. A
 * broken numbering (1、1、2) is reported and, when asked, rewritten to 1..n first. `before` is the
 * cell's exact text so the host can refuse to write over a cell the user changed meanwhile, and undo
 * restores it byte for byte. The plan parses `after` back and says whether every old item reads the
 * same and the new one reads as the spec (`check`); a plan that fails its check must not be written.
 */
import { cleanText } from "../text";
import { appendIndicator, formatIndicator, renumber, type IndicatorSpec } from "../indicator/format";
import { detectDialect, type IndicatorDialect } from "../indicator/dialect";
import { isPlaceholder, parseIndicatorCell } from "../indicator/parse";
import { resolveLevel1, resolveLevel2 } from "../indicator/taxonomy";
import { trimValueText } from "../indicator/values";
import type { Indicator, TableModel, TableRow } from "../model";
import type { MergedArea } from "../grid";
import { planExpandedInsert, type ExpandedPlan } from "./expanded-plan";
import { PlanError } from "./plan-error";

export { planExpandedInsert, type ExpandedPlan, type ExpandedCellValue, type MergeChange } from "./expanded-plan";
export { copyFromProject } from "./copy";
export { PlanError } from "./plan-error";


export interface PlanCheck {
  ok: boolean;
  /** Chinese, one line per problem found when reading `after` back */
  problems: string[];
}

export interface CompactPlan {
  kind: "compact";
  sheet: string | null;
  project: string;
  /** the 绩效指标 cell (A1) */
  cell: string;
  /** the cell's exact current text ("" when blank) */
  before: string;
  /** the exact text to write */
  after: string;
  /** the new item as written (the tail of `after`) */
  added: string;
  /** the new item's number */
  seq: number;
  dialect: IndicatorDialect;
  /** the existing numbers are not 1..n (duplicates, gaps): offer renumbering */
  numberingBroken: boolean;
  /** `after` also renumbers the existing items */
  renumbered: boolean;
  /** the cell writes no 二级 (short dialect): the spec's 二级 is not written */
  level2Omitted: boolean;
  /** the cell writes no 实施周期指标值 and the spec's period value differs from its annual one */
  periodValueOmitted: boolean;
  check: PlanCheck;
}

export interface CompactOptions {
  /** renumber the existing items 1..n before appending */
  renumber?: boolean;
  /** the project's table: its sheet name for messages, its other cells' dialect for a blank cell */
  table?: TableModel;
}

/** Whether the numbered items of a cell are not exactly 1, 2, …, n. */
export function numberingBroken(indicators: readonly Indicator[]): boolean {
  const seqs = indicators.map((i) => i.seq).filter((s): s is number => s !== null);
  return seqs.some((s, k) => s !== k + 1);
}

/** The dialect most of the table's filled 绩效指标 cells use (for a blank cell). */
export function tableDialect(table: TableModel | undefined): IndicatorDialect | undefined {
  if (!table) return undefined;
  const votes = new Map<string, { d: IndicatorDialect; n: number }>();
  for (const r of table.rows) {
    if (r.kind !== "project" || !r.indicatorText || isPlaceholder(cleanText(r.indicatorText))) continue;
    const d = detectDialect(r.indicatorText);
    const key = JSON.stringify(d);
    const v = votes.get(key) ?? { d, n: 0 };
    v.n++;
    votes.set(key, v);
  }
  let best: { d: IndicatorDialect; n: number } | undefined;
  for (const v of votes.values()) if (!best || v.n > best.n) best = v;
  return best?.d;
}

const sameText = (a: string | null | undefined, b: string | null | undefined) => cleanText(a ?? "") === cleanText(b ?? "");
const codeOf1 = (i: Indicator) => (i.level1 ? resolveLevel1(i.level1)?.code ?? i.level1.name : null);
const codeOf2 = (i: Indicator) => (i.level2 ? resolveLevel2(i.level2)?.code ?? i.level2.name : null);

/** Reads `after` back: the old items unchanged, one new item equal to the spec. */
export function checkCompact(before: string, after: string, spec: IndicatorSpec, dialect: IndicatorDialect, seq: number, renumbered: boolean): PlanCheck {
  const problems: string[] = [];
  const old = parseIndicatorCell(before, "", 0);
  const now = parseIndicatorCell(after, "", 0);
  if (now.length !== old.length + 1) {
    problems.push(`写入后读出${now.length}条指标，应为${old.length + 1}条`);
    return { ok: false, problems };
  }
  old.forEach((o, k) => {
    const n = now[k];
    const same =
      sameText(o.name?.text, n.name?.text) &&
      sameText(o.annualValue?.text, n.annualValue?.text) &&
      sameText(o.periodValue?.text, n.periodValue?.text) &&
      codeOf1(o) === codeOf1(n) &&
      codeOf2(o) === codeOf2(n) &&
      (renumbered ? n.seq === k + 1 || o.seq === null : o.seq === n.seq);
    if (!same) problems.push(`原第${k + 1}条指标“${o.name?.text ?? ""}”写入后读法改变`);
  });
  const added = now[now.length - 1];
  const annual = trimValueText(spec.annualValue);
  const period = trimValueText(spec.periodValue ?? spec.annualValue);
  if (added.seq !== seq) problems.push(`新指标的序号读作${added.seq ?? "无"}，应为${seq}`);
  if (!sameText(added.name?.text, spec.name.trim())) problems.push(`新指标的名称读作“${added.name?.text ?? ""}”，应为“${spec.name.trim()}”`);
  if (!sameText(added.annualValue?.text, annual)) problems.push(`新指标的年度指标值读作“${added.annualValue?.text ?? ""}”，应为“${annual}”`);
  if (dialect.hasPeriodValue && !sameText(added.periodValue?.text, period)) {
    problems.push(`新指标的实施周期指标值读作“${added.periodValue?.text ?? ""}”，应为“${period}”`);
  }
  const want1 = resolveLevel1(spec.level1.code ? `${spec.level1.code}-${spec.level1.name}` : spec.level1.name)?.code;
  if (codeOf1(added) !== want1) problems.push(`新指标的一级指标读作“${added.level1?.name ?? ""}”，应为“${spec.level1.name}”`);
  if (dialect.hasLevel2 && spec.level2) {
    const want2 = resolveLevel2(spec.level2.code ? `${spec.level2.code}-${spec.level2.name}` : spec.level2.name)?.code;
    if (codeOf2(added) !== want2) problems.push(`新指标的二级指标读作“${added.level2?.name ?? ""}”，应为“${spec.level2.name}”`);
  }
  return { ok: problems.length === 0, problems };
}

/** The plan to append `spec` to a compact-layout project's 绩效指标 cell. */
export function planCompactInsert(row: TableRow, spec: IndicatorSpec, opts: CompactOptions = {}): CompactPlan {
  const sheet = opts.table?.sheet ?? null;
  if (row.kind !== "project") throw new PlanError(`${sheet ? `工作表“${sheet}”` : ""}第${row.row}行“${row.name}”不是项目行，不能插入指标`);
  if (!row.indicatorCell) {
    throw new PlanError(`${sheet ? `工作表“${sheet}”` : ""}项目“${row.name}”（第${row.row}行）没有“绩效指标”单元格，不能按紧凑格式插入`);
  }
  const before = row.indicatorText ?? "";
  const dialect = detectDialect(before, tableDialect(opts.table));
  const existing = parseIndicatorCell(before, row.indicatorCell, row.row);
  const broken = numberingBroken(existing);
  const renumbered = Boolean(opts.renumber && broken);
  const base = renumbered ? renumber(before) : before;
  const after = appendIndicator(base, spec, dialect);
  const seq = renumbered ? existing.filter((i) => i.seq !== null).length + 1 : Math.max(0, ...existing.map((i) => i.seq ?? 0)) + 1;
  const period = spec.periodValue === null ? null : trimValueText(spec.periodValue);
  return {
    kind: "compact",
    sheet,
    project: row.name,
    cell: row.indicatorCell,
    before,
    after,
    added: formatIndicator(spec, seq, dialect),
    seq,
    dialect,
    numberingBroken: broken,
    renumbered,
    level2Omitted: !dialect.hasLevel2 && spec.level2 !== null,
    periodValueOmitted: !dialect.hasPeriodValue && period !== null && period !== trimValueText(spec.annualValue),
    check: checkCompact(before, after, spec, dialect, seq, renumbered),
  };
}

export type InsertPlan = CompactPlan | ExpandedPlan;

/**
 * The plan for the table's layout: a new item in the 绩效指标 cell (compact and agency layouts) or
 * a new row (expanded). `merges` are the sheet's merged areas, needed by the expanded layout.
 */
export function planInsert(
  table: TableModel,
  row: TableRow,
  spec: IndicatorSpec,
  opts: { renumber?: boolean; merges?: readonly MergedArea[] } = {},
): InsertPlan {
  if (table.layout === "expanded") return planExpandedInsert(table, row, spec, { merges: opts.merges });
  return planCompactInsert(row, spec, { renumber: opts.renumber, table });
}

/** What the preview shows: the exact cell text, or the exact row, that will be written. */
export function previewText(plan: InsertPlan): string {
  if (plan.kind === "compact") return plan.after;
  const where = plan.insertRow ? `在第${plan.insertAfterRow}行下插入第${plan.row}行` : `填入第${plan.row}行`;
  const cells = plan.values.map((v) => `${v.cell} ${v.header}：${v.value ?? "（合并单元格，同上）"}`);
  const merges = plan.mergeExtensions.map((m) => `合并区域 ${m.fromA1} 扩展为 ${m.toA1}`);
  return [where, ...cells, ...merges].join("\n");
}
