import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("value-repeats-name")!, {
  valid: [
    { title: "a value that contains the name and a number", indicators: "1、3-满意度指标；31-服务对象满意度；服务满意度；年度指标值:服务满意度≥90%。" },
    { title: "seed 002: 推动商会网格化 has its own value", indicators: "2、1-产出指标；11-数量指标；推动商会网格化；实施周期指标值:选取商会大于等于10家；年度指标值:选取商会大于等于10家。" },
  ],
  invalid: [
    {
      title: "seed 002: 党建赋能民企发展 → 党建赋能民企发展",
      indicators: "2、2-效益指标；22-社会效益；党建赋能民企发展；实施周期指标值:党建赋能民企发展；年度指标值:党建赋能民企发展。",
      errors: [{ messageId: "repeats", data: { value: "党建赋能民企发展" } }],
    },
  ],
});
