import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("satisfaction-range")!, {
  valid: [
    { title: "seed 000: 民营企业满意度 大于90%", indicators: "3、满意度指标：民营企业满意度，年度指标值：大于90%。" },
    { title: "≥XX% is a placeholder, placeholder-value's finding", indicators: "1、3-满意度指标；31-服务对象满意度；参训人员满意度；年度指标值:≥XX%。" },
    { title: "not a satisfaction indicator", indicators: "1、1-产出指标；12-质量指标；验收合格率；年度指标值:100%。" },
  ],
  invalid: [
    { title: "seed 000: 受益党员满意度 100%", indicators: "1、满意度指标：受益党员满意度，年度指标值：100%。", errors: [{ messageId: "hundred" }] },
    { title: "below 80%", indicators: "1、3-满意度指标；31-服务对象满意度；参训人员满意度；年度指标值:≥60%。", errors: [{ messageId: "low" }] },
    { title: "in words", indicators: "1、3-满意度指标；31-服务对象满意度；群众满意度；年度指标值:满意。", errors: [{ messageId: "notPercent" }] },
  ],
});
