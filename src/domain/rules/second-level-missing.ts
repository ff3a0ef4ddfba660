import type { Indicator } from "../model";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";

/** A blank or absent 二级 where the table writes them. */
export const secondLevelMissing: Rule = createRule({
  meta: {
    id: "second-level-missing",
    severity: "error",
    scope: "indicator",
    category: "indicator",
    title: "缺少二级指标",
    titleEn: "Second-level category missing",
    fixable: false,
    messages: {
      noLevel2: {
        zh: "项目“{project}”的{indicator}没有写二级指标（本表其他指标都写明了二级，如“11-数量指标”“22-社会效益”）。请补上二级指标。",
        en: "Project \"{project}\": {indicator} has no second-level category, though the table writes them.",
      },
    },
    doc: {
      what: "在写明二级指标的表中（多数指标写了二级），找出缺少二级指标的指标。防误报：整张表都不写二级（简写格式，如“产出指标：…”）时不报；没有名称的由“缺少三级指标名称”报告。",
      why: "二级指标决定指标属于数量、质量、时效还是哪类效益，缺少就无法判断产出和效益是否完整，与缺一级指标一样是错误。",
      bad: "“2、1-产出指标；；走访企业数；年度指标值:≥40家”（二级为空）",
      good: "“2、1-产出指标；11-数量指标；走访企业数；年度指标值:≥40家”",
    },
    docEn: {
      what: "In a table that writes second levels (most indicators have one), finds indicators without one. Guard: a table that writes none (the short dialect) is not judged; nameless indicators are name-missing's.",
      why: "The second level says which dimension an indicator measures; without it completeness cannot be judged. An error, like level-missing.",
      bad: "1-产出指标；；走访企业数 (blank second level).",
      good: "1-产出指标；11-数量指标；走访企业数.",
    },
  },
  visitor(table, _ctx, out) {
    // decided at the end: whether the table writes second levels at all
    let written = 0;
    const missing: Array<[Parameters<typeof indicatorFinding>[2], Indicator]> = [];
    return {
      indicator(row, ind) {
        if (ind.level2 && ind.level2.name.trim()) written++;
        else if (ind.name && ind.name.text.trim()) missing.push([row, ind]);
      },
      end() {
        if (written <= missing.length) return;
        for (const [row, ind] of missing) {
          out.push(
            indicatorFinding(secondLevelMissing, table, row, ind, {
              subject: ind.level1?.name ?? "",
              fieldSuffix: "二级",
              messageId: "noLevel2",
              data: { project: row.name, indicator: indicatorRefData(ind) },
            }),
          );
        }
      },
    };
  },
});
