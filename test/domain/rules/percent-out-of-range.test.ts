import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("percent-out-of-range")!, {
  valid: [{ title: "a growth rate may pass 100%", indicators: "1、效益指标：会员企业营业收入增长率，年度指标值：≥120%。" }],
  invalid: [{ title: "≥190% for a completion rate", indicators: "1、产出指标：培训任务完成率，年度指标值：≥190%。", errors: [{ messageId: "above100", data: { value: "≥190%" } }] }],
});
