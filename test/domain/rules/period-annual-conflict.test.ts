import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("period-annual-conflict")!, {
  valid: [{ title: "the same value twice", indicators: "1、1-产出指标；11-数量指标；会议人数；实施周期指标值:≥700人；年度指标值:≥700人。" }],
  invalid: [
    { title: "annual above period", indicators: "1、1-产出指标；11-数量指标；培训人数；实施周期指标值:≥100人；年度指标值:≥300人。", errors: [{ messageId: "annualAbovePeriod" }] },
    { title: "units differ", indicators: "1、1-产出指标；11-数量指标；培训人数；实施周期指标值:≥100人；年度指标值:≥100次。", errors: [{ messageId: "unitsDiffer" }] },
  ],
});
