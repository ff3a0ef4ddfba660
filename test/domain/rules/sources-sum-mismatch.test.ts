import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

const IND = "1、1-产出指标；11-数量指标；走访企业数；年度指标值:≥40家。";

ruleTester(ruleById("sources-sum-mismatch")!, {
  valid: [{ title: "12.00 = 10.00 + 2.00", project: { amounts: ["12.00", "10.00", "2.00"] }, indicators: IND }],
  invalid: [{ title: "12.00 ≠ 10.00", project: { amounts: ["12.00", "10.00"] }, indicators: IND, errors: [{ messageId: "sourcesDiffer", data: { total: "12.00万元", sum: "10.00万元" } }] }],
});
