import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { SEED002_HUANJIE, SEED002_TZMM } from "./seed-rows";

ruleTester(ruleById("too-few-indicators")!, {
  valid: [
    { title: "seed 002: 换届经费 has 3", project: SEED002_HUANJIE, indicators: SEED002_HUANJIE.indicators },
    { title: "seed 002: TZMMZXJF is confidential", project: SEED002_TZMM, indicators: SEED002_TZMM.indicators },
    { title: "min can be lowered", indicators: "1、产出指标：出外考察经贸交流，年度指标值：2次。", options: { min: 1 } },
  ],
  invalid: [
    {
      title: "seed 000: 招商交流推介往来活动经费 has one",
      project: { name: "招商交流推介往来活动经费" },
      indicators: "1、产出指标：出外考察经贸交流，年度指标值：2次。",
      errors: [{ messageId: "tooFew", data: { count: 1, min: 3 } }],
    },
  ],
});
