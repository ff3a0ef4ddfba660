/**
 * The suggestion library in a table's scheme: each name under the 二级 code it belongs to there, and
 * a search over the names (substring first, then the query's characters in order: 满意 finds
 * 参训人员满意度, 培成 finds 人均培训成本), grouped by 二级 in table order.
 *
 * Groups map onto schemes as the taxonomy does: 成本 is 14 under 产出 traditionally and 41 经济成本
 * under 财预〔2021〕101号; 社会成本/生态环境成本 are 42/43 under 101 and fold into 14 otherwise;
 * 可持续影响 (24) has no 101 code and is offered under 22 社会效益 there.
 */
import { LEVEL1, LEVEL2, type Level1Def, type Level2Def, type Scheme } from "../indicator/taxonomy";
import { toHalfWidth } from "../money";
import { COMMON_ROWS, PROJECT_TYPE_ROWS, SEED_ROWS, type LibraryComparator, type LibraryGroup, type LibraryRow } from "./library-data";
import type { ValueKind } from "./value-form";

export interface Suggestion {
  name: string;
  /** the 一级 and 二级 codes in the scheme asked for */
  level1: string;
  level2: string;
  kind: ValueKind;
  comparator: LibraryComparator;
  /** the unit for a quantity; "%" for a rate; "" otherwise */
  unit: string;
  /** a usual target (90 for a satisfaction rate, a grade for a qualitative one); absent when none is usual */
  typical?: string;
  /** found in the seed tables */
  fromSeed: boolean;
}

export interface SuggestionGroup {
  level1: Level1Def;
  level2: Level2Def;
  items: Suggestion[];
}

const GROUP_CODES: Readonly<Record<Scheme, Readonly<Record<LibraryGroup, string>>>> = {
  traditional: {
    数量: "11", 质量: "12", 时效: "13", 成本: "14", 社会成本: "14", 生态环境成本: "14",
    经济效益: "21", 社会效益: "22", 生态效益: "23", 可持续影响: "24", 服务对象满意度: "31",
  },
  fin101: {
    数量: "11", 质量: "12", 时效: "13", 成本: "41", 社会成本: "42", 生态环境成本: "43",
    经济效益: "21", 社会效益: "22", 生态效益: "23", 可持续影响: "22", 服务对象满意度: "31",
  },
};

function toSuggestion(row: LibraryRow, scheme: Scheme, fromSeed: boolean): Suggestion {
  const [name, group, kind, comparator, unit, typical] = row;
  const level2 = GROUP_CODES[scheme][group];
  const s: Suggestion = { name, level1: level2[0], level2, kind, comparator, unit: kind === "rate" ? "%" : unit, fromSeed };
  if (typical !== undefined) s.typical = typical;
  return s;
}

const cache = new Map<Scheme, Suggestion[]>();

/** Every suggestion in the scheme; a name in both lists is kept once (the seed entry). */
export function librarySuggestions(scheme: Scheme): Suggestion[] {
  const hit = cache.get(scheme);
  if (hit) return hit;
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const [rows, fromSeed] of [[SEED_ROWS, true], [COMMON_ROWS, false], [PROJECT_TYPE_ROWS, false]] as const) {
    for (const row of rows) {
      if (seen.has(row[0])) continue;
      seen.add(row[0]);
      out.push(toSuggestion(row, scheme, fromSeed));
    }
  }
  cache.set(scheme, out);
  return out;
}

/** The suggestion with exactly this name (after trimming and width folding), or null. */
export function findSuggestion(name: string, scheme: Scheme): Suggestion | null {
  const key = searchKey(name);
  return librarySuggestions(scheme).find((s) => searchKey(s.name) === key) ?? null;
}

function searchKey(s: string): string {
  return toHalfWidth(s ?? "").replace(/\s+/g, "").toLowerCase();
}

/**
 * How well a name matches: 0 equal, 1 prefix, 2 substring, 3 the characters in order, null no
 * match. Pinyin is not needed: users type the characters of the name.
 */
export function matchScore(name: string, query: string): number | null {
  const n = searchKey(name);
  const q = searchKey(query);
  if (!q) return 2;
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  if (n.includes(q)) return 2;
  let at = 0;
  for (const ch of q) {
    const i = n.indexOf(ch, at);
    if (i < 0) return null;
    at = i + 1;
  }
  return 3;
}

export interface SearchOptions {
  /** only this 二级 code */
  level2?: string;
  /** only under this 一级 code */
  level1?: string;
  /** at most this many per group (default: all) */
  limitPerGroup?: number;
}

/**
 * Suggestions matching `query`, grouped by 二级 in the scheme's table order; within a group the
 * best matches first, then seed names, then shorter names. An empty query lists everything.
 */
export function searchLibrary(query: string, scheme: Scheme, opts: SearchOptions = {}): SuggestionGroup[] {
  const scored: Array<{ s: Suggestion; score: number }> = [];
  for (const s of librarySuggestions(scheme)) {
    if (opts.level2 && s.level2 !== opts.level2) continue;
    if (opts.level1 && s.level1 !== opts.level1) continue;
    const score = matchScore(s.name, query);
    if (score !== null) scored.push({ s, score });
  }
  const groups: SuggestionGroup[] = [];
  for (const level2 of LEVEL2[scheme]) {
    const items = scored
      .filter((x) => x.s.level2 === level2.code)
      .sort((a, b) => a.score - b.score || Number(b.s.fromSeed) - Number(a.s.fromSeed) || a.s.name.length - b.s.name.length)
      .map((x) => x.s);
    if (!items.length) continue;
    const level1 = LEVEL1[scheme].find((d) => d.code === level2.parent)!;
    groups.push({ level1, level2, items: opts.limitPerGroup ? items.slice(0, opts.limitPerGroup) : items });
  }
  return groups;
}

/** The suggestions of one 二级 (for the name field once 二级 is chosen). */
export function suggestionsFor(level2Code: string, scheme: Scheme): Suggestion[] {
  return librarySuggestions(scheme).filter((s) => s.level2 === level2Code);
}
