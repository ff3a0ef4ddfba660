/**
 * Which rows are 资金使用单位 subtotals (agencies). A candidate is a named row with no goal and no
 * indicators; a project that merely lacks its goal looks the same, so a candidate becomes an agency
 * only when something confirms it:
 *  - format: it is less indented than the rows under it, or bold while they are not;
 *  - roll-up: its total matches the sum of the rows under it (up to the next agency or 合计),
 *    within a tolerance, because published subtotals are sometimes off by 0.01 (seed 002: 563.39
 *    against 563.38) and that error is for the rules to report, not a reason to misread the table;
 *  - name: it is named like an organisation (…会, …中心, …局) rather than like a spending item.
 */
import { Big, type Amount } from "../money";
import type { RowKind } from "../model";

export interface Draft {
  /** grid rows of this record: one in the compact layout, one per indicator in the expanded one */
  rows: number[];
  label: "total" | "candidate" | "project";
  name: string;
  indent: number;
  bold: boolean;
  /** the 总计 cell read once (blank when the table has no 总计 column) */
  totalAmount: Amount;
}

/** Organisation-like endings; spending items end in 经费/项目/费 and the like. */
const ORG_NAME = /(会|中心|局|委|办|院|所|站|部|处|厅|馆|校|社|室|队|团|公司|集团|政府|机关|办公室)$/;
/** Names that say they are spending items even when they end like an organisation. */
const ITEM_NAME = /(经费|项目|资金|费用|费|补贴|补助|工程|建设|服务|活动|计划|专项)$/;

export function isOrganisationName(name: string): boolean {
  const n = name.replace(/[（(][^）)]*[)）]$/, "");
  return ORG_NAME.test(n) && !ITEM_NAME.test(n);
}

/**
 * Tolerance of a roll-up, in the table's unit: about a cent in 万元 (the rounding error tables show)
 * scaled to the unit, or 0.1% of the subtotal for big sums.
 */
function tolerance(total: number, unitScale: number): number {
  return Math.max(0.011 * unitScale, Math.abs(total) * 0.001);
}

/** The project rows following `i`, up to the next row for which `stops` is true. */
function runAfter(drafts: Draft[], i: number, stops: (d: Draft, k: number) => boolean): Draft[] {
  const run: Draft[] = [];
  for (let k = i + 1; k < drafts.length; k++) {
    if (stops(drafts[k], k)) break;
    run.push(drafts[k]);
  }
  return run;
}

function formatSignal(d: Draft, run: Draft[]): boolean {
  if (run.length === 0) return false;
  const minIndent = Math.min(...run.map((x) => x.indent));
  if (d.indent < minIndent) return true;
  if (d.indent > minIndent) return false;
  const boldRun = run.filter((x) => x.bold).length;
  return d.bold && boldRun * 2 < run.length;
}

function rollUpSignal(d: Draft, run: Draft[], unitScale: number): boolean {
  const total = d.totalAmount;
  if (total.kind !== "number" || run.length === 0) return false;
  // exact millionths where every amount has them (the usual table), big.js otherwise
  let micros: number | null = total.micros;
  for (let k = 0; k < run.length && micros !== null; k++) {
    const a = run[k].totalAmount;
    if (a.kind === "invalid") return false;
    if (a.kind === "number") micros = a.micros === null ? null : micros - a.micros;
  }
  if (micros !== null && Number.isSafeInteger(micros)) return Math.abs(micros / 1e6) <= tolerance(total.micros! / 1e6, unitScale);
  let sum = new Big(0);
  for (const x of run) {
    const a = x.totalAmount;
    if (a.kind === "invalid") return false;
    if (a.kind === "number") sum = sum.plus(a.value);
  }
  return Math.abs(Number(sum.minus(total.value).toString())) <= tolerance(Number(total.value.toString()), unitScale);
}

/**
 * Decides every draft's kind. `unitScale` converts a cent in 万元 to the table's unit (1 for 万元,
 * 10000 for 元).
 */
export function classifyDrafts(drafts: Draft[], unitScale: number): RowKind[] {
  const kinds: (RowKind | null)[] = drafts.map((d) => (d.label === "total" ? "total" : d.label === "project" ? "project" : null));
  const isBoundary = (d: Draft, k: number) => d.label === "total" || kinds[k] === "agency" || d.label === "candidate";
  // First pass: each candidate against the rows up to the next candidate.
  drafts.forEach((d, i) => {
    if (d.label !== "candidate") return;
    const run = runAfter(drafts, i, isBoundary);
    const org = isOrganisationName(d.name) && run.length > 0;
    if (formatSignal(d, run) || rollUpSignal(d, run, unitScale) || org) kinds[i] = "agency";
  });
  // Later passes: a candidate not yet confirmed may be a project lacking its goal inside another
  // agency's run; retry the roll-up across such rows, up to the next confirmed agency or 合计.
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    drafts.forEach((d, i) => {
      if (d.label !== "candidate" || kinds[i] === "agency") return;
      const run = runAfter(drafts, i, (x, k) => x.label === "total" || kinds[k] === "agency");
      if (rollUpSignal(d, run, unitScale) || formatSignal(d, run)) {
        kinds[i] = "agency";
        changed = true;
      }
    });
    if (!changed) break;
  }
  return kinds.map((k) => k ?? "project");
}
