import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("rate-under-quantity")!, {
  valid: [
    { title: "出勤率 under 质量指标", indicators: "6、1-产出指标,12-质量指标,活动出勤率；实施周期指标值:≥85%,年度指标值:≥85%;" },
    { title: "完成率 may count", indicators: "1、1-产出指标；11-数量指标；培训计划完成率；年度指标值:100%。" },
    { title: "no 二级 written", indicators: "1、产出指标：活动出勤率，年度指标值：≥85%。" },
  ],
  invalid: [
    {
      title: "seed 001: 因公出国（境）审批率 under 11-数量指标",
      indicators: "5、1-产出指标,11-数量指标,因公出国（境）审批率；实施周期指标值:100%,年度指标值:100%;",
      errors: [{ messageId: "rate" }],
    },
  ],
});
