import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { seed002MoneyRows } from "./seed-rows";

const rows = seed002MoneyRows();

ruleTester(ruleById("total-mismatch")!, {
  valid: [{ title: "seed 002: 642.39 = 563.39 + 79.00", table: { rows } }],
  invalid: [{ title: "合计 642.40", table: { rows: [{ ...rows[0], amounts: ["642.40", "642.40"] }, ...rows.slice(1)] }, errors: [{ messageId: "roundingGap", data: { actual: "642.40万元", expected: "642.39万元" } }] }],
});
