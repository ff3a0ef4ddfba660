import type { Finding } from "../finding";
import type { CategoryRef, Indicator, TableModel, TableRow } from "../model";
import { LEVEL1, childrenOf, codeMatchesName, isChildOf, resolveLevel1, resolveLevel2 } from "../indicator/taxonomy";
import type { Scheme } from "./rule";
import { visitorRule, type VisitorRule } from "./support/visitor";
import { indicatorFinding, indicatorRef } from "./support/findings";
import { SpellingMemo } from "./support/memo";

const written = (c: CategoryRef): string => (c.code ? `${c.code}-${c.name}` : c.name);
const level1List = (scheme: Scheme): string => LEVEL1[scheme].map((d) => d.label).join("、");

interface Problem {
  /** which part of the key: 一级 / 二级 / 编码 / 归属 */
  part: string;
  /** the category the problem is about (its span is what the finding points at) */
  ref: CategoryRef;
  zh: string;
  en: string;
}

type Template = Omit<Problem, "ref"> & { level: 1 | 2 };

/** Problems depend only on the spellings and the scheme: tables repeat a few spellings many times. */
const MEMO: Record<Scheme, SpellingMemo<SpellingMemo<Template[]>>> = { traditional: new SpellingMemo(), fin101: new SpellingMemo() };
const NONE: Problem[] = [];

function templatesOf(l1: CategoryRef | null, l2: CategoryRef | null, scheme: Scheme): Template[] {
  const byL1 = MEMO[scheme];
  const byL2 = byL1.get(l1) ?? byL1.set(l1, new SpellingMemo());
  const known = byL2.get(l2);
  if (known) return known;
  const found = computeProblems(l1, l2, scheme).map((p) => ({ part: p.part, zh: p.zh, en: p.en, level: p.ref === l1 ? (1 as const) : (2 as const) }));
  return byL2.set(l2, found);
}

function problemsOf(ind: Indicator, scheme: Scheme): Problem[] {
  const l1 = ind.level1 && !ind.level1.inferred ? ind.level1 : null;
  const l2 = ind.level2;
  if (!l1 && !l2) return NONE;
  const found = templatesOf(l1, l2, scheme);
  if (found.length === 0) return NONE;
  return found.map((p) => ({ part: p.part, zh: p.zh, en: p.en, ref: (p.level === 1 ? l1 : l2)! }));
}

/** What is wrong with an indicator's categories in the scheme in force, first problem per part. */
function computeProblems(l1: CategoryRef | null, l2: CategoryRef | null, scheme: Scheme): Problem[] {
  const out: Problem[] = [];
  const d1 = l1 ? resolveLevel1(l1) : null;
  const d2 = l2 ? resolveLevel2(l2) : null;
  if (l1 && !d1) {
    out.push({ part: "一级", ref: l1, zh: `一级指标“${written(l1)}”不在指标体系中（应为${level1List(scheme)}之一）`, en: `first level "${written(l1)}" is not in the taxonomy` });
  } else if (l1 && d1 && !resolveLevel1(l1, scheme)) {
    // 成本 as a first level under the traditional scheme
    out.push({
      part: "一级",
      ref: l1,
      zh: `按传统口径，成本指标是“产出指标”下的二级指标（14-成本指标），不是一级指标；若本表执行财预〔2021〕101号口径，请在配置中将 profile 设为 fin101`,
      en: `成本 is a second level under 产出 (14) in the traditional scheme, not a first level`,
    });
  }
  if (l2 && !d2) {
    const parent = d1 ? childrenOf(d1.code, scheme).map((d) => d.label).join("、") : "";
    out.push({
      part: "二级",
      ref: l2,
      zh: `二级指标“${written(l2)}”不在指标体系中${parent ? `（“${d1!.label}”下应为${parent}之一）` : ""}`,
      en: `second level "${written(l2)}" is not in the taxonomy`,
    });
  } else if (l2 && d2 && !resolveLevel2(l2, scheme)) {
    const hint =
      d2.code === "14"
        ? "按财预〔2021〕101号口径，成本指标是一级指标（4-成本指标，下设41经济成本、42社会成本、43生态环境成本），不应放在产出指标下"
        : d2.parent === "4"
          ? `按传统口径没有“${d2.label}”，成本指标应写作产出指标下的“14-成本指标”`
          : `按${scheme === "fin101" ? "财预〔2021〕101号" : "传统"}口径没有二级指标“${d2.label}”`;
    out.push({ part: "二级", ref: l2, zh: hint, en: `second level "${d2.label}" does not exist in the ${scheme} scheme` });
  }
  for (const c of [l1, l2]) {
    if (c && c.code && (c === l1 ? d1 : d2) && !codeMatchesName(c.code, c.name)) {
      const byCode = c === l1 ? resolveLevel1(c.code) : resolveLevel2(c.code);
      out.push({
        part: c === l1 ? "一级编码" : "二级编码",
        ref: c,
        zh: `编码“${c.code}”与名称“${c.name}”不符${byCode ? `（${c.code}是${byCode.label}）` : ""}`,
        en: `code ${c.code} does not match the name "${c.name}"`,
      });
    }
  }
  if (l1 && l2 && d1 && d2 && !out.some((p) => p.part === "一级" || p.part === "二级") && !isChildOf(l2, l1, scheme)) {
    const parent = d2.parent;
    const right = LEVEL1[scheme].find((d) => d.code === parent);
    out.push({
      part: "归属",
      ref: l2,
      zh: `二级指标“${written(l2)}”不属于一级指标“${written(l1)}”${right ? `，应归入“${right.label}”` : ""}`,
      en: `"${written(l2)}" does not belong under "${written(l1)}"`,
    });
  }
  return out;
}

/** A 二级 not under its 一级, a code that does not match its name, a category outside the taxonomy. */
export const levelMismatch: VisitorRule = visitorRule({
  id: "level-mismatch",
  severity: "error",
  category: "indicator",
  title: "指标层级不符",
  titleEn: "Indicator categories do not fit",
  doc: {
    what: "检查一级、二级指标是否在指标体系内、二级是否属于所写的一级、编码是否与名称一致（如22对应社会效益）；并按口径检查成本指标的位置：传统口径下成本是产出指标下的二级（14），财预〔2021〕101号口径下成本是一级（4，下设41/42/43）。",
    why: "类别错了，产出、效益、满意度的覆盖和按类别评分都会算错；编码与名称不一致说明复制时改了一半。",
    bad: "“1、1-产出指标；31-服务对象满意度；……”（满意度放在产出下）；“2-效益指标；21-社会效益”（21是经济效益）。",
    good: "“1、3-满意度指标；31-服务对象满意度；……”；“2-效益指标；22-社会效益”。",
  },
  docEn: {
    what: "Checks that categories exist in the taxonomy, that the second level belongs to the first, that codes match names (22 = 社会效益), and where 成本 sits for the scheme (traditional: 14 under 产出; fin101: first level 4 with 41/42/43).",
    why: "Wrong categories break the coverage check and category-weighted scoring; a code that disagrees with its name was half edited.",
    bad: "1-产出指标；31-服务对象满意度, or 2-效益指标；21-社会效益.",
    good: "3-满意度指标；31-服务对象满意度, and 2-效益指标；22-社会效益.",
  },
  visitor(table, ctx, out) {
    return {
      indicator(row, ind) {
        const problems = problemsOf(ind, ctx.scheme);
        for (let j = 0; j < problems.length; j++) out.push(finding(table, row, ind, problems[j]));
      },
    };
  },
});

function finding(table: TableModel, row: TableRow, ind: Indicator, p: Problem): Finding {
  return indicatorFinding(levelMismatch, table, row, ind, {
    span: p.ref.span,
    fieldSuffix: p.part,
    subject: written(p.ref),
    message: `项目“${row.name}”的${indicatorRef(ind)}：${p.zh}。`,
    messageEn: `Project "${row.name}": ${p.en}.`,
  });
}
