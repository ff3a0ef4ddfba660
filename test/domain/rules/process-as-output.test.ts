import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("process-as-output")!, {
  valid: [
    { title: "seed 002: 故障处理及时率 is service timeliness", indicators: "1、1-产出指标；13-时效指标；故障处理及时率；实施周期指标值:大于95%；年度指标值:大于95%。" },
  ],
  invalid: [
    {
      title: "seed 002: 全年支出率 as the only output (warning)",
      indicators: "1、1-产出指标；13-时效指标；全年支出率；实施周期指标值:100%；年度指标值:100%。2、2-效益指标；22-社会效益；党建赋能民企发展；年度指标值:党建赋能民企发展。",
      errors: [{ messageId: "onlyOutput", severity: "warning" }],
    },
    {
      title: "seed 001: 费用支付及时率 beside 租赁场地面积 (info)",
      indicators: "1、1-产出指标,13-时效指标,费用支付及时率；实施周期指标值:100%,年度指标值:100%;,2、1-产出指标,11-数量指标,租赁场地面积；实施周期指标值:达标,年度指标值:达标;",
      errors: [{ messageId: "besideOutputs", severity: "info" }],
    },
  ],
});
