import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";

/** No first-level category written, and none to infer from a second level. */
export const levelMissing: Rule = createRule({
  meta: {
  id: "level-missing",
  severity: "error",
  category: "indicator",
  title: "缺少一级指标",
  titleEn: "First-level category missing",
  scope: "indicator",
  fixable: false,
  messages: {
    noLevel1: {
      zh: "项目“{project}”的{indicator}没有标明一级指标。请注明属于{choices}。",
      en: "Project \"{project}\": {indicator} has no first-level category.",
    },
    level2Unknown: {
      zh: "项目“{project}”的{indicator}没有标明一级指标（二级“{level2}”也无法归类）。请注明属于{choices}。",
      en: "Project \"{project}\": {indicator} has no first-level category, and its second level \"{level2}\" tells none.",
    },
  },
  doc: {
    what: "检查每条指标是否标明一级指标（产出、效益、满意度，101号口径还有成本），或写了可推断一级的二级指标（如“社会效益”）。",
    why: "不知道指标属于哪一类，就无法判断产出、效益、满意度是否齐全，也无法按类别赋权评分。",
    bad: "“2、：形成研究报告（份），年度指标值：4份。”（一级指标留空）",
    good: "“2、产出指标：形成研究报告，年度指标值：4份。”",
  },
  docEn: {
    what: "Checks that every indicator states its first-level category, or a second level it can be inferred from.",
    why: "Without the category nobody can tell whether outputs, outcomes and satisfaction are all covered.",
    bad: "2、：形成研究报告（份），年度指标值：4份。",
    good: "2、产出指标：形成研究报告，年度指标值：4份。",
  },
  },
  visitor(table, ctx, out) {
    return {
      indicator(row, ind, k, facts) {
        // a blank 二级 is second-level-missing's; this rule judges the 一级 alone
        if (ind.level1 || facts.level1(row, k)) return;
        out.push(
          indicatorFinding(levelMissing, table, row, ind, {
            subject: ind.level2?.name ?? "",
            messageId: ind.level2 ? "level2Unknown" : "noLevel1",
            data: {
              project: row.name,
              indicator: indicatorRefData(ind),
              level2: ind.level2?.name ?? "",
              choices: ctx.scheme === "fin101" ? "产出指标、效益指标、满意度指标或成本指标" : "产出指标、效益指标、满意度指标",
            },
          }),
        );
      },
    };
  },
});
