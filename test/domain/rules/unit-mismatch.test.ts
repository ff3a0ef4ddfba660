import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("unit-mismatch")!, {
  valid: [
    { title: "seed 001: 举办非公企业活动次数 ≧2次", indicators: "2、1-产出指标,11-数量指标,举办非公企业活动次数；实施周期指标值:≧2次,年度指标值:≧2次;" },
    { title: "seed 002: 会议人数 ≥700人", indicators: "1、1-产出指标；11-数量指标；会议人数；实施周期指标值:≥700人；年度指标值:≥700人。" },
    { title: "a generic …数 is not judged", indicators: "3、1-产出指标,11-数量指标,走访基层商会数；实施周期指标值:≧1次,年度指标值:≧1次;" },
  ],
  invalid: [
    {
      title: "seed 001: 举办基层商会活动次数 ≧24个",
      indicators: "1、1-产出指标,11-数量指标,举办基层商会活动次数；实施周期指标值:≧24个,年度指标值:≧24个;",
      errors: [{ messageId: "mismatch", data: { what: "次数", unit: "个" } }],
    },
    {
      title: "…人数 in 家",
      indicators: "1、1-产出指标；11-数量指标；参训人数；年度指标值:≥3家。",
      errors: [{ messageId: "mismatch", data: { what: "人数", unit: "家" } }],
    },
  ],
});
