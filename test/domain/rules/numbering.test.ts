import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { SEED000_TSZX, SEED001_GYGZ, SEED001_LXZZ } from "./seed-rows";

ruleTester(ruleById("numbering")!, {
  valid: [{ title: "seed 001: 两新组织党务工作者补贴 runs 1、2、3", project: SEED001_LXZZ, indicators: SEED001_LXZZ.indicators }],
  invalid: [
    { title: "seed 001: 政府雇员工资经费 1、1、2 (renumbered by the fix)", project: SEED001_GYGZ, indicators: SEED001_GYGZ.indicators, errors: [{ messageId: "repeat", data: { written: "1、1、2", expected: "1、2、3", position: 2 } }] },
    { title: "seed 000: 投诉中心 1、2、3、1", project: SEED000_TSZX, indicators: SEED000_TSZX.indicators, errors: [{ messageId: "restart", data: { written: "1、2、3、1" } }] },
  ],
});
