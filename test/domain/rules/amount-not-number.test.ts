import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("amount-not-number")!, {
  valid: [{ title: "numbers, blanks and -", project: { amounts: ["10.00", "10.00", "-", null] }, indicators: "1、1-产出指标；11-数量指标；走访企业数；年度指标值:≥40家。" }],
  invalid: [{ title: "待定", project: { amounts: ["10.00", "待定"] }, indicators: "1、1-产出指标；11-数量指标；走访企业数；年度指标值:≥40家。", errors: [{ messageId: "notNumber", data: { text: "待定" } }] }],
});
