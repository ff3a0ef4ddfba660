import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { seed002MoneyRows } from "./seed-rows";

const rows = seed002MoneyRows();

ruleTester(ruleById("subtotal-mismatch")!, {
  valid: [{ title: "seed 002's second agency ties (79.00)", table: { rows: rows.slice(15) } }],
  invalid: [
    { title: "seed 002: 563.39 against 563.38, a 尾差 within rounding (warning)", table: { rows: rows.slice(1, 15) }, errors: [{ messageId: "roundingGap", severity: "warning", data: { actual: "563.39万元", expected: "563.38万元", rows: 13 } }] },
    { title: "beyond rounding (error)", table: { rows: [{ kind: "agency", name: "单位", amounts: ["20.00", "20.00"] }, ...rows.slice(2, 4)] }, errors: [{ messageId: "beyondRounding", severity: "error" }] },
    { title: "in 元 no rounding excuses it", table: { moneyUnit: "元", rows: [{ kind: "agency", name: "单位", amounts: ["100", "100"] }, { name: "项目", amounts: ["99", "99"] }] }, errors: [{ messageId: "noRoundingInYuan", severity: "error" }] },
  ],
});
