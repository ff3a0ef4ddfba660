import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

const IND = "1、1-产出指标；11-数量指标；走访企业数；年度指标值:≥40家。";

ruleTester(ruleById("goal-missing")!, {
  valid: [{ title: "a goal", project: { goal: "保障办公场所正常运行。" }, indicators: IND }],
  invalid: [
    { title: "blank", project: { goal: null }, indicators: IND, errors: [{ messageId: "goalMissing" }] },
    { title: "#REF!", project: { goal: "#REF!" }, indicators: IND, errors: [{ messageId: "brokenFormula", data: { text: "#REF!" } }] },
  ],
});
