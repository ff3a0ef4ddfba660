import { ruleById } from "../../../src/domain/rules";
import { impliedTarget } from "../../../src/domain/rules/rubric-as-value";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("rubric-as-value")!, {
  valid: [
    { title: "a target, not a rubric", indicators: "6、1-产出指标,12-质量指标,活动出勤率；实施周期指标值:≥85%,年度指标值:≥85%;" },
    { title: "seed 000: 良好 is vague-value's, not a rubric", indicators: "1、产出指标：法律服务质量，年度指标值：良好。" },
  ],
  invalid: [
    {
      title: "seed 001: 85%及以上得满分 → ≥85%, fixed in both values",
      indicators: "6、1-产出指标,11-数量指标,活动出勤率；实施周期指标值:85%及以上得满分，否则否则每下降5%扣该项指标对应分数10%,年度指标值:85%及以上得满分，否则否则每下降5%扣该项指标对应分数10%;",
      errors: [{ messageId: "rubricWithTarget", data: { target: "≥85%" } }],
    },
    {
      title: "seed 001: 覆盖率90%以上得满分 → ≥90%",
      indicators: "4、2-效益指标,22-社会效益,全区非公经济党的组织和工作覆盖率；实施周期指标值:覆盖率90%以上得满分，否则每下降5%扣该项指标对应分数10%,年度指标值:覆盖率90%以上得满分，否则每下降5%扣该项指标对应分数10%;",
      errors: [{ messageId: "rubricWithTarget", data: { target: "≥90%" } }],
    },
    {
      title: "seed 001: 有则得满分，否则酌情扣分 names no target, so no fix",
      indicators: "1、2-效益指标,22-社会效益,开展社会公益事业；实施周期指标值:有则得满分，否则酌情扣分,年度指标值:有则得满分，否则酌情扣分;",
      errors: [{ messageId: "rubric", data: { value: "有则得满分，否则酌情扣分" } }],
    },
  ],
});

test("impliedTarget reads the full-score threshold, and nothing where there is none", () => {
  expect(impliedTarget("85%及以上得满分，否则每下降5%扣分")).toBe("≥85%");
  expect(impliedTarget("差错率5%以下得满分")).toBe("≤5%");
  expect(impliedTarget("有则得满分，否则酌情扣分")).toBeNull();
});
