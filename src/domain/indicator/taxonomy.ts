/**
 * The fixed 一级/二级 indicator taxonomy (domain.md §1) in its two generations:
 *  - traditional (财预〔2015〕88号 / Guangdong export): 成本 is 二级 14 under 产出, 可持续影响 24 exists;
 *  - fin101 (财预〔2021〕101号): 成本 is 一级 4 with 41 经济成本 42 社会成本 43 生态环境成本; no 14 / 24.
 * Names are compared after normalisation (the MoF system drops "指标"), and through an alias table
 * for the wordings seen in real tables (环境效益, 效果指标, 预算控制指标 …).
 */
import type { CategoryRef, Indicator } from "../model";

export type Scheme = "traditional" | "fin101";
export const SCHEMES: readonly Scheme[] = ["traditional", "fin101"];

export interface Level1Def {
  code: string;
  /** canonical name without 指标 (产出) */
  name: string;
  /** the name as tables usually write it (产出指标) */
  label: string;
}

export interface Level2Def extends Level1Def {
  /** the 一级 code this belongs to */
  parent: string;
  /**
   * how the Guangdong export writes it after the code: 11-数量指标 but 22-社会效益, 31-服务对象满意度,
   * 41-经济成本指标 (seen in seeds 001/002; 14/23/42/43 follow the same pattern by analogy)
   */
  exportName: string;
}

const l1 = (code: string, name: string): Level1Def => ({ code, name, label: `${name}指标` });
const l2 = (code: string, name: string): Level2Def => ({
  code,
  name,
  label: `${name}指标`,
  parent: code[0],
  exportName: /(效益|满意度|影响)$/.test(name) ? name : `${name}指标`,
});

const SHARED_LEVEL1 = [l1("1", "产出"), l1("2", "效益"), l1("3", "满意度")];

/** 一级 lists per scheme, in table order (for a picker). */
export const LEVEL1: Readonly<Record<Scheme, readonly Level1Def[]>> = {
  traditional: SHARED_LEVEL1,
  fin101: [...SHARED_LEVEL1, l1("4", "成本")],
};

/** 二级 lists per scheme, in table order (for a picker). */
export const LEVEL2: Readonly<Record<Scheme, readonly Level2Def[]>> = {
  traditional: [
    l2("11", "数量"), l2("12", "质量"), l2("13", "时效"), l2("14", "成本"),
    l2("21", "经济效益"), l2("22", "社会效益"), l2("23", "生态效益"), l2("24", "可持续影响"),
    l2("31", "服务对象满意度"),
  ],
  fin101: [
    l2("11", "数量"), l2("12", "质量"), l2("13", "时效"),
    l2("21", "经济效益"), l2("22", "社会效益"), l2("23", "生态效益"),
    l2("31", "服务对象满意度"),
    l2("41", "经济成本"), l2("42", "社会成本"), l2("43", "生态环境成本"),
  ],
};

/** Wordings seen in real tables → canonical 一级 name (keys normalised). */
const LEVEL1_ALIASES: Record<string, string> = {
  效果: "效益",
  预期效果: "效益",
  预期产出: "产出",
  预算控制: "成本",
  投资规模控制: "成本",
  "预算(或投资规模)控制": "成本",
  预算或投资规模控制: "成本",
  成本控制: "成本",
  社会公众或服务对象满意度: "满意度",
};

/** Wordings seen in real tables → canonical 二级 name (keys normalised). */
const LEVEL2_ALIASES: Record<string, string> = {
  环境效益: "生态效益",
  生态环境效益: "生态效益",
  社会公众或服务对象满意度: "服务对象满意度",
  服务对象满意: "服务对象满意度",
  满意度: "服务对象满意度",
  可持续影响力: "可持续影响",
  可持续发展影响: "可持续影响",
  "数量(或建筑规模)": "数量",
  建筑规模: "数量",
  工期: "时效",
  形象进度: "时效",
  "时效(工期、形象进度)": "时效",
  环境成本: "生态环境成本",
  生态成本: "生态环境成本",
};

/** Full-width ASCII to half-width (ＡＢ１２：；（） …) and the ideographic space to a space. */
export function toHalfWidthChars(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 4096;

/** Normalise a category name for comparison: half-width, no spaces, no leading code, no 指标. */
export function normalizeCategoryName(name: string): string {
  let key = NORMALIZED.get(name);
  if (key === undefined) {
    key = toHalfWidthChars(name)
      .replace(/\s+/g, "")
      .replace(/^\d{1,2}[-—–]/, "")
      .replace(/指标/g, "");
    if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
    NORMALIZED.set(name, key);
  }
  return key;
}

function schemesOf(scheme?: Scheme): readonly Scheme[] {
  return scheme ? [scheme] : SCHEMES;
}

function findLevel1(pred: (d: Level1Def) => boolean, scheme?: Scheme): Level1Def | null {
  for (const s of schemesOf(scheme)) {
    const hit = LEVEL1[s].find(pred);
    if (hit) return hit;
  }
  return null;
}

function findLevel2(pred: (d: Level2Def) => boolean, scheme?: Scheme): Level2Def | null {
  for (const s of schemesOf(scheme)) {
    const hit = LEVEL2[s].find(pred);
    if (hit) return hit;
  }
  return null;
}

/** A category given as a ref, a name (产出指标), a code (1) or both (1-产出指标). */
export type CategoryInput = CategoryRef | string;

function splitInput(x: CategoryInput): { code: string | null; name: string } {
  if (typeof x !== "string") return { code: x.code, name: x.name };
  const t = toHalfWidthChars(x).trim();
  // a code only when it stands alone (22) or before a dash (22-社会效益): 2期培训 is no code
  const m = /^(\d{1,2})(?:\s*[-—–]\s*(.*))?$/.exec(t);
  if (m) return { code: m[1], name: m[2] ?? "" };
  return { code: null, name: t };
}

/**
 * Answers per input, because the parser and the rules ask about the same few categories (产出指标,
 * 11-数量指标, 社会效益 …) for every item of a table. Keyed by what the answer depends on: the
 * scheme, and the text (a string input) or the code and name (a CategoryRef). Nested maps, so no
 * key is built and no two inputs can collide; cleared when full, so odd tables stay bounded.
 */
const RESOLVED_MAX = 4096;

class ResolveMemo<T> {
  private readonly byScheme = new Map<string, Map<string, Map<string, T | null>>>();
  private size = 0;

  get(x: CategoryInput, scheme: Scheme | undefined, compute: () => T | null): T | null {
    // a ref's answer depends on its code and name only; a missing code and "" resolve alike
    const outer = typeof x === "string" ? `s${scheme ?? ""}` : `r${scheme ?? ""}`;
    const middle = typeof x === "string" ? "" : (x.code ?? "");
    const inner = typeof x === "string" ? x : x.name;
    let codes = this.byScheme.get(outer);
    if (!codes) this.byScheme.set(outer, (codes = new Map()));
    let names = codes.get(middle);
    if (!names) codes.set(middle, (names = new Map()));
    const hit = names.get(inner);
    if (hit !== undefined) return hit;
    const value = compute();
    if (++this.size > RESOLVED_MAX) {
      this.byScheme.clear();
      this.size = 0;
      return value;
    }
    names.set(inner, value);
    return value;
  }
}

const resolved1 = new ResolveMemo<Level1Def>();
const resolved2 = new ResolveMemo<Level2Def>();

/** The 一级 a name or code denotes; by name first (what the reader sees), then by code. */
export function resolveLevel1(x: CategoryInput, scheme?: Scheme): Level1Def | null {
  return resolved1.get(x, scheme, () => computeLevel1(x, scheme));
}

function computeLevel1(x: CategoryInput, scheme?: Scheme): Level1Def | null {
  const { code, name } = splitInput(x);
  const key = normalizeCategoryName(name);
  if (key) {
    const canonical = LEVEL1_ALIASES[key] ?? key;
    const byName = findLevel1((d) => d.name === canonical, scheme);
    if (byName) return byName;
  }
  return code ? findLevel1((d) => d.code === code, scheme) : null;
}

/** The 二级 a name or code denotes; by name first, then by code. */
export function resolveLevel2(x: CategoryInput, scheme?: Scheme): Level2Def | null {
  return resolved2.get(x, scheme, () => computeLevel2(x, scheme));
}

function computeLevel2(x: CategoryInput, scheme?: Scheme): Level2Def | null {
  const { code, name } = splitInput(x);
  const key = normalizeCategoryName(name);
  if (key) {
    const canonical = LEVEL2_ALIASES[key] ?? key;
    const byName = findLevel2((d) => d.name === canonical, scheme);
    if (byName) return byName;
    // any other 二级 mentioning 满意 sits under 31 (FASP2 recommendation code, domain.md §1)
    if (isSatisfactionText(key)) return findLevel2((d) => d.code === "31", scheme);
  }
  return code ? findLevel2((d) => d.code === code, scheme) : null;
}

/** The 二级 list under a 一级 code in one scheme. */
export function childrenOf(level1Code: string, scheme: Scheme): Level2Def[] {
  return LEVEL2[scheme].filter((d) => d.parent === level1Code);
}

/**
 * The 一级 a 二级 belongs to. Without a scheme, 成本 (14 vs 4) is ambiguous; the traditional
 * parent 产出 is returned for 14 and 成本 for 41–43.
 */
export function parentOf(level2: CategoryInput, scheme?: Scheme): Level1Def | null {
  const d = resolveLevel2(level2, scheme);
  if (!d) return null;
  return findLevel1((p) => p.code === d.parent, scheme);
}

/** Whether the 二级 may sit under the 一级 (by meaning; codes are checked by codeMatchesName). */
export function isChildOf(level2: CategoryInput, level1: CategoryInput, scheme?: Scheme): boolean {
  const p = resolveLevel1(level1, scheme);
  if (!p) return false;
  for (const s of schemesOf(scheme)) {
    const c = resolveLevel2(level2, s);
    if (c && c.parent === p.code && LEVEL1[s].some((d) => d.code === p.code)) return true;
  }
  return false;
}

/** Whether a written code agrees with the written name (22 ↔ 社会效益, 1 ↔ 产出指标). */
export function codeMatchesName(code: string, name: string): boolean {
  const c = toHalfWidthChars(code).trim();
  if (c.length === 1) {
    const d = resolveLevel1(name);
    return d !== null && d.code === c;
  }
  const byCode = findLevel2((d) => d.code === c);
  if (!byCode) return false;
  const key = normalizeCategoryName(name);
  const canonical = LEVEL2_ALIASES[key] ?? key;
  if (canonical === byCode.name) return true;
  return byCode.code === "31" && isSatisfactionText(key);
}

/** 41–49 (as /^4\d$/): a 二级 code under 一级 4 成本. */
function isFin101CostCode(code: string | null | undefined): boolean {
  return typeof code === "string" && code.length === 2 && code[0] === "4" && code.charCodeAt(1) >= 0x30 && code.charCodeAt(1) <= 0x39;
}

/**
 * Which generation a project's (or table's) indicators follow: a 4/41–43 code or 成本 as 一级 →
 * fin101; a 14 code or 成本 as 二级 under 产出 → traditional; otherwise null (cannot tell).
 */
export function detectScheme(indicators: readonly Indicator[]): Scheme | null {
  let fin = 0;
  let trad = 0;
  for (const ind of indicators) {
    const c1 = ind.level1 && !ind.level1.inferred ? ind.level1 : null;
    const c2 = ind.level2;
    if (c1?.code === "4" || isFin101CostCode(c2?.code)) fin++;
    else if (c1 && !c1.code && normalizeCategoryName(c1.name) === "成本") fin++;
    if (c2?.code === "14") trad++;
    else if (c2 && !c2.code && normalizeCategoryName(c2.name) === "成本" && c1 && resolveLevel1(c1)?.code === "1") trad++;
    if (c2?.code === "24") trad++;
  }
  if (fin > trad) return "fin101";
  if (trad > fin) return "traditional";
  return null;
}

/** Whether a name is about satisfaction (满意): a 满意度 indicator belongs under 3 / 31. */
export function isSatisfactionText(name: string): boolean {
  return name.includes("满意");
}
