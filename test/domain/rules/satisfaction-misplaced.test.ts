import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { SEED002_IT_2025 } from "./seed-rows";

ruleTester(ruleById("satisfaction-misplaced")!, {
  valid: [{ title: "satisfaction under 满意度", indicators: "1、3-满意度指标；31-服务对象满意度；群众满意度；年度指标值:≥90%。" }],
  invalid: [
    { title: "seed 002: 服务质量考核情况 under 31", project: SEED002_IT_2025, indicators: SEED002_IT_2025.indicators, scheme: "fin101", errors: [{ messageId: "notSatisfaction" }] },
    { title: "a satisfaction rate under 产出", indicators: "1、1-产出指标；12-质量指标；群众满意度；年度指标值:≥90%。", errors: [{ messageId: "satisfactionElsewhere", data: { level1: "产出" } }] },
  ],
});
