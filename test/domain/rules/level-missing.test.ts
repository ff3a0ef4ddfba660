import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("level-missing")!, {
  valid: [{ title: "a short-dialect 社会效益 tells its 一级", indicators: "1、社会效益：党员归属感，年度指标值：≥90%。" }],
  invalid: [{ title: "the 一级 left blank", indicators: "1、产出指标：调研课题数，年度指标值：2个。2、：形成研究报告（份），年度指标值：4份。", errors: [{ messageId: "noLevel1" }] }],
});
