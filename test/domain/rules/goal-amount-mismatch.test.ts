import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

const IND = "1、1-产出指标；11-数量指标；走访企业数；年度指标值:≥40家。";

ruleTester(ruleById("goal-amount-mismatch")!, {
  valid: [
    { title: "the goal names the total", project: { amounts: ["12.00", "12.00"], goal: "安排资金12万元，用于走访企业。" }, indicators: IND },
    { title: "money attracted is another sum", project: { amounts: ["12.00", "12.00"], goal: "吸引投资500万元。" }, indicators: IND },
  ],
  invalid: [{ title: "安排资金47万元 against 12.00", project: { amounts: ["12.00", "12.00"], goal: "安排资金47万元，用于走访企业。" }, indicators: IND, errors: [{ messageId: "sumDiffers", data: { found: "47万元", total: "12.00万元" } }] }],
});
