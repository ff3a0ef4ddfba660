import { ruleById } from "../../../src/domain/rules";
import { checkTable } from "../../../src/domain/check";
import { buildTable } from "../../support/build-table";
import { ruleTester } from "./rule-tester";

ruleTester(ruleById("text-typo")!, {
  valid: [
    { title: "seed 001's ;, between items is one mark each", indicators: "1、1-产出指标,13-时效指标,费用支付及时率；实施周期指标值:100%,年度指标值:100%;,2、1-产出指标,11-数量指标,租赁场地面积；实施周期指标值:达标,年度指标值:达标;" },
    { title: "紧紧围绕 and 促进进一步 are words, not slips", project: { goal: "紧紧围绕区委区政府中心工作，促进进一步发展。" }, indicators: "1、1-产出指标；11-数量指标；走访企业数；实施周期指标值:≥40家；年度指标值:≥40家。" },
    { title: "；； where the name belongs is an empty slot (name-missing), not a slip", indicators: "1、1-产出指标；12-质量指标；；实施周期指标值:≥85%；年度指标值:≥85%。" },
  ],
  invalid: [
    {
      title: "doubled 。 where an item ends and where the cell ends",
      indicators: "1、1-产出指标；11-数量指标；开展培训次数；年度指标值:≥3次。。2、1-产出指标；12-质量指标；培训合格率；年度指标值:≥95%。。",
      errors: [
        { messageId: "endDoubled", data: { text: "。。", replacement: "。" } },
        { messageId: "endDoubled", data: { text: "。。", replacement: "。" } },
      ],
    },
    {
      title: "doubled separators the parser reads as one: ；；, ，， and ：： in one item",
      indicators: "1、1-产出指标；；11-数量指标；走访企业数，，年度指标值：：≥40家。",
      errors: [
        { messageId: "separatorDoubled", data: { text: "；；", replacement: "；" } },
        { messageId: "separatorDoubled", data: { text: "，，", replacement: "，" } },
        { messageId: "separatorDoubled", data: { text: "：：", replacement: "：" } },
      ],
    },
    {
      title: "the same doubled separator twice in an item: one finding, one fix for both",
      indicators: "1、产出指标：：培训人数，实施周期指标值：：50人，年度指标值：50人。",
      errors: [{ messageId: "separatorDoubled", data: { text: "：：", countNote: { zh: "（本指标共2处）", en: "" } } }],
    },
    {
      title: "、、 after the item number",
      indicators: "1、产出指标：培训人数，年度指标值：50人。2、、产出指标：培训次数，年度指标值：5次。",
      errors: [{ messageId: "separatorDoubled", data: { text: "、、", replacement: "、" } }],
    },
    {
      title: "a doubled mark inside a value is reported once, as the value's slip",
      indicators: "1、产出指标：参训人次，年度指标值：50人次、、。",
      errors: [{ messageId: "indicatorDoubled", data: { text: "、、" } }],
    },
    {
      title: "seed 001: 商会会参与活动率 and 否则否则 in one indicator",
      indicators: "2、1-产出指标,11-数量指标,商会会参与活动率；实施周期指标值:85%及以上得满分，否则否则每下降5%扣该项指标对应分数10%,年度指标值:85%及以上得满分，否则否则每下降5%扣该项指标对应分数10%;",
      errors: [
        { messageId: "indicatorDoubled", data: { text: "会会", replacement: "会" } },
        { messageId: "indicatorDoubled", data: { text: "否则否则", replacement: "否则" } },
      ],
    },
    {
      title: "seed 001: 二十大大 in a goal",
      project: { goal: "引导全区非公经济组织切实把思想和行动统一到党的二十大大精神上来。" },
      indicators: "1、1-产出指标；11-数量指标；走访非公党组织个数；实施周期指标值:≥30个；年度指标值:≥30个。",
      errors: [{ messageId: "goalDoubled", data: { text: "二十大大", replacement: "二十大" } }],
    },
  ],
});

describe("text-typo: a doubled separator is one finding in the whole check", () => {
  it("no other rule reports the marks text-typo fixes", () => {
    const cell = "1、1-产出指标；；11-数量指标；走访企业数，，年度指标值：：≥40家。2、产出指标：培训人数，年度指标值：50人、、。";
    const table = buildTable({ rows: [{ name: "测试项目", amounts: ["10.00", "10.00"], goal: "保障工作正常开展。", indicators: cell }] });
    const findings = checkTable(table);
    const fixed = findings.filter((f) => f.rule === "text-typo").sort((a, b) => a.fix!.start - b.fix!.start);
    expect(fixed.map((f) => cell.slice(f.fix!.start, f.fix!.end))).toEqual(["；；", "，，", "：：", "、、"]);
    const overlapping = findings.filter((f) => f.rule !== "text-typo" && f.span && fixed.some((t) => t.fix!.start < f.span!.end && f.span!.start < t.fix!.end));
    expect(overlapping.map((f) => f.rule)).toEqual([]);
  });
});
