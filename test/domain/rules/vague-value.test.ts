import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("vague-value")!, {
  valid: [
    { title: "a number", indicators: "1、1-产出指标；11-数量指标；开展培训次数；年度指标值:≥3次。" },
    { title: "≥XX次 is a placeholder, placeholder-value's finding", indicators: "1、1-产出指标；11-数量指标；开展培训次数；年度指标值:≥XX次。" },
    { title: "成效不明显 inside a rubric is a shortfall, not a hedge", indicators: "1、1-产出指标,12-质量指标,帮扶工作；年度指标值:切实可行且成效不明显，部分得分;" },
  ],
  invalid: [
    { title: "seed 000: 企业创新力持续提升 (a warning)", indicators: "1、效益指标：企业创新力，年度指标值：企业创新力持续提升。", errors: [{ messageId: "vagueWord", severity: "warning", data: { word: "持续提升" } }] },
    { title: "seed 000: a 次数 answered in words", indicators: "2、产出指标：开展相关法律宣讲活动次数，年度指标值：开展相关法律宣讲活动。", errors: [{ messageId: "noNumber" }] },
  ],
});
