import { parseValue } from "../../../src/domain/indicator/values";

const q = (comparator: string | null, comparatorText: string | null, number: number, numberText: string, unit: string | null, prefix?: string) => ({
  kind: "quantity",
  comparator,
  comparatorText,
  number,
  numberText,
  unit,
  ...(prefix ? { prefix } : {}),
});

describe("parseValue: quantities from the seeds", () => {
  it.each([
    ["大于等于1批次", q("≥", "大于等于", 1, "1", "批次")],
    ["≥90%", q("≥", "≥", 90, "90", "%")],
    ["≧2次", q("≥", "≧", 2, "2", "次")],
    ["≤2名", q("≤", "≤", 2, "2", "名")],
    ["大于5次", q(">", "大于", 5, "5", "次")],
    ["大于95%", q(">", "大于", 95, "95", "%")],
    ["大于90分", q(">", "大于", 90, "90", "分")],
    ["100%", q(null, null, 100, "100", "%")],
    ["12期", q(null, null, 12, "12", "期")],
    ["1年", q(null, null, 1, "1", "年")],
    ["846.13平方米", q(null, null, 846.13, "846.13", "平方米")],
    ["小于等于53.75万元", q("≤", "小于等于", 53.75, "53.75", "万元")],
    ["不超过24万元。", q("≤", "不超过", 24, "24", "万元")],
    ["不超15万元", q("≤", "不超", 15, "15", "万元")],
    ["大于等于10场次", q("≥", "大于等于", 10, "10", "场次")],
    ["大于等于700人", q("≥", "大于等于", 700, "700", "人")],
    ["4万元", q(null, null, 4, "4", "万元")],
  ])("%s", (raw, expected) => {
    expect(parseValue(raw)).toEqual(expected);
  });

  it.each([
    ["有效化解率大于等于90%", q("≥", "大于等于", 90, "90", "%", "有效化解率")],
    ["该项目整体支出金额不超过35万元", q("≤", "不超过", 35, "35", "万元", "该项目整体支出金额")],
    ["选取商会大于等于10家", q("≥", "大于等于", 10, "10", "家", "选取商会")],
    ["年度报告1份", q(null, null, 1, "1", "份", "年度报告")],
    ["保障服务年限1年", q(null, null, 1, "1", "年", "保障服务年限")],
  ])("with a text prefix: %s", (raw, expected) => {
    expect(parseValue(raw)).toEqual(expected);
  });
});

describe("parseValue: comparator words", () => {
  it.each([
    ["不低于95%", "≥"], ["不少于3次", "≥"], ["≧3次", "≥"], [">=3次", "≥"], ["90%以上", "≥"], ["90%及以上", "≥"],
    ["小于等于5天", "≤"], ["≦5天", "≤"], ["<=5天", "≤"], ["不高于5%", "≤"], ["不多于3个", "≤"], ["5个工作日以内", "≤"],
    ["＞80%", ">"], ["超过80%", ">"], ["高于80%", ">"],
    ["＜5%", "<"], ["<5%", "<"], ["小于5%", "<"], ["低于5%", "<"], ["不足5%", "<"], ["少于3次", "<"],
    ["＝100%", "="], ["=100%", "="], ["等于100%", "="],
  ])("%s → %s", (raw, comparator) => {
    const v = parseValue(raw);
    expect(v).toMatchObject({ kind: "quantity", comparator });
    if (v.kind === "quantity") expect(raw.startsWith(v.comparatorText!) || raw.endsWith(v.comparatorText!)).toBe(true);
  });

  it("normalises the full-width percent and reads full-width digits", () => {
    expect(parseValue("≥９５％")).toEqual(q("≥", "≥", 95, "９５", "%"));
  });

  it("reads thousands separators", () => {
    expect(parseValue("≥1,200人次")).toEqual(q("≥", "≥", 1200, "1,200", "人次"));
    expect(parseValue("1,2次")).toEqual({ kind: "qualitative", text: "1,2次" });
  });

  it("reads per-unit rates", () => {
    expect(parseValue("≤300元/人")).toMatchObject({ kind: "quantity", number: 300, unit: "元/人" });
  });
});

describe("parseValue: qualitative, deadline, empty", () => {
  it.each([
    "85%及以上得满分，否则否则每下降5%扣该项指标对应分数10%",
    "覆盖率90%以上得满分，否则每下降5%扣该项指标对应分数10%",
    "反映帮助结对帮扶对象解决问题情况：解决1个实际问题",
    "切实可行且富有成效，得满分；切实可行且成效不明显，部分得分；不切实可行，不得分",
    "达标",
    "称职或以上",
    "一家律所",
    "聘请律所两家",
    "按计划时间完成",
    "企业创新力持续提升",
  ])("%s is qualitative", (raw) => {
    expect(parseValue(raw)).toEqual({ kind: "qualitative", text: raw.replace(/。$/, "") });
  });

  it.each([
    ["2023年12月31日前", 2023, 12, 31, null],
    ["2025年6月底前", 2025, 6, null, null],
    ["12月31日前", null, 12, 31, null],
    ["第三季度前", null, null, null, 3],
    ["2024.06", 2024, 6, null, null],
    ["2024年底前", 2024, null, null, null],
    ["于2024年12月底前完成", 2024, 12, null, null],
  ])("%s is a deadline", (raw, year, month, day, quarter) => {
    expect(parseValue(raw)).toEqual({ kind: "deadline", year, month, day, quarter, text: raw });
  });

  it("keeps quantities that only look like dates as quantities", () => {
    expect(parseValue("1年")).toMatchObject({ kind: "quantity", unit: "年" });
    expect(parseValue("2024.5万元")).toMatchObject({ kind: "quantity", number: 2024.5, unit: "万元" });
  });

  it.each(["", "   ", "。", "；", "—", "/", "**"])("%p is empty", (raw) => {
    expect(parseValue(raw)).toEqual({ kind: "empty" });
  });
});
