import { buildTable, oneProject } from "../../support/build-table";
import { runRule } from "../../support/run-rule";
import { SEED000_TSZX, SEED000_WW, SEED001_GYGZ, SEED001_LXZZ, SEED002_HUANJIE, SEED002_IT_2025, SEED002_TZMM } from "./seed-rows";

describe("goal-missing", () => {
  it("reports a project with a blank goal, at its goal cell", () => {
    const [f] = runRule("goal-missing", oneProject({ ...SEED002_HUANJIE, goal: null }));
    expect(f).toMatchObject({ cell: "F4", project: "广州市工商业联合会换届经费", severity: "error" });
  });
  it("never reports 合计 or an agency row, whose goal is blank by design (seed 002 广州市民营企业投诉中心)", () => {
    const t = buildTable({
      rows: [
        { kind: "total", name: "合计", amounts: ["15.00", "15.00"] },
        { kind: "agency", name: "广州市民营企业投诉中心", amounts: ["15.00", "15.00"] },
        { name: "业务用房服务管理费", amounts: ["15.00", "15.00"], goal: "通过采购物业服务，维持办公区域秩序。", indicators: SEED002_HUANJIE.indicators },
      ],
    });
    expect(runRule("goal-missing", t)).toEqual([]);
  });
});

describe("indicators-missing", () => {
  it("reports a project with a blank indicator cell", () => {
    const [f] = runRule("indicators-missing", oneProject({ name: "工作经费", indicators: null }));
    expect(f).toMatchObject({ cell: "G4", project: "工作经费" });
    expect(f.message).toContain("未填写绩效指标");
  });
  it("never reports agency or 合计 rows, and accepts a project with indicators", () => {
    const t = buildTable({
      rows: [{ kind: "total", name: "合计", amounts: ["53.75", "53.75"] }, { kind: "agency", name: "广州市工商业联合会", amounts: ["53.75", "53.75"] }, SEED002_HUANJIE],
    });
    expect(runRule("indicators-missing", t)).toEqual([]);
  });
});

describe("category-missing", () => {
  it("seed 002 信息化运维 has no 效益 indicator (error), one finding per missing category", () => {
    const f = runRule("category-missing", oneProject(SEED002_IT_2025), { scheme: "fin101" });
    expect(f.map((x) => [x.key.split("|").pop(), x.severity])).toEqual([["效益指标", "error"]]);
  });
  it("seed 002 换届经费 under fin101: no 效益 (error) and no 满意度 (warning)", () => {
    const f = runRule("category-missing", oneProject(SEED002_HUANJIE), { scheme: "fin101" });
    expect(f.map((x) => [x.key.split("|").pop(), x.severity])).toEqual([
      ["效益指标", "error"],
      ["满意度指标", "warning"],
    ]);
  });
  it("asks for 成本 as a warning under fin101 and an info under the traditional scheme; pay is internal running (满意度 info)", () => {
    const f101 = runRule("category-missing", oneProject(SEED001_GYGZ), { scheme: "fin101" });
    const trad = runRule("category-missing", oneProject(SEED001_GYGZ), { scheme: "traditional" });
    expect(f101.map((x) => [x.messageId, x.severity])).toEqual([["noSatisfactionInternal", "info"], ["noCost", "warning"]]);
    expect(trad.map((x) => [x.messageId, x.severity])).toEqual([["noSatisfactionInternal", "info"], ["noCostTraditional", "info"]]);
    expect(trad[0].data).toMatchObject({ internal: "雇员" });
  });
  it("counts a short-dialect 社会效益 (二级 only) as 效益, and is quiet on a complete project", () => {
    const t = oneProject({ indicators: "1、产出指标：慰问党员人数，年度指标值：4人。2、社会效益：党员归属感，年度指标值：≥90%。3、满意度指标：受益党员满意度，年度指标值：≥90%。" }, { layout: "agency" });
    expect(runRule("category-missing", t, { options: { requireCost: false } })).toEqual([]);
    expect(runRule("category-missing", t).map((x) => x.messageId)).toEqual(["noCostTraditional"]);
  });
  it("seed 000 慰问困难党员 lacks 效益; requireSatisfaction can be switched off", () => {
    const t = oneProject(SEED000_WW, { layout: "agency" });
    expect(runRule("category-missing", t).map((x) => x.key.split("|").pop())).toEqual(["效益指标", "成本指标"]);
    const noSat = oneProject({ ...SEED000_WW, indicators: "1、产出指标：慰问党员人数，年度指标值：4人。2、效益指标：党员归属感，年度指标值：≥90%。" }, { layout: "agency" });
    expect(runRule("category-missing", noSat, { options: { requireCost: false } })).toHaveLength(1);
    expect(runRule("category-missing", noSat, { options: { requireSatisfaction: false, requireCost: false } })).toEqual([]);
  });
});

describe("duplicate-goal", () => {
  it("seed 001: 两新组织党务工作者补贴 carries the goal of 政府雇员工资经费; both are reported", () => {
    const t = buildTable({ rows: [{ kind: "agency", name: "广州市白云区工商业联合会", amounts: ["28.86", "28.86"] }, SEED001_GYGZ, SEED001_LXZZ] });
    const f = runRule("duplicate-goal", t);
    expect(f.map((x) => [x.project, x.cell])).toEqual([
      ["政府雇员工资经费", "F5"],
      ["两新组织党务工作者补贴", "F6"],
    ]);
    expect(f[1].message).toContain("绩效目标与“政府雇员工资经费”（F5）完全相同");
  });
  it("ignores punctuation and spacing differences but not different goals, and exempts confidentiality notes", () => {
    const same = buildTable({ rows: [SEED001_GYGZ, { ...SEED001_LXZZ, goal: SEED001_GYGZ.goal.replace(/，/g, ",") + " " }] });
    expect(runRule("duplicate-goal", same)).toHaveLength(2);
    const different = buildTable({ rows: [SEED001_GYGZ, { ...SEED001_LXZZ, goal: "建立新兴领域市级专职党建工作指导员队伍。" }] });
    expect(runRule("duplicate-goal", different)).toEqual([]);
    const secret = buildTable({ rows: [SEED002_TZMM, { ...SEED002_TZMM, name: "TZMMZXJF2" }] });
    expect(runRule("duplicate-goal", secret)).toEqual([]);
  });
});

describe("duplicate-project", () => {
  it("reports the same name twice under one agency, at the second one", () => {
    const t = buildTable({
      rows: [
        { kind: "agency", name: "广州市民营企业投诉中心", amounts: ["8.00", "8.00"] },
        { name: "法律顾问服务", amounts: ["4.00", "4.00"] },
        { name: "法律顾问服务", amounts: ["4.00", "4.00"] },
      ],
    });
    const f = runRule("duplicate-project", t);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "A6", agency: "广州市民营企业投诉中心", project: "法律顾问服务" });
    expect(f[0].message).toContain("首次在A5");
  });
  it("seed 002: 法律顾问服务 under two different agencies is not a duplicate", () => {
    const t = buildTable({
      rows: [
        { kind: "agency", name: "广州市工商业联合会", amounts: ["4.00", "4.00"] },
        { name: "法律顾问服务", amounts: ["4.00", "4.00"] },
        { kind: "agency", name: "广州市民营企业投诉中心", amounts: ["4.00", "4.00"] },
        { name: "法律顾问服务", amounts: ["4.00", "4.00"] },
      ],
    });
    expect(runRule("duplicate-project", t)).toEqual([]);
  });
  it("uses the 预算单位 in the agency layout (seed 000)", () => {
    const t = buildTable({ layout: "agency", rows: [{ ...SEED000_TSZX }, { ...SEED000_TSZX, agency: "广州市花都区非公有制经济组织服务中心" }] });
    expect(runRule("duplicate-project", t)).toEqual([]);
    const same = buildTable({ layout: "agency", rows: [{ ...SEED000_TSZX }, { ...SEED000_TSZX }] });
    expect(runRule("duplicate-project", same)).toHaveLength(1);
  });
});

describe("goal-missing on a broken formula", () => {
  it("reports a goal cell that shows #REF!, and not a goal that merely mentions # signs", () => {
    const [f] = runRule("goal-missing", oneProject({ ...SEED002_HUANJIE, goal: "#REF!" }));
    expect(f.message).toContain("“#REF!”，是失效的公式");
    expect(runRule("goal-missing", oneProject({ ...SEED002_HUANJIE, goal: "完成#1号楼改造。" }))).toEqual([]);
  });
});
