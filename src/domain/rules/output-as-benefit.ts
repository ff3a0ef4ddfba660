import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { bareName } from "./support/indicator-facts";

/** A count of what the project itself does: 举办活动次数, 培训场次, 印发资料份数. */
const ACTIVITY_COUNT = /(次数|场次|份数|期数)$|^(举办|开展|组织|召开|走访|培训|宣讲|宣传|印发|发放|编印).*(数|个数)$/;
/** … but what others gain or do because of it is an outcome: 带动就业人数, 受益企业数, 吸引投资额. */
const OUTCOME = /带动|惠及|受益|就业|增收|吸引|引进|促成|新增|培育|参与企业|服务对象|事故|事件|投诉|纠纷|案件/;

/** An activity count filed under 效益. */
export const outputAsBenefit: Rule = createRule({
  meta: {
    id: "output-as-benefit",
    severity: "warning",
    scope: "indicator",
    category: "indicator",
    title: "产出放在效益指标下",
    titleEn: "Activity count filed as an outcome",
    fixable: false,
    messages: {
      activity: {
        zh: "项目“{project}”的{indicator}统计的是项目自身开展的活动，属于产出（数量指标），却放在效益指标下。请移到产出指标，并补充反映活动效果的效益指标。",
        en: "Project \"{project}\": {indicator} counts the project's own activities (an output) but is filed under outcomes.",
      },
    },
    doc: {
      what: "找出放在效益指标下、统计项目自身活动的指标（…次数、…场次、…份数，或“举办/开展/组织/走访…”开头以“数”结尾）。防误报：含“带动、惠及、受益、就业、增收、吸引、促成、新增、培育”的是活动带来的结果，“事故、事件、投诉、纠纷”次数是要避免的后果，都属于效益，不报。",
      why: "效益指标应反映项目带来的经济、社会、生态影响；把活动次数当作效益，会让项目看起来有效益而实际没有说明效果，评审会要求调整。默认为警告。",
      bad: "“2-效益指标；22-社会效益；开展宣讲活动次数；年度指标值:≥5次”",
      good: "产出下“开展宣讲活动次数 ≥5次”，效益下“受益企业数 ≥100家”。",
    },
    docEn: {
      what: "Finds counts of the project's own activities (…次数, …场次, …份数; 举办/开展/组织/走访 … 数) under outcomes. Guard: 带动, 惠及, 受益, 就业, 增收, 吸引, 促成, 新增, 培育 name results, and counts of 事故, 事件, 投诉, 纠纷 are consequences to avoid: both are outcomes.",
      why: "Outcomes are the effect of the work, not its amount. A warning.",
      bad: "效益: 开展宣讲活动次数 ≥5次.",
      good: "产出: 开展宣讲活动次数 ≥5次; 效益: 受益企业数 ≥100家.",
    },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind, k, facts) {
        if (facts.level1(row, k) !== "效益") return;
        const name = bareName(ind);
        if (!ACTIVITY_COUNT.test(name) || OUTCOME.test(name)) return;
        out.push(
          indicatorFinding(outputAsBenefit, table, row, ind, {
            span: ind.name!.span,
            subject: name,
            messageId: "activity",
            data: { project: row.name, indicator: indicatorRefData(ind) },
          }),
        );
      },
    };
  },
});
