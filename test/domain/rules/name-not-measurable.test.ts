import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("name-not-measurable")!, {
  valid: [
    { title: "seed 002: 开展培训次数 ends in a measure", indicators: "2、1-产出指标；11-数量指标；开展培训次数；实施周期指标值:大于等于3次；年度指标值:大于等于3次。" },
    { title: "提升服务满意度 ends in 度", indicators: "1、3-满意度指标；31-服务对象满意度；提升服务满意度；年度指标值:≥90%。" },
    { title: "a plain count", indicators: "4、1-产出指标,11-数量指标,走访企业数；实施周期指标值:≧40家,年度指标值:≧40家;" },
  ],
  invalid: [
    {
      title: "seed 001: 推动经贸交流",
      indicators: "3、2-效益指标,21-经济效益,推动经贸交流；实施周期指标值:有则得满分，否则酌情扣分,年度指标值:有则得满分，否则酌情扣分;",
      errors: [{ messageId: "action", data: { verb: "推动" } }],
    },
    {
      title: "seed 001: 加大政策宣讲力度 (力度 is no measure)",
      indicators: "5、2-效益指标,24-可持续影响,加大政策宣讲力度；实施周期指标值:有则得满分，否则酌情扣分,年度指标值:有则得满分，否则酌情扣分;",
      errors: [{ messageId: "action", data: { verb: "加大" } }],
    },
  ],
});
