import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { SEED002_HUANJIE, SEED002_IT_2025 } from "./seed-rows";

ruleTester(ruleById("cost-exceeds-amount")!, {
  valid: [{ title: "seed 002: 换届经费 ≤53.75万元 against 53.75", project: SEED002_HUANJIE, indicators: SEED002_HUANJIE.indicators, scheme: "fin101" }],
  invalid: [{ title: "seed 002: 信息化运维 不超过24万元 against 2.15", project: SEED002_IT_2025, indicators: SEED002_IT_2025.indicators, scheme: "fin101", errors: [{ messageId: "costAboveTotal", data: { found: "24万元", total: "2.15万元" } }] }],
});
