/**
 * The taxonomy questions rules ask about one indicator, answered through GRAMMAR's taxonomy:
 * which 一级 it counts under (written, inferred by the parser, or derived from its 二级), and
 * whether it is a cost indicator. Tables repeat a handful of category spellings thousands of times,
 * so answers are memoised by spelling: the check stays linear and cheap at 10,000 projects.
 */
import type { CategoryRef, Indicator, TableRow } from "../../model";
import { SpellingMemo } from "./memo";
import type { Scheme } from "../../indicator/taxonomy";
import { normalizeCategoryName, parentOf, resolveLevel1, resolveLevel2 } from "../../indicator/taxonomy";

export type Level1Name = "产出" | "效益" | "满意度" | "成本";

/** Per scheme (and one for "any scheme"): the 一级 a written 一级 names, and the 一级 above a 二级. */
const level1ByL1 = { traditional: new SpellingMemo<Level1Name | null>(), fin101: new SpellingMemo<Level1Name | null>() };
const level1ByL2 = { traditional: new SpellingMemo<Level1Name | null>(), fin101: new SpellingMemo<Level1Name | null>() };
const costByL2 = new SpellingMemo<boolean>();

function level1FromL1(ref: CategoryRef, scheme: Scheme): Level1Name | null {
  const memo = level1ByL1[scheme];
  const known = memo.get(ref);
  if (known !== undefined) return known;
  const d = resolveLevel1(ref, scheme) ?? resolveLevel1(ref);
  return memo.set(ref, d ? (d.name as Level1Name) : null);
}

function level1FromL2(ref: CategoryRef, scheme: Scheme): Level1Name | null {
  const memo = level1ByL2[scheme];
  const known = memo.get(ref);
  if (known !== undefined) return known;
  const p = parentOf(ref, scheme) ?? parentOf(ref);
  return memo.set(ref, p ? (p.name as Level1Name) : null);
}

/** Whether a 二级 is one of the cost categories (14 成本 / 41 经济成本 / 42 / 43). */
function isCostLevel2(ref: CategoryRef): boolean {
  const known = costByL2.get(ref);
  if (known !== undefined) return known;
  const d = resolveLevel2(ref);
  return costByL2.set(ref, d ? d.code === "14" || d.parent === "4" : normalizeCategoryName(ref.name).endsWith("成本"));
}

/** The canonical 一级 an indicator counts under, or null when nothing tells. */
export function level1Of(ind: Indicator, scheme: Scheme): Level1Name | null {
  if (ind.level1) {
    const l1 = level1FromL1(ind.level1, scheme);
    if (l1) return l1;
  }
  return ind.level2 ? level1FromL2(ind.level2, scheme) : null;
}

/** A 成本 indicator: 成本 as 一级 (fin101), 成本 as 二级 (traditional 14), or a name about 成本. */
export function isCostIndicator(ind: Indicator, scheme: Scheme): boolean {
  return costOf(ind, level1Of(ind, scheme));
}

function costOf(ind: Indicator, level1: Level1Name | null): boolean {
  return level1 === "成本" || (ind.level2 !== null && isCostLevel2(ind.level2)) || (ind.name !== null && ind.name.text.includes("成本"));
}

/**
 * What several rules ask of each indicator of a project (category-missing, cost-exceeds-amount,
 * satisfaction-misplaced, level-missing), worked out once per project row for all of them. The
 * rules share one walk (support/visitor.ts), which hands every visitor the same CategoryFacts.
 * Models are rebuilt by the reader, never edited in place, so an answer stays right for the walk.
 */
export class CategoryFacts {
  private row: TableRow | null = null;
  private readonly level1s: Array<Level1Name | null> = [];
  private readonly costs: boolean[] = [];

  constructor(readonly scheme: Scheme) {}

  /** The 一级 of the k-th indicator of `row`. */
  level1(row: TableRow, k: number): Level1Name | null {
    if (row !== this.row) this.load(row);
    return this.level1s[k];
  }

  /** Whether the k-th indicator of `row` is a cost indicator. */
  cost(row: TableRow, k: number): boolean {
    if (row !== this.row) this.load(row);
    return this.costs[k];
  }

  private load(row: TableRow): void {
    const inds = row.indicators;
    this.row = row;
    // entries past this row's count are stale and never read: no resizing, the arrays stay packed
    for (let k = 0; k < inds.length; k++) {
      const l1 = level1Of(inds[k], this.scheme);
      this.level1s[k] = l1;
      this.costs[k] = costOf(inds[k], l1);
    }
  }
}
