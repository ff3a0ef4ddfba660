import type { Finding, Severity } from "../finding";
import type { CategoryRef, Indicator, TableModel, TableRow } from "../model";
import { LEVEL1, childrenOf, codeMatchesName, isChildOf, resolveLevel1, resolveLevel2 } from "../indicator/taxonomy";
import type { MessageData, Scheme } from "./rule";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { SpellingMemo } from "./support/memo";

const written = (c: CategoryRef): string => (c.code ? `${c.code}-${c.name}` : c.name);
const level1List = (scheme: Scheme): string => LEVEL1[scheme].map((d) => d.label).join("、");

interface Problem {
  /** which part of the key: 一级 / 二级 / 编码 / 归属 */
  part: string;
  /** the category the problem is about (its span is what the finding points at) */
  ref: CategoryRef;
  messageId: string;
  data: MessageData;
  /** a problem milder than the rule's default (24-可持续影响 under fin101) */
  severity?: Severity;
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
  const found = computeProblems(l1, l2, scheme).map((p) => ({ part: p.part, messageId: p.messageId, data: p.data, severity: p.severity, level: p.ref === l1 ? (1 as const) : (2 as const) }));
  return byL2.set(l2, found);
}

function problemsOf(ind: Indicator, scheme: Scheme): Problem[] {
  const l1 = ind.level1 && !ind.level1.inferred ? ind.level1 : null;
  const l2 = ind.level2;
  if (!l1 && !l2) return NONE;
  const found = templatesOf(l1, l2, scheme);
  if (found.length === 0) return NONE;
  return found.map((p) => ({ part: p.part, messageId: p.messageId, data: p.data, severity: p.severity, ref: (p.level === 1 ? l1 : l2)! }));
}

const NO_EN = (zh: string) => ({ zh, en: "" });

/** What is wrong with an indicator's categories in the scheme in force, first problem per part. */
function computeProblems(l1: CategoryRef | null, l2: CategoryRef | null, scheme: Scheme): Problem[] {
  const out: Problem[] = [];
  const d1 = l1 ? resolveLevel1(l1) : null;
  const d2 = l2 ? resolveLevel2(l2) : null;
  if (l1 && !d1) {
    out.push({ part: "一级", ref: l1, messageId: "level1Unknown", data: { written: written(l1), choices: level1List(scheme) } });
  } else if (l1 && d1 && !resolveLevel1(l1, scheme)) {
    out.push({ part: "一级", ref: l1, messageId: "costNotLevel1", data: {} });
  }
  if (l2 && !d2) {
    const parent = d1 ? childrenOf(d1.code, scheme).map((d) => d.label).join("、") : "";
    out.push({
      part: "二级",
      ref: l2,
      messageId: "level2Unknown",
      data: { written: written(l2), parentHint: NO_EN(parent ? `（“${d1!.label}”下应为${parent}之一）` : "") },
    });
  } else if (l2 && d2 && !resolveLevel2(l2, scheme)) {
    const sustainable = d2.code === "24" && scheme === "fin101";
    const messageId = d2.code === "14" ? "costUnderOutput" : d2.parent === "4" ? "costLevel2Traditional" : sustainable ? "sustainableFin101" : "level2NotInScheme";
    const schemeName = { zh: scheme === "fin101" ? "财预〔2021〕101号" : "传统", en: scheme };
    const problem: Problem = { part: "二级", ref: l2, messageId, data: { level2: d2.label, schemeName, scheme } };
    if (sustainable) problem.severity = "info";
    out.push(problem);
  }
  for (const c of [l1, l2]) {
    if (c && c.code && (c === l1 ? d1 : d2) && !codeMatchesName(c.code, c.name)) {
      const byCode = c === l1 ? resolveLevel1(c.code) : resolveLevel2(c.code);
      out.push({
        part: c === l1 ? "一级编码" : "二级编码",
        ref: c,
        messageId: "codeMismatch",
        data: { code: c.code, name: c.name, byCode: NO_EN(byCode ? `（${c.code}是${byCode.label}）` : "") },
      });
    }
  }
  if (l1 && l2 && d1 && d2 && !out.some((p) => p.part === "一级" || p.part === "二级") && !isChildOf(l2, l1, scheme)) {
    const parent = d2.parent;
    const right = LEVEL1[scheme].find((d) => d.code === parent);
    out.push({
      part: "归属",
      ref: l2,
      messageId: "wrongParent",
      data: { written: written(l2), parent: written(l1), right: NO_EN(right ? `，应归入“${right.label}”` : "") },
    });
  }
  return out;
}

/** A 二级 not under its 一级, a code that does not match its name, a category outside the taxonomy. */
export const levelMismatch: Rule = createRule({
  meta: {
  id: "level-mismatch",
  severity: "error",
  category: "indicator",
  title: "指标层级不符",
  titleEn: "Indicator categories do not fit",
  scope: "indicator",
  fixable: false,
  messages: {
    level1Unknown: {
      zh: "项目“{project}”的{indicator}：一级指标“{written}”不在指标体系中（应为{choices}之一）。",
      en: "Project \"{project}\": first level \"{written}\" is not in the taxonomy.",
    },
    costNotLevel1: {
      zh: "项目“{project}”的{indicator}：按传统口径，成本指标是“产出指标”下的二级指标（14-成本指标），不是一级指标；若本表执行财预〔2021〕101号口径，请在配置中将 profile 设为 fin101。",
      en: "Project \"{project}\": 成本 is a second level under 产出 (14) in the traditional scheme, not a first level.",
    },
    level2Unknown: {
      zh: "项目“{project}”的{indicator}：二级指标“{written}”不在指标体系中{parentHint}。",
      en: "Project \"{project}\": second level \"{written}\" is not in the taxonomy.",
    },
    costUnderOutput: {
      zh: "项目“{project}”的{indicator}：按财预〔2021〕101号口径，成本指标是一级指标（4-成本指标，下设41经济成本、42社会成本、43生态环境成本），不应放在产出指标下。",
      en: "Project \"{project}\": second level \"{level2}\" does not exist in the fin101 scheme.",
    },
    costLevel2Traditional: {
      zh: "项目“{project}”的{indicator}：按传统口径没有“{level2}”，成本指标应写作产出指标下的“14-成本指标”。",
      en: "Project \"{project}\": second level \"{level2}\" does not exist in the traditional scheme.",
    },
    sustainableFin101: {
      zh: "项目“{project}”的{indicator}：财预〔2021〕101号口径的效益指标下已不单列“可持续影响”（24），可改为经济、社会或生态效益；各地指引仍列有此项，故仅作提示。",
      en: "Project \"{project}\": {indicator}: fin101 no longer lists 可持续影响 (24) under outcomes; local guidance still does.",
    },
    level2NotInScheme: {
      zh: "项目“{project}”的{indicator}：按{schemeName}口径没有二级指标“{level2}”。",
      en: "Project \"{project}\": second level \"{level2}\" does not exist in the {scheme} scheme.",
    },
    codeMismatch: {
      zh: "项目“{project}”的{indicator}：编码“{code}”与名称“{name}”不符{byCode}。",
      en: "Project \"{project}\": code {code} does not match the name \"{name}\".",
    },
    wrongParent: {
      zh: "项目“{project}”的{indicator}：二级指标“{written}”不属于一级指标“{parent}”{right}。",
      en: "Project \"{project}\": \"{written}\" does not belong under \"{parent}\".",
    },
  },
  doc: {
    what: "检查一级、二级指标是否在指标体系内、二级是否属于所写的一级、编码是否与名称一致（如22对应社会效益）；并按口径检查成本指标的位置：传统口径下成本是产出指标下的二级（14），财预〔2021〕101号口径下成本是一级（4，下设41/42/43）。",
    why: "类别错了，产出、效益、满意度的覆盖和按类别评分都会算错；编码与名称不一致说明复制时改了一半（错误）。唯有101号口径下的“24-可持续影响”只作提示：101号的效益指标已不单列此项，但各地指引仍列有，不应据此退回。",
    bad: "“1、1-产出指标；31-服务对象满意度；……”（满意度放在产出下）；“2-效益指标；21-社会效益”（21是经济效益）。",
    good: "“1、3-满意度指标；31-服务对象满意度；……”；“2-效益指标；22-社会效益”。",
  },
  docEn: {
    what: "Checks that categories exist in the taxonomy, that the second level belongs to the first, that codes match names (22 = 社会效益), and where 成本 sits for the scheme (traditional: 14 under 产出; fin101: first level 4 with 41/42/43).",
    why: "Wrong categories break the coverage check and category-weighted scoring; a code that disagrees with its name was half edited (error). Only 24-可持续影响 under fin101 is an info: fin101 dropped it but local guidance still lists it.",
    bad: "1-产出指标；31-服务对象满意度, or 2-效益指标；21-社会效益.",
    good: "3-满意度指标；31-服务对象满意度, and 2-效益指标；22-社会效益.",
  },
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
    messageId: p.messageId,
    data: { ...p.data, project: row.name, indicator: indicatorRefData(ind) },
    severity: p.severity,
  });
}
