import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { SEED002_IT_2025 } from "./seed-rows";

ruleTester(ruleById("placeholder-value")!, {
  valid: [{ title: "seed 002: real values", project: SEED002_IT_2025, indicators: SEED002_IT_2025.indicators }],
  invalid: [{ title: "≥XX人次 left from a template", indicators: "1、1-产出指标；11-数量指标；培训人次；实施周期指标值:≥XX人次；年度指标值:≥XX人次。", errors: [{ messageId: "placeholder", data: { placeholder: "XX" } }] }],
});
