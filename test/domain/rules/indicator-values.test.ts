import { oneProject } from "../../support/build-table";
import { runRule } from "../../support/run-rule";
import { SEED000_TSZX, SEED000_WW, SEED001_GYGZ, SEED001_LXZZ, SEED002_HUANJIE, SEED002_IT_2025, SEED002_TZMM } from "./seed-rows";

const agencyLayout = { layout: "agency" as const };

describe("value-missing", () => {
  it("seed 000: the empty 年度指标值 of 政府购买法律服务费用", () => {
    const f = runRule("value-missing", oneProject(SEED000_TSZX, agencyLayout));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "E4", project: "花都区民营企业投诉中心运营经费", indicator: { seq: 1, name: "政府购买法律服务费用" } });
    expect(f[0].key).toBe("value-missing|项目支出绩效目标表|广州市花都区工商业联合会|花都区民营企业投诉中心运营经费|政府购买法律服务费用/年度指标值");
    expect(SEED000_TSZX.indicators.slice(f[0].span!.start, f[0].span!.end)).toBe("1、产出指标：政府购买法律服务费用年度指标值：。");
  });
  it("asks for 实施周期指标值 only where the table uses both labels", () => {
    const both = "1、1-产出指标；11-数量指标；会议人数；实施周期指标值:；年度指标值:大于等于700人。";
    expect(runRule("value-missing", oneProject({ indicators: both })).map((x) => x.key.split("/").pop())).toEqual(["实施周期指标值"]);
    expect(runRule("value-missing", oneProject(SEED000_WW, agencyLayout))).toEqual([]);
  });
  it("is quiet on complete seed indicators", () => {
    expect(runRule("value-missing", oneProject(SEED002_HUANJIE))).toEqual([]);
  });
});

describe("name-missing", () => {
  it("seed 002 TZMMZXJF: categories and values but no third-level name", () => {
    const [f] = runRule("name-missing", oneProject(SEED002_TZMM));
    expect(f).toMatchObject({ project: "TZMMZXJF", indicator: { seq: 1, name: null }, cell: "G4" });
    expect(f.message).toContain("2-效益指标；22-社会效益");
    expect(f.key).toBe("name-missing|项目支出绩效目标表||TZMMZXJF|#1");
  });
  it("is quiet when every indicator is named", () => {
    expect(runRule("name-missing", oneProject(SEED002_IT_2025))).toEqual([]);
  });
});

describe("level-missing", () => {
  it("reports an indicator whose 一级 was left blank", () => {
    const [f] = runRule("level-missing", oneProject({ indicators: "1、产出指标：调研课题数，年度指标值：2个。2、：形成研究报告（份），年度指标值：4份。" }, agencyLayout));
    expect(f.indicator).toEqual({ seq: 2, name: "形成研究报告（份）" });
  });
  it("infers the 一级 from a 二级 given alone (seed 000 社会效益：…)", () => {
    const t = oneProject({ indicators: "1、社会效益：充分发挥非公有制经济人士参政议政和社会事务重要工作的作用，年度指标值：引导非公经济人士构建“亲”“清”政商关系。" }, agencyLayout);
    expect(runRule("level-missing", t)).toEqual([]);
  });
});

describe("level-mismatch", () => {
  it("reports a 二级 under the wrong 一级, pointing at the 二级", () => {
    const text = "1、1-产出指标；31-服务对象满意度；服务对象满意度；实施周期指标值:≥90%；年度指标值:≥90%。";
    const [f] = runRule("level-mismatch", oneProject({ indicators: text }));
    expect(f.message).toContain("应归入“满意度指标”");
    expect(text.slice(f.span!.start, f.span!.end)).toBe("31-服务对象满意度");
  });
  it("reports a code that does not match its name", () => {
    const [f] = runRule("level-mismatch", oneProject({ indicators: "1、2-效益指标；21-社会效益；合法合规性；实施周期指标值:法律纠纷为零；年度指标值:法律纠纷为零。" }));
    expect(f.message).toContain("编码“21”与名称“社会效益”不符");
  });
  it("reports a category outside the taxonomy", () => {
    const f = runRule("level-mismatch", oneProject({ indicators: "1、经济指标：招商引资额，年度指标值：≥1亿元。" }, agencyLayout));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("不在指标体系中");
  });
  it("knows where 成本 sits in each scheme: 4-成本指标 only under fin101, 14 only under traditional", () => {
    expect(runRule("level-mismatch", oneProject(SEED002_HUANJIE), { scheme: "fin101" })).toEqual([]);
    const trad = runRule("level-mismatch", oneProject(SEED002_HUANJIE), { scheme: "traditional" });
    expect(trad.length).toBeGreaterThan(0);
    expect(trad[0].message).toContain("成本指标是“产出指标”下的二级指标");
    const fourteen = "1、1-产出指标；14-成本指标；项目总成本；实施周期指标值:≤53.75万元；年度指标值:≤53.75万元。";
    expect(runRule("level-mismatch", oneProject({ indicators: fourteen }), { scheme: "traditional" })).toEqual([]);
    expect(runRule("level-mismatch", oneProject({ indicators: fourteen }), { scheme: "fin101" })[0].message).toContain("成本指标是一级指标");
  });
  it("is quiet on seed 001's codes (1/11,12,13 and 2/21,22,24) under the traditional scheme", () => {
    expect(runRule("level-mismatch", oneProject(SEED001_GYGZ))).toEqual([]);
    expect(runRule("level-mismatch", oneProject(SEED001_LXZZ))).toEqual([]);
  });
});

describe("numbering", () => {
  it("seed 001 政府雇员工资经费: 1、1、2, with a fix that renumbers only the numbers", () => {
    const [f] = runRule("numbering", oneProject(SEED001_GYGZ));
    expect(f).toMatchObject({ cell: "G4", subject: "1、1、2", indicator: { seq: 1, name: "政府雇员指标数" } });
    expect(f.message).toContain("应依次编号为“1、2、3”");
    const text = SEED001_GYGZ.indicators;
    const fixed = text.slice(0, f.fix!.start) + f.fix!.replacement + text.slice(f.fix!.end);
    expect(fixed).toBe(text.replace(";,1、1-产出指标", ";,2、1-产出指标").replace(";,2、1-产出指标,13", ";,3、1-产出指标,13"));
  });
  it("seed 000: a restart (1、2、3、1) and a repeat (1、1)", () => {
    expect(runRule("numbering", oneProject(SEED000_TSZX, agencyLayout))[0].message).toContain("又从1重新开始");
    const shanghui = "1、产出指标：拨付街（镇）商会数，年度指标值：10个。1、满意度指标：街（镇）商会的满意度，年度指标值：≥90%。";
    expect(runRule("numbering", oneProject({ indicators: shanghui }, agencyLayout))[0].subject).toBe("1、1");
  });
  it("is quiet on 1、2、3 (seed 001 两新组织党务工作者补贴)", () => {
    expect(runRule("numbering", oneProject(SEED001_LXZZ))).toEqual([]);
  });
});

describe("placeholder-value", () => {
  it("reports XX, ** and 待定 left in values", () => {
    const text = "1、1-产出指标；11-数量指标；培训人次；实施周期指标值:≥XX人次；年度指标值:≥XX人次。2、1-产出指标；13-时效指标；完成时间；实施周期指标值:**；年度指标值:待定。";
    const f = runRule("placeholder-value", oneProject({ indicators: text }));
    expect(f.map((x) => [x.indicator?.seq, x.subject]).sort()).toEqual([
      [1, "≥XX人次"],
      [2, "**"],
      [2, "待定"],
    ]);
    expect(text.slice(f[0].span!.start, f[0].span!.end)).toBe("XX");
    expect(f[0].span!.start).toBeGreaterThan(text.indexOf("年度指标值:≥XX"));
  });
  it("leaves real values alone (IT运维, 5×8小时)", () => {
    const text = "1、1-产出指标；12-质量指标；IT运维服务时间；实施周期指标值:5×8小时；年度指标值:5×8小时。";
    expect(runRule("placeholder-value", oneProject({ indicators: text }))).toEqual([]);
    expect(runRule("placeholder-value", oneProject(SEED002_IT_2025))).toEqual([]);
  });
});

describe("percent-out-of-range", () => {
  it("reports a completion rate above 100%", () => {
    const [f] = runRule("percent-out-of-range", oneProject({ indicators: "1、产出指标：培训任务完成率，年度指标值：≥190%。" }, agencyLayout));
    expect(f.message).toContain("比率不能超过100%");
  });
  it("allows growth rates above 100% and ordinary rates up to 100%", () => {
    expect(runRule("percent-out-of-range", oneProject({ indicators: "1、效益指标：会员企业营业收入增长率，年度指标值：≥120%。" }, agencyLayout))).toEqual([]);
    expect(runRule("percent-out-of-range", oneProject(SEED001_LXZZ))).toEqual([]);
  });
});
