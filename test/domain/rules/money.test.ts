import { buildTable, oneProject } from "../../support/build-table";
import { runRule } from "../../support/run-rule";
import { SEED002_HUANJIE, SEED002_IT_2025, seed002MoneyRows } from "./seed-rows";

describe("sources-sum-mismatch", () => {
  it("reports 总计 ≠ 财政拨款 + 财政专户拨款 + 其他资金, to the cent", () => {
    const t = buildTable({ rows: [{ name: "购置经费", amounts: ["36.04", "30.00", null, "6.03"] }] });
    const [f] = runRule("sources-sum-mismatch", t);
    expect(f).toMatchObject({ cell: "B4", expected: "36.03", actual: "36.04", difference: "0.01" });
    expect(f.parts?.map((p) => p.cell)).toEqual(["C4", "D4", "E4"]);
    expect(f.message).toContain("相差0.01万元");
  });
  it("accepts every row of seed 002, where 总计 = 财政拨款", () => {
    expect(runRule("sources-sum-mismatch", buildTable({ rows: seed002MoneyRows() }))).toEqual([]);
  });
});

describe("subtotal-mismatch", () => {
  it("finds seed 002's first agency: 563.39 over projects adding up to 563.38, within rounding", () => {
    const f = runRule("subtotal-mismatch", buildTable({ rows: seed002MoneyRows() }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ agency: "广州市工商业联合会", project: null, cell: "B5", expected: "563.38", actual: "563.39", difference: "0.01" });
    expect(f[0].parts).toHaveLength(13);
    expect(f[0].parts?.[0]).toEqual({ cell: "B6", name: "工作经费", amount: "12.00" });
    expect(f[0].message).toContain("逐行四舍五入的范围内（13行×0.005=0.065万元）");
    expect(f[0].key).toBe("subtotal-mismatch|项目支出绩效目标表|广州市工商业联合会||总计");
  });
  it("says when the gap is too large for rounding", () => {
    const rows = seed002MoneyRows();
    rows[1] = { kind: "agency", name: "广州市工商业联合会", amounts: ["573.38", "573.38"] };
    const [f] = runRule("subtotal-mismatch", buildTable({ rows }));
    expect(f.message).toContain("超出逐行四舍五入可能造成的最大误差");
  });
  it("accepts an agency equal to its projects (seed 002's second agency, and the first once corrected)", () => {
    const rows = seed002MoneyRows();
    rows[1] = { kind: "agency", name: "广州市工商业联合会", amounts: ["563.38", "563.38"] };
    rows[0] = { kind: "total", name: "合计", amounts: ["642.38", "642.38"] };
    expect(runRule("subtotal-mismatch", buildTable({ rows }))).toEqual([]);
  });
  it("honours a tolerance from the config", () => {
    expect(runRule("subtotal-mismatch", buildTable({ rows: seed002MoneyRows() }), { options: { tolerance: 0.01 } })).toEqual([]);
  });
});

describe("total-mismatch", () => {
  it("is quiet on seed 002: 合计 642.39 = 563.39 + 79.00 (compared with the agencies, not the projects)", () => {
    expect(runRule("total-mismatch", buildTable({ rows: seed002MoneyRows() }))).toEqual([]);
  });
  it("reports 合计 ≠ the agencies", () => {
    const rows = seed002MoneyRows();
    rows[0] = { kind: "total", name: "合计", amounts: ["642.40", "642.40"] };
    const [f] = runRule("total-mismatch", buildTable({ rows }));
    expect(f).toMatchObject({ cell: "B4", expected: "642.39", actual: "642.40" });
    expect(f.parts?.map((p) => p.name)).toEqual(["广州市工商业联合会", "广州市民营企业投诉中心"]);
  });
  it("compares with the projects when there are no agency rows", () => {
    const rows = [
      { kind: "total" as const, name: "合计", amounts: ["49.00", "49.00"] },
      { name: "办公场地项目经费", amounts: ["14.00", "14.00"] },
      { name: "扶贫工作经费", amounts: ["0.30", "0.30"] },
    ];
    const [f] = runRule("total-mismatch", buildTable({ rows }));
    expect(f).toMatchObject({ expected: "14.30", actual: "49.00" });
    expect(f.message).toContain("2个项目之和");
  });
});

describe("cost-exceeds-amount", () => {
  it("finds seed 002's 信息化运维 2025-2026: 不超过24万元 against 2.15", () => {
    const [f] = runRule("cost-exceeds-amount", oneProject(SEED002_IT_2025), { scheme: "fin101" });
    expect(f).toMatchObject({ indicator: { seq: 3, name: "年度投入" }, expected: "2.15", actual: "24.00", difference: "21.85", cell: "G4" });
    const text = SEED002_IT_2025.indicators;
    expect(text.slice(f.span!.start, f.span!.end)).toBe("24万元");
    expect(f.span!.start).toBeGreaterThan(text.indexOf("年度指标值:不超过24万元"));
  });
  it("converts units: 240000元 in a table in 万元 exceeds 2.15, 21500元 does not", () => {
    const cell = (v: string) => `1、4-成本指标；41-经济成本指标；年度投入；年度指标值:≤${v}。`;
    expect(runRule("cost-exceeds-amount", oneProject({ amounts: ["2.15", "2.15"], indicators: cell("240000元") }), { scheme: "fin101" })).toHaveLength(1);
    expect(runRule("cost-exceeds-amount", oneProject({ amounts: ["2.15", "2.15"], indicators: cell("21500元") }), { scheme: "fin101" })).toEqual([]);
    expect(runRule("cost-exceeds-amount", oneProject({ amounts: ["21500", "21500"], indicators: cell("2.15万元") }, { moneyUnit: "元" }), { scheme: "fin101" })).toEqual([]);
  });
  it("accepts a cost equal to the amount (seed 002 换届经费, ≤53.75万元) and ignores unit prices", () => {
    expect(runRule("cost-exceeds-amount", oneProject(SEED002_HUANJIE), { scheme: "fin101" })).toEqual([]);
    const perHead = "1、1-产出指标；14-成本指标；人均培训成本；年度指标值:≤500元/人。";
    expect(runRule("cost-exceeds-amount", oneProject({ amounts: ["0.01", "0.01"], indicators: perHead }))).toEqual([]);
  });
});

describe("goal-amount-mismatch", () => {
  const goal = (text: string, total = "12.00") => oneProject({ name: "工作经费", amounts: [total, total], goal: text });
  it("reports a goal naming the project's money that differs from 总计", () => {
    const [f] = runRule("goal-amount-mismatch", goal("本项目安排资金47万元，用于开展港澳及海外联谊活动。"));
    expect(f).toMatchObject({ cell: "F4", expected: "12.00", actual: "47.00", subject: "47万元|12.00" });
    expect(f.message).toContain("“47万元”");
  });
  it("accepts the same sum in another unit", () => {
    expect(runRule("goal-amount-mismatch", goal("本项目安排资金120,000元，用于开展港澳及海外联谊活动。"))).toEqual([]);
  });
  it("leaves other money alone: 引进资金, 吸引投资, 其中, unit prices", () => {
    expect(runRule("goal-amount-mismatch", goal("协助政府有关部门引进资金5000万元，帮助民营企业拓展国际市场。"))).toEqual([]);
    expect(runRule("goal-amount-mismatch", goal("吸引民企投资花都，全年吸引投资不少于2亿元。"))).toEqual([]);
    expect(runRule("goal-amount-mismatch", goal("安排经费12万元，其中培训费3万元。"))).toEqual([]);
    expect(runRule("goal-amount-mismatch", goal("按每人每天200元标准安排伙食补助经费。"))).toEqual([]);
  });
  it("is quiet on seed 002 goals, which name no sum", () => {
    expect(runRule("goal-amount-mismatch", oneProject(SEED002_IT_2025))).toEqual([]);
  });
});
