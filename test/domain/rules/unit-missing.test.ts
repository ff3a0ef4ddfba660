import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("unit-missing")!, {
  valid: [{ title: "a unit", indicators: "1、1-产出指标；11-数量指标；走访企业数；年度指标值:≥40家。" }],
  invalid: [{ title: "a bare number", indicators: "1、1-产出指标；11-数量指标；走访企业数；年度指标值:40。", errors: [{ messageId: "noUnit", data: { value: "40" } }] }],
});
