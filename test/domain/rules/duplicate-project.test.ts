import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

const p = (name: string) => ({ name, amounts: ["4.00", "4.00"], goal: "提供法律顾问服务。", indicators: "1、1-产出指标；11-数量指标；聘请数量；年度指标值:1家。" });

ruleTester(ruleById("duplicate-project")!, {
  valid: [{ title: "seed 002: 法律顾问服务 under two agencies", table: { rows: [{ kind: "agency", name: "广州市工商业联合会", amounts: ["4.00", "4.00"] }, p("法律顾问服务"), { kind: "agency", name: "广州市民营企业投诉中心", amounts: ["4.00", "4.00"] }, p("法律顾问服务")] } }],
  invalid: [{ title: "twice under one agency", table: { rows: [{ kind: "agency", name: "广州市工商业联合会", amounts: ["8.00", "8.00"] }, p("法律顾问服务"), p("法律顾问服务")] }, errors: [{ messageId: "underAgency", data: { agency: "广州市工商业联合会" } }] }],
});
