import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("indicators-missing")!, {
  valid: [{ indicators: "1、1-产出指标；11-数量指标；走访企业数；年度指标值:≥40家。" }],
  invalid: [
    { title: "blank", indicators: "", errors: [{ messageId: "indicatorsMissing" }] },
    { title: "text in which no indicator can be read", indicators: "。", errors: [{ messageId: "unreadable", data: { excerpt: "。" } }] },
  ],
});
