import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("deadline-outside-year")!, {
  valid: [{ title: "inside the budget year", indicators: "1、1-产出指标；13-时效指标；项目完成时间；年度指标值:2025年12月31日前。", budgetYear: 2025 }],
  invalid: [{ title: "last year's date kept", indicators: "1、1-产出指标；13-时效指标；项目完成时间；年度指标值:2024年12月31日前。", budgetYear: 2025, errors: [{ messageId: "annualOutside", data: { year: 2024, budgetYear: 2025 } }] }],
});
