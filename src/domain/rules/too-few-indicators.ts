import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";
import { CONFIDENTIAL } from "./support/indicator-facts";

/** Fewer indicators than a target needs to be judged (default 3). */
export const tooFewIndicators: Rule = createRule({
  meta: {
    id: "too-few-indicators",
    severity: "info",
    scope: "project",
    category: "project",
    title: "绩效指标过少",
    titleEn: "Too few indicators",
    fixable: false,
    options: {
      defaults: { min: 3 },
      schema: (z) => z.object({ min: z.number().int().min(1).default(3) }),
    },
    messages: {
      tooFew: {
        zh: "项目“{project}”只有{count}条绩效指标，少于{min}条，难以覆盖产出、效益和满意度。请按项目内容补充指标。",
        en: "Project \"{project}\" has {count} indicator(s), fewer than {min}.",
      },
    },
    doc: {
      what: "找出绩效指标少于规定条数（选项 min，默认3条）的项目。防误报：没有指标的由“缺少绩效指标”报告；绩效目标或指标为“不宜公开”等保密说明的项目不报。",
      why: "一两条指标无法同时反映数量、质量、时效、效益和满意度，完整性审核通常要求每类至少一条。仅作提示，条数可在配置中调整。",
      bad: "“招商交流推介往来活动经费”只有一条指标“出外考察经贸交流 2次”。",
      good: "至少有产出（数量、质量或时效）、效益和满意度各一条指标。",
    },
    docEn: {
      what: "Finds projects with fewer indicators than the option min (default 3). Guard: none at all is indicators-missing's; confidential projects are skipped.",
      why: "One or two indicators cannot cover outputs, outcomes and satisfaction. An info; the number is configurable.",
      bad: "A project with a single output indicator.",
      good: "At least one output, one outcome and one satisfaction indicator.",
    },
  },
  visitor(table, ctx, out) {
    const min = Number(ctx.options.min ?? 3);
    return {
      project(row) {
        const n = row.indicators.length;
        if (n === 0 || n >= min) return;
        if (CONFIDENTIAL.test(row.goal?.text ?? "") || row.indicators.some((i) => CONFIDENTIAL.test(i.annualValue?.text ?? ""))) return;
        out.push(
          rowFinding(tooFewIndicators, table, row, {
            cell: row.indicatorCell ?? row.indicators[0].cell,
            field: "绩效指标/条数",
            subject: String(n),
            messageId: "tooFew",
            data: { project: row.name, count: n, min },
          }),
        );
      },
    };
  },
});
