import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { bareName } from "./support/indicator-facts";

/** Names that start as an action or a slogan (domain.md §8: 推动经贸交流 as an indicator). */
const ACTION_START = /^(进一步|加强|推动|推进|提升|提高|打造|开展|强化|助力|扩大|加大|深化|促进|发挥)/;
/** … unless they end in what is counted or rated: 开展培训次数, 提升服务满意度 are measurable. */
const MEASURE_END = /(数|率|量|度|次数|面积|时间|时长|时限|金额|人次|天数|比例|占比|指数|得分|分数|成本|费用|场次|期数)$/;
/** 度 that measures nothing: 加大政策宣讲力度 is still a slogan. */
const NOT_A_MEASURE = /(力度|深度|高度|广度|温度)$/;

/** A 三级 name that is an action or slogan, not something measured. */
export const nameNotMeasurable: Rule = createRule({
  meta: {
    id: "name-not-measurable",
    severity: "warning",
    scope: "indicator",
    category: "indicator",
    title: "指标名称不可衡量",
    titleEn: "Indicator name is an action, not a measure",
    fixable: false,
    messages: {
      action: {
        zh: "项目“{project}”的{indicator}以“{verb}”开头，是一项工作或口号，不是可衡量的指标名称。请改为“衡量对象＋计量名词”，如“…次数”“…率”“…人数”“…完成时间”。",
        en: "Project \"{project}\": {indicator} starts with \"{verb}\": an action or slogan, not a measure.",
      },
    },
    doc: {
      what: "找出以“加强、推动、推进、提升、打造、开展、强化、助力、进一步”等动词开头、又不以“数、率、量、度、次数、面积、时间、金额、人次”等计量名词结尾的三级指标名称。防误报：以计量名词结尾的（如“开展培训次数”“提升服务满意度”）不报；“力度”“深度”不算计量名词。",
      why: "指标名称应说明衡量什么（财预〔2021〕101号“指标名称应简洁明确”）；“推动经贸交流”是工作内容，无法设定目标值，评审时常被退回。默认为警告。",
      bad: "“3、2-效益指标,21-经济效益,推动经贸交流；年度指标值:有则得满分，否则酌情扣分”",
      good: "“3、2-效益指标,21-经济效益,促成企业签约项目数；年度指标值:≥3个”",
    },
    docEn: {
      what: "Finds third-level names that start with an action verb (加强, 推动, 推进, 提升, 打造, 开展, 强化, 助力, 进一步 …) and end in no measure noun (数, 率, 量, 度, 次数, 面积, 时间, 金额, 人次 …). Guard: names ending in a measure noun (开展培训次数, 提升服务满意度) are measurable; 力度 and 深度 are not measures.",
      why: "A name says what is measured; 推动经贸交流 is a task, and no target can be set for it. A warning.",
      bad: "推动经贸交流 with 有则得满分，否则酌情扣分.",
      good: "促成企业签约项目数 with ≥3个.",
    },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        const name = bareName(ind);
        const verb = ACTION_START.exec(name)?.[0];
        if (!verb || (MEASURE_END.test(name) && !NOT_A_MEASURE.test(name))) return;
        out.push(
          indicatorFinding(nameNotMeasurable, table, row, ind, {
            span: ind.name!.span,
            subject: name,
            messageId: "action",
            data: { project: row.name, indicator: indicatorRefData(ind), verb },
          }),
        );
      },
    };
  },
});
