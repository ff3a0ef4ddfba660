import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { SEED002_IT_2025, SEED002_TZMM } from "./seed-rows";

ruleTester(ruleById("name-missing")!, {
  valid: [{ title: "seed 002: 信息化运维 names every indicator", project: SEED002_IT_2025, indicators: SEED002_IT_2025.indicators }],
  invalid: [{ title: "seed 002: TZMMZXJF categories and values only", project: SEED002_TZMM, indicators: SEED002_TZMM.indicators, errors: [{ messageId: "nameMissing", data: { categories: "（2-效益指标；22-社会效益）" } }] }],
});
