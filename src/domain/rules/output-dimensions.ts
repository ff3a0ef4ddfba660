import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";
import { level2Code } from "./support/indicator-facts";

/** 产出 with 数量 only: no 质量 and no 时效. */
export const outputDimensions: Rule = createRule({
  meta: {
    id: "output-dimensions",
    severity: "info",
    scope: "project",
    category: "project",
    title: "产出只有数量指标",
    titleEn: "Outputs measured by quantity only",
    fixable: false,
    messages: {
      quantityOnly: {
        zh: "项目“{project}”的产出指标只有数量指标（{count}条），没有质量指标和时效指标。请补充反映完成质量（如验收合格率）或完成时限的指标。",
        en: "Project \"{project}\": its outputs are all quantities ({count}); none measures quality or timeliness.",
      },
    },
    doc: {
      what: "找出产出指标全部写在二级“数量指标”（11）下、没有“质量指标”（12）和“时效指标”（13）的项目。防误报：任何一条产出指标没写二级时不判断（看不出维度）；没有产出指标的由“缺少一级指标类别”报告。",
      why: "产出应从数量、质量、时效（和成本）几方面衡量（财预〔2021〕101号）；只有数量说明不了做得好不好、按不按时。仅作提示。",
      bad: "产出只有“举办政企沟通系列活动 ≥10场次”“服务企业数 ≥100家”。",
      good: "再加“活动参与企业满意率”之外的质量指标（如“问题办结率 ≥90%”）和时效指标（如“年底前完成”）。",
    },
    docEn: {
      what: "Finds projects whose outputs are all under 数量指标 (11), with no 质量 (12) or 时效 (13). Guard: if any output has no second level written, nothing is judged; no outputs at all is category-missing's.",
      why: "Outputs are measured by quantity, quality and timeliness; quantity alone says nothing of how well or how fast. An info.",
      bad: "Outputs: two counts only.",
      good: "A count, a quality rate and a deadline.",
    },
  },
  visitor(table, ctx, out) {
    return {
      project(row, facts) {
        let quantity = 0;
        for (let k = 0; k < row.indicators.length; k++) {
          if (facts.level1(row, k) !== "产出") continue;
          const code = level2Code(row.indicators[k], ctx.scheme);
          if (code !== "11") return; // another dimension, or one we cannot tell
          quantity++;
        }
        if (quantity === 0) return;
        out.push(
          rowFinding(outputDimensions, table, row, {
            cell: row.indicatorCell ?? row.indicators[0].cell,
            field: "产出维度",
            subject: String(quantity),
            messageId: "quantityOnly",
            data: { project: row.name, count: quantity },
          }),
        );
      },
    };
  },
});
