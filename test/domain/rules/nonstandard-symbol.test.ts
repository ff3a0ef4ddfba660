import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("nonstandard-symbol")!, {
  valid: [
    { indicators: "1、1-产出指标；11-数量指标；会议人数；实施周期指标值:≥700人；年度指标值:≥700人。" },
    { title: "seed 001: ≤2次 is already the standard symbol", indicators: "2、1-产出指标,11-数量指标,因公出国（境）次数；实施周期指标值:≤2次,年度指标值:≤2次;" },
  ],
  invalid: [
    {
      title: "seed 001: ≧2次 in both values, one finding and one fix for both",
      indicators: "2、1-产出指标,11-数量指标,举办非公企业活动次数；实施周期指标值:≧2次,年度指标值:≧2次;",
      errors: [{ messageId: "pairSame", data: { written: "≧", standard: "≥", valueA: "≧2次", valueB: "≧2次" } }],
    },
    {
      title: "seed 002: 大于等于700人 written in words",
      indicators: "1、1-产出指标；11-数量指标；会议人数；实施周期指标值:大于等于700人；年度指标值:大于等于700人。",
      errors: [{ messageId: "pairSame", data: { written: "大于等于", standard: "≥" } }],
    },
    {
      title: "seed 000: 大于5次 in the annual value only",
      indicators: "3、产出指标：宣讲、培训次数，年度指标值：大于5次。",
      project: { name: "“鲲鹏计划”——花都区培育扶持高新企业创新工作" },
      errors: [{ messageId: "single", data: { written: "大于", standard: ">", value: "大于5次" } }],
    },
  ],
});
