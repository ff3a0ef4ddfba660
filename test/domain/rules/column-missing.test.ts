import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

const IND = "1、1-产出指标；11-数量指标；走访企业数；年度指标值:≥40家。";

ruleTester(ruleById("column-missing")!, {
  valid: [{ indicators: IND }],
  invalid: [{ title: "no 财政专户拨款", table: { missingColumns: ["special"], rows: [{ name: "项目", amounts: ["1.00", "1.00"], goal: "目标。", indicators: IND }] }, errors: [{ messageId: "columnMissing", data: { columnZh: "财政专户拨款" } }] }],
});
