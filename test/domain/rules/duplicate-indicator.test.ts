import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("duplicate-indicator")!, {
  valid: [{ title: "distinct names", indicators: "1、1-产出指标；11-数量指标；物业服务年限；年度指标值:1年。2、1-产出指标；11-数量指标；运营服务年限；年度指标值:1年。" }],
  invalid: [{ title: "服务年限 twice", indicators: "1、1-产出指标；11-数量指标；服务年限；年度指标值:1年。2、1-产出指标；11-数量指标；服务年限；年度指标值:1年。", errors: [{ messageId: "repeated", data: { first: { zh: "第1项", en: "#1" } } }] }],
});
