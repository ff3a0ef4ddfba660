import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { SEED001_GYGZ, SEED001_LXZZ, SEED002_TZMM } from "./seed-rows";

ruleTester(ruleById("duplicate-goal")!, {
  valid: [{ title: "confidential goals may repeat", table: { rows: [{ ...SEED002_TZMM }, { ...SEED002_TZMM, name: "TZMMZXJF2" }] } }],
  invalid: [
    {
      title: "seed 001: 政府雇员工资经费 and 两新组织党务工作者补贴 share one goal",
      table: { rows: [{ ...SEED001_GYGZ }, { ...SEED001_LXZZ }] },
      errors: [{ messageId: "sameGoal", data: { project: "政府雇员工资经费" } }, { messageId: "sameGoal", data: { project: "两新组织党务工作者补贴" } }],
    },
  ],
});
