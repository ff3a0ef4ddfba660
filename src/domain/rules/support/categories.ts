/**
 * The taxonomy questions rules ask about one indicator, answered through GRAMMAR's taxonomy:
 * which 一级 it counts under (written, inferred by the parser, or derived from its 二级), and
 * whether it is a cost indicator. Tables repeat a handful of category spellings thousands of times,
 * so answers are memoised by spelling: the check stays linear and cheap at 10,000 projects.
 */
import type { CategoryRef, Indicator } from "../../model";
import { NestedMemo } from "./memo";
import type { Scheme } from "../rule";
import {
  normalizeCategoryName,
  parentOf,
  resolveLevel1,
  resolveLevel2,
  type Level1Def,
  type Level2Def,
} from "../../indicator/taxonomy";

export type Level1Name = "产出" | "效益" | "满意度" | "成本";

const memo = <T>(f: (ref: CategoryRef, scheme: Scheme | undefined) => T) => {
  const cache = new NestedMemo<T>();
  return (ref: CategoryRef, scheme?: Scheme): T => cache.get([scheme, ref.code, ref.name], () => f(ref, scheme));
};

/** resolveLevel1 / resolveLevel2 / parentOf, memoised by (code, name, scheme). */
export const level1Def = memo<Level1Def | null>((ref, scheme) => resolveLevel1(ref, scheme));
export const level2Def = memo<Level2Def | null>((ref, scheme) => resolveLevel2(ref, scheme));
const parentDef = memo<Level1Def | null>((ref, scheme) => parentOf(ref, scheme));

interface Facts {
  scheme: Scheme;
  level1: Level1Name | null;
  cost: boolean;
}

/**
 * Per indicator, what several rules ask (category-missing, cost-exceeds-amount, satisfaction-
 * misplaced …), computed once. The rules share one walk (support/visitor.ts), so the askers of one
 * indicator come close together: a small ring of the latest answers catches nearly every repeat
 * without a WeakMap entry per indicator (47,000 of those per pass cost more in lookups and garbage
 * collection than the answers themselves). A miss only recomputes, from memoised spellings.
 * Models are rebuilt by the reader, never edited in place, so an answer stays right.
 */
const RECENT = 16;
const recentInd: Array<Indicator | null> = new Array<Indicator | null>(RECENT).fill(null);
const recentFacts: Array<Facts | null> = new Array<Facts | null>(RECENT).fill(null);
let recentNext = 0;

function factsOf(ind: Indicator, scheme: Scheme): Facts {
  for (let k = 0; k < RECENT; k++) {
    if (recentInd[k] === ind) {
      const f = recentFacts[k]!;
      if (f.scheme === scheme) return f;
    }
  }
  const level1 = computeLevel1(ind, scheme);
  const cost = level1 === "成本" || (ind.level2 !== null && isCostLevel2(ind.level2)) || (ind.name?.text ?? "").includes("成本");
  const f: Facts = { scheme, level1, cost };
  recentInd[recentNext] = ind;
  recentFacts[recentNext] = f;
  recentNext = (recentNext + 1) % RECENT;
  return f;
}

/** The canonical 一级 an indicator counts under, or null when nothing tells. */
export function level1Of(ind: Indicator, scheme: Scheme): Level1Name | null {
  return factsOf(ind, scheme).level1;
}

function computeLevel1(ind: Indicator, scheme: Scheme): Level1Name | null {
  if (ind.level1) {
    const d = level1Def(ind.level1, scheme) ?? level1Def(ind.level1);
    if (d) return d.name as Level1Name;
  }
  if (ind.level2) {
    const p = parentDef(ind.level2, scheme) ?? parentDef(ind.level2);
    if (p) return p.name as Level1Name;
  }
  return null;
}

/** Whether a 二级 is one of the cost categories (14 成本 / 41 经济成本 / 42 / 43). */
const isCostLevel2 = memo<boolean>((ref) => {
  const d = resolveLevel2(ref);
  if (d) return d.code === "14" || d.parent === "4";
  return normalizeCategoryName(ref.name).endsWith("成本");
});

/** A 成本 indicator: 成本 as 一级 (fin101), 成本 as 二级 (traditional 14), or a name about 成本. */
export function isCostIndicator(ind: Indicator, scheme: Scheme): boolean {
  return factsOf(ind, scheme).cost;
}
