import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { bareName, level2Code } from "./support/indicator-facts";

/** Rates that do count an output's amount: what share was done, or reached. */
const COUNTING_RATES = /(完成率|覆盖率)$/;

/** A rate (…率) filed under 数量指标: 出勤率, 参与率, 审批率 measure quality or process. */
export const rateUnderQuantity: Rule = createRule({
  meta: {
    id: "rate-under-quantity",
    severity: "info",
    scope: "indicator",
    category: "indicator",
    title: "比率放在数量指标下",
    titleEn: "Rate filed under quantity",
    fixable: false,
    messages: {
      rate: {
        zh: "项目“{project}”的{indicator}是比率，却放在“数量指标”下。比率一般反映质量或时效，请改放“质量指标”（如出勤率、参与率）或“时效指标”（如及时率）。",
        en: "Project \"{project}\": {indicator} is a rate filed under quantity; rates belong under quality or timeliness.",
      },
    },
    doc: {
      what: "找出名称以“率”结尾、却写在二级“数量指标”（11）下的指标。防误报：“完成率”“覆盖率”反映完成或覆盖了多少，可以作为数量指标，不报；没写二级的不报。",
      why: "数量指标回答“提供了多少”，出勤率、参与率、审批率回答“做得怎样”，归类不当会让产出维度看起来齐全而实际缺数量。仅作提示。",
      bad: "“6、1-产出指标,11-数量指标,活动出勤率；年度指标值:≥85%”",
      good: "“6、1-产出指标,12-质量指标,活动出勤率；年度指标值:≥85%”",
    },
    docEn: {
      what: "Finds names ending in 率 under the second level 数量指标 (11). Guard: 完成率 and 覆盖率 count what was done and may stay; no second level, no finding.",
      why: "Quantity says how much; attendance or approval rates say how well. An info.",
      bad: "11-数量指标, 活动出勤率 ≥85%.",
      good: "12-质量指标, 活动出勤率 ≥85%.",
    },
  },
  visitor(table, ctx, out) {
    return {
      indicator(row, ind) {
        const name = bareName(ind);
        if (!name.endsWith("率") || COUNTING_RATES.test(name) || level2Code(ind, ctx.scheme) !== "11") return;
        out.push(
          indicatorFinding(rateUnderQuantity, table, row, ind, {
            span: ind.level2?.span ?? ind.name!.span,
            subject: name,
            messageId: "rate",
            data: { project: row.name, indicator: indicatorRefData(ind) },
          }),
        );
      },
    };
  },
});
