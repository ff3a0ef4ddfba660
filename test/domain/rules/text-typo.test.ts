import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("text-typo")!, {
  valid: [
    { title: "seed 001's ;, between items is one mark each", indicators: "1、1-产出指标,13-时效指标,费用支付及时率；实施周期指标值:100%,年度指标值:100%;,2、1-产出指标,11-数量指标,租赁场地面积；实施周期指标值:达标,年度指标值:达标;" },
    { title: "紧紧围绕 and 促进进一步 are words, not slips", project: { goal: "紧紧围绕区委区政府中心工作，促进进一步发展。" }, indicators: "1、1-产出指标；11-数量指标；走访企业数；实施周期指标值:≥40家；年度指标值:≥40家。" },
  ],
  invalid: [
    {
      title: "doubled 。 where an item ends and where the cell ends",
      indicators: "1、1-产出指标；11-数量指标；开展培训次数；年度指标值:≥3次。。2、1-产出指标；12-质量指标；培训合格率；年度指标值:≥95%。。",
      errors: [
        { messageId: "endDoubled", data: { text: "。。", replacement: "。" } },
        { messageId: "endDoubled", data: { text: "。。", replacement: "。" } },
      ],
    },
    {
      title: "seed 001: 商会会参与活动率 and 否则否则 in one indicator",
      indicators: "2、1-产出指标,11-数量指标,商会会参与活动率；实施周期指标值:85%及以上得满分，否则否则每下降5%扣该项指标对应分数10%,年度指标值:85%及以上得满分，否则否则每下降5%扣该项指标对应分数10%;",
      errors: [
        { messageId: "indicatorDoubled", data: { text: "会会", replacement: "会" } },
        { messageId: "indicatorDoubled", data: { text: "否则否则", replacement: "否则" } },
      ],
    },
    {
      title: "seed 001: 二十大大 in a goal",
      project: { goal: "引导全区非公经济组织切实把思想和行动统一到党的二十大大精神上来。" },
      indicators: "1、1-产出指标；11-数量指标；走访非公党组织个数；实施周期指标值:≥30个；年度指标值:≥30个。",
      errors: [{ messageId: "goalDoubled", data: { text: "二十大大", replacement: "二十大" } }],
    },
  ],
});
