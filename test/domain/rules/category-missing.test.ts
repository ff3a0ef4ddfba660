import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { SEED001_GYGZ, SEED002_HUANJIE } from "./seed-rows";

const COMPLETE = "1、1-产出指标；11-数量指标；培训人数；年度指标值:≥100人。2、2-效益指标；22-社会效益；政策知晓率；年度指标值:≥90%。3、3-满意度指标；31-服务对象满意度；参训人员满意度；年度指标值:≥90%。";

ruleTester(ruleById("category-missing")!, {
  valid: [
    { title: "产出, 效益 and 满意度 (traditional, 成本 not asked when off)", indicators: COMPLETE, options: { requireCost: false } },
  ],
  invalid: [
    { title: "seed 002: 换届经费 under fin101 lacks 效益 (error) and 满意度 (warning)", project: SEED002_HUANJIE, indicators: SEED002_HUANJIE.indicators, scheme: "fin101", errors: [{ messageId: "noOutcome", severity: "error" }, { messageId: "noSatisfaction", severity: "warning" }] },
    { title: "seed 001: 政府雇员工资经费 is internal running: 满意度 an info; no 成本 an info", project: SEED001_GYGZ, indicators: SEED001_GYGZ.indicators, errors: [{ messageId: "noSatisfactionInternal", severity: "info", data: { internal: "雇员" } }, { messageId: "noCostTraditional", severity: "info" }] },
  ],
});
