import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";

const SUSTAIN = "1、2-效益指标,24-可持续影响,雇员考核；实施周期指标值:称职或以上,年度指标值:称职或以上;";

ruleTester(ruleById("level-mismatch")!, {
  valid: [
    { title: "seed 001: 24-可持续影响 in the traditional scheme", indicators: SUSTAIN, scheme: "traditional" },
    { title: "seed 002: 4-成本指标 under fin101", indicators: "3、4-成本指标；41-经济成本指标；年度投入；实施周期指标值:不超过24万元；年度指标值:不超过24万元。", scheme: "fin101" },
  ],
  invalid: [
    { title: "seed 001's 24-可持续影响 under fin101: an info (the guidance still lists it)", indicators: SUSTAIN, scheme: "fin101", errors: [{ messageId: "sustainableFin101", severity: "info" }] },
    { title: "31-服务对象满意度 under 产出", indicators: "1、1-产出指标；31-服务对象满意度；群众满意度；年度指标值:≥90%。", errors: [{ messageId: "wrongParent", severity: "error" }] },
    { title: "21 written for 社会效益", indicators: "1、2-效益指标；21-社会效益；党员归属感；年度指标值:≥90%。", errors: [{ messageId: "codeMismatch", data: { code: "21", name: "社会效益" } }] },
  ],
});
