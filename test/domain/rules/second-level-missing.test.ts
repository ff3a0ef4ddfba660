import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("second-level-missing")!, {
  valid: [
    { title: "seed 000: the short dialect writes no 二级 at all", indicators: "1、产出指标：慰问党员人数，年度指标值：4人。2、满意度指标：受益党员满意度，年度指标值：≥90%。" },
  ],
  invalid: [
    {
      title: "a blank 二级 where the others are written",
      indicators: "1、1-产出指标；11-数量指标；走访企业数；年度指标值:≥40家。2、1-产出指标；12-质量指标；问题办结率；年度指标值:≥90%。3、2-效益指标；；企业获得感；年度指标值:≥90%。",
      errors: [{ messageId: "noLevel2" }],
    },
  ],
});
