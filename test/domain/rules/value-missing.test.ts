import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { SEED002_HUANJIE } from "./seed-rows";

ruleTester(ruleById("value-missing")!, {
  valid: [{ title: "seed 002: 换届经费 complete", project: SEED002_HUANJIE, indicators: SEED002_HUANJIE.indicators }],
  invalid: [
    { title: "seed 000: 政府购买法律服务费用年度指标值：。", indicators: "1、产出指标：政府购买法律服务费用年度指标值：。2、产出指标：开展相关法律宣讲活动次数，年度指标值：≥4次。", errors: [{ messageId: "valueMissing", data: { field: { zh: "年度指标值", en: "annual value" } } }] },
    { title: "a blank 实施周期指标值 where the table uses it", indicators: "1、1-产出指标；11-数量指标；会议人数；实施周期指标值:；年度指标值:大于等于700人。", errors: [{ messageId: "valueMissing", data: { field: { zh: "实施周期指标值", en: "period value" } } }] },
  ],
});
