import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { SEED002_IT_2025 } from "./seed-rows";

ruleTester(ruleById("output-dimensions")!, {
  valid: [
    { title: "seed 002: 信息化运维 has a 时效 output", project: SEED002_IT_2025, indicators: SEED002_IT_2025.indicators },
    { title: "short dialect: no 二级, nothing judged", indicators: "1、产出指标：慰问党员人数，年度指标值：4人。2、满意度指标：受益党员满意度，年度指标值：≥90%。" },
  ],
  invalid: [
    {
      title: "seed 001: 因公出国（境）经费, four 数量 outputs",
      indicators: "2、1-产出指标,11-数量指标,因公出国（境）次数；实施周期指标值:≤2次,年度指标值:≤2次;,3、1-产出指标,11-数量指标,出访交流学习的人数；实施周期指标值:≥1人,年度指标值:≥1人;",
      errors: [{ messageId: "quantityOnly", data: { count: 2 } }],
    },
  ],
});
