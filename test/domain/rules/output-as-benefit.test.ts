import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("output-as-benefit")!, {
  valid: [
    { title: "the same count under 产出", indicators: "1、1-产出指标；11-数量指标；开展宣讲活动次数；年度指标值:≥5次。" },
    { title: "受益 names a result", indicators: "1、2-效益指标；22-社会效益；受益企业数；年度指标值:≥100家。" },
    { title: "带动就业人数 is an outcome", indicators: "1、2-效益指标；21-经济效益；带动就业人数；年度指标值:≥20人。" },
    { title: "安全责任事故次数 counts what is avoided (a false alarm found by the picker library)", indicators: "1、2-效益指标；22-社会效益；安全责任事故次数；年度指标值:0次。" },
  ],
  invalid: [
    {
      title: "an activity count under 效益",
      indicators: "1、2-效益指标；22-社会效益；开展宣讲活动次数；年度指标值:≥5次。",
      errors: [{ messageId: "activity" }],
    },
  ],
});
