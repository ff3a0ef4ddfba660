import { checkWorkbook } from "../../../src/domain/check";
import { oneProject } from "../../support/build-table";
import { loadFixtureModel } from "../../support/fixtures";
import { runRule } from "../../support/run-rule";
import { SEED000_TSZX, SEED000_WW, SEED001_GYGZ, SEED001_JYFW, SEED001_LXZZ, SEED002_HUANJIE, SEED002_IT_2025 } from "./seed-rows";

const agencyLayout = { layout: "agency" as const };
const apply = (text: string, fix: { start: number; end: number; replacement: string }) => text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);

describe("vague-value", () => {
  it("seed 000: 企业创新力持续提升 and 持续提高我区经济水平 (warning since issue 14), once per indicator", () => {
    const kunpeng = "1、效益指标：企业创新力，年度指标值：企业创新力持续提升。2、满意度指标：企业对扶持工作的满意度，年度指标值：≥90%。3、产出指标：宣讲、培训次数，年度指标值：大于5次。4、效益指标：当地经济发展，年度指标值：持续提高我区经济水平。";
    const f = runRule("vague-value", oneProject({ indicators: kunpeng }, agencyLayout));
    expect(f.map((x) => [x.indicator?.name, x.severity])).toEqual([
      ["企业创新力", "warning"],
      ["当地经济发展", "warning"],
    ]);
    expect(kunpeng.slice(f[0].span!.start, f[0].span!.end)).toBe("持续提升");
  });
  it("seed 000: a count answered in words (开展相关法律宣讲活动次数 → 开展相关法律宣讲活动)", () => {
    const f = runRule("vague-value", oneProject(SEED000_TSZX, agencyLayout));
    expect(f.map((x) => x.indicator?.name)).toEqual(["法律服务质量", "开展相关法律宣讲活动次数"]);
  });
  it("leaves numbers, worded numbers (一家律所) and scoring rules (成效不明显) alone", () => {
    expect(runRule("vague-value", oneProject(SEED000_WW, agencyLayout))).toEqual([]);
    const lawyer = "1、1-产出指标；11-数量指标；聘请数量；实施周期指标值:一家律所；年度指标值:一家律所。";
    expect(runRule("vague-value", oneProject({ indicators: lawyer }))).toEqual([]);
    const rubric = "1、1-产出指标,12-质量指标,开展切实可行且富有成效的帮扶工作；实施周期指标值:切实可行且富有成效，得满分；切实可行且成效不明显，部分得分；不切实可行，不得分,年度指标值:切实可行且富有成效，得满分；切实可行且成效不明显，部分得分；不切实可行，不得分;";
    expect(runRule("vague-value", oneProject({ indicators: rubric }))).toEqual([]);
  });
});

describe("satisfaction-misplaced", () => {
  it("seed 002: 服务质量考核情况 (大于90分) under 31-服务对象满意度 is not a satisfaction rate", () => {
    const [f] = runRule("satisfaction-misplaced", oneProject(SEED002_IT_2025), { scheme: "fin101" });
    expect(f).toMatchObject({ indicator: { seq: 2, name: "服务质量考核情况" } });
    expect(f.message).toContain("（大于90分）放在满意度指标下，但它不是满意度");
  });
  it("reports a satisfaction item under 效益", () => {
    const [f] = runRule("satisfaction-misplaced", oneProject({ indicators: "1、社会效益：市民对城市环境的满意度，年度指标值：≥85%。" }, agencyLayout));
    expect(f.message).toContain("衡量的是满意度，却放在“效益指标”下");
  });
  it("accepts satisfaction under 满意度 (seed 000)", () => {
    expect(runRule("satisfaction-misplaced", oneProject(SEED000_WW, agencyLayout))).toEqual([]);
  });
});

describe("unit-missing", () => {
  it("reports a number without a unit, once when both values say the same", () => {
    const f = runRule("unit-missing", oneProject({ indicators: "1、1-产出指标,11-数量指标,走访企业数；实施周期指标值:≧40,年度指标值:≧40;" }));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("只有数字，没有计量单位");
  });
  it("accepts units, and a unit given in the name", () => {
    expect(runRule("unit-missing", oneProject(SEED001_LXZZ))).toEqual([]);
    expect(runRule("unit-missing", oneProject({ indicators: "1、产出指标：形成研究报告（份），年度指标值：4。" }, agencyLayout))).toEqual([]);
  });
});

describe("period-annual-conflict", () => {
  it("reports an annual count above the period count", () => {
    const [f] = runRule("period-annual-conflict", oneProject({ indicators: "1、1-产出指标；11-数量指标；举办政企沟通系列活动；实施周期指标值:大于等于10场次；年度指标值:大于等于12场次。" }));
    expect(f.message).toContain("年度指标值“≥12场次”大于实施周期指标值“≥10场次”");
  });
  it("reports different units", () => {
    const [f] = runRule("period-annual-conflict", oneProject({ indicators: "1、1-产出指标；11-数量指标；因公出国（境）次数；实施周期指标值:大于等于1批次；年度指标值:大于等于1次。" }));
    expect(f.message).toContain("计量单位不同");
  });
  it("accepts equal values (seed 002) and does not add up rates", () => {
    expect(runRule("period-annual-conflict", oneProject(SEED002_HUANJIE))).toEqual([]);
    expect(runRule("period-annual-conflict", oneProject({ indicators: "1、1-产出指标；13-时效指标；故障处理及时率；实施周期指标值:≥90%；年度指标值:≥95%。" }))).toEqual([]);
  });
});

describe("deadline-outside-year", () => {
  const text = "1、1-产出指标；13-时效指标；换届完成时间；实施周期指标值:2025年12月31日前；年度指标值:2024年12月31日前。";
  it("reports an annual deadline outside the budget year, naming where the year came from", () => {
    const [f] = runRule("deadline-outside-year", oneProject({ indicators: text }), { budgetYear: 2025, budgetYearSource: "config" });
    expect(f.message).toContain("在2024年，不在配置指定的预算年度2025年内");
  });
  it("accepts deadlines in the year, and says nothing without a budget year", () => {
    expect(runRule("deadline-outside-year", oneProject({ indicators: text.replace("2024年", "2025年") }), { budgetYear: 2025 })).toEqual([]);
    expect(runRule("deadline-outside-year", oneProject({ indicators: text }))).toEqual([]);
  });
});

describe("nonstandard-symbol", () => {
  it("seed 001: ≧ in both values of one cell is one finding whose fix rewrites both", () => {
    const f = runRule("nonstandard-symbol", oneProject(SEED001_JYFW));
    expect(f).toHaveLength(1);
    const [x] = f;
    expect(x.indicator?.name).toBe("举办非公企业活动次数");
    expect(x.message).toContain("实施周期指标值“≧2次”、年度指标值“≧2次”中的“≧”建议写作规范符号“≥”");
    expect(x.subject).toBe("≧2次|≧2次");
    const text = SEED001_JYFW.indicators;
    // the span runs from the first ≧ to the second; the fix rewrites exactly those two characters
    expect(text.slice(x.span!.start, x.span!.end)).toMatch(/^≧.*≧$/);
    expect(x.fix).toMatchObject({ cell: "G4", description: "将“≧”改为“≥”（2处）" });
    expect(apply(text, x.fix!)).toBe(text.replace(/≧2次/g, "≥2次"));
  });
  it("seed 002: 大于等于 / 小于等于 become ≥ / ≤, one finding per indicator; a trailing 以上 moves in front", () => {
    const f = runRule("nonstandard-symbol", oneProject(SEED002_HUANJIE));
    expect(f.map((x) => x.indicator?.name)).toEqual(["会议人数", "年度投入"]);
    const fixed = [...f].reverse().reduce((t, x) => apply(t, x.fix!), SEED002_HUANJIE.indicators);
    expect(fixed).toBe(SEED002_HUANJIE.indicators.replace(/大于等于/g, "≥").replace(/小于等于/g, "≤"));
    expect(runRule("nonstandard-symbol", oneProject({ indicators: fixed }))).toEqual([]);
    const post = "1、产出指标：培训任务完成率，年度指标值：90%以上。";
    const [p] = runRule("nonstandard-symbol", oneProject({ indicators: post }, agencyLayout));
    expect(apply(post, p.fix!)).toBe("1、产出指标：培训任务完成率，年度指标值：≥90%。");
    expect(p.fix!.description).toBe("将“90%以上”改为“≥90%”");
  });
  it("names each pair when the two values are written differently", () => {
    const text = "1、1-产出指标；11-数量指标；走访企业数；实施周期指标值:≧40家；年度指标值:不少于40家。";
    const [f, ...rest] = runRule("nonstandard-symbol", oneProject({ indicators: text }));
    expect(rest).toEqual([]);
    expect(f.message).toContain("中的“≧”、“不少于”建议分别写作规范符号“≥”、“≥”");
    expect(f.fix!.description).toBe("将“≧”改为“≥”，“不少于”改为“≥”");
    expect(apply(text, f.fix!)).toBe("1、1-产出指标；11-数量指标；走访企业数；实施周期指标值:≥40家；年度指标值:≥40家。");
  });
  it("expanded layout: one finding per indicator too, naming both cells' values; no fix across two cells", async () => {
    const model = await loadFixtureModel("seed-002-expanded.xlsx");
    const f = checkWorkbook(model).findings.filter((x) => x.rule === "nonstandard-symbol");
    // 会议人数 writes 大于等于 in both its 实施周期 and 年度 cells
    const both = f.filter((x) => x.indicator?.name === "会议人数");
    expect(both).toHaveLength(1);
    expect(both[0].message).toContain("实施周期指标值“大于等于");
    expect(both[0].message).toContain("年度指标值“大于等于");
    expect(both[0].fix).toBeUndefined();
    expect(new Set(f.map((x) => x.key)).size).toBe(f.length);
  });
  it("leaves standard symbols alone", () => {
    expect(runRule("nonstandard-symbol", oneProject(SEED001_LXZZ))).toEqual([]);
    expect(runRule("nonstandard-symbol", oneProject(SEED000_WW, agencyLayout))).toEqual([]);
  });
});

describe("duplicate-indicator", () => {
  it("reports the same indicator twice in one project", () => {
    const text = "1、1-产出指标；11-数量指标；服务年限；实施周期指标值:1年；年度指标值:1年。2、1-产出指标；11-数量指标；服务年限；实施周期指标值:1年；年度指标值:1年。";
    const [f] = runRule("duplicate-indicator", oneProject({ indicators: text }));
    expect(f).toMatchObject({ indicator: { seq: 2, name: "服务年限" } });
    expect(f.message).toContain("与第1项指标重名");
  });
  it("accepts distinct names (seed 001 政府雇员工资经费)", () => {
    expect(runRule("duplicate-indicator", oneProject(SEED001_GYGZ))).toEqual([]);
  });
});

describe("text-typo", () => {
  it("seed 001: 否则否则 in a value, one finding per indicator with a fix", () => {
    const f = runRule("text-typo", oneProject(SEED001_JYFW));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ indicator: { seq: 3, name: "活动出勤率" }, subject: "否则否则" });
    expect(f[0].message).toContain("本指标共2处");
    // one fix for both places (a fix of the first alone would leave the finding standing)
    const text = SEED001_JYFW.indicators;
    const fixed = text.slice(0, f[0].fix!.start) + f[0].fix!.replacement + text.slice(f[0].fix!.end);
    expect(text.slice(f[0].fix!.start, f[0].fix!.start + 4)).toBe("否则否则");
    expect(fixed).not.toContain("否则否则");
    expect(fixed.length).toBe(text.length - 4);
  });
  it("seed 001: 二十大大精神 in a goal, and 商会会参与 in a name", () => {
    const goal = "引导全区非公经济组织切实把思想和行动统一到党的二十大大精神上来。";
    expect(runRule("text-typo", oneProject({ goal })).map((x) => x.subject)).toEqual(["二十大大"]);
    const name = "1、1-产出指标,11-数量指标,商会会参与活动率；实施周期指标值:≥85%,年度指标值:≥85%;";
    expect(runRule("text-typo", oneProject({ indicators: name })).map((x) => x.subject)).toEqual(["会会"]);
  });
  it("a goal's slip says what was meant and carries a fix in the cell's own text", () => {
    // as typed: leading spaces and a PDF line break inside the slip itself
    const goal = "  引导全区非公经济组织统一到党的二十\n大大精神上来。";
    const [f] = runRule("text-typo", oneProject({ goal }));
    expect(f.message).toContain("“二十大大”疑似重复输入，应为“二十大”");
    expect(goal.slice(f.span!.start, f.span!.end)).toBe("二十\n大大");
    expect(f.fix).toMatchObject({ cell: f.cell, start: f.span!.start, end: f.span!.end, replacement: "二十大" });
    const fixed = goal.slice(0, f.fix!.start) + f.fix!.replacement + goal.slice(f.fix!.end);
    expect(fixed).toBe("  引导全区非公经济组织统一到党的二十大精神上来。");
    expect(runRule("text-typo", oneProject({ goal: fixed }))).toEqual([]);
  });
  it("reports doubled punctuation and 的的", () => {
    const goal = "保障办公场所正常运行。。为提高工作效率的的服务水平提供有利条件。";
    expect(runRule("text-typo", oneProject({ goal })).map((x) => x.subject)).toEqual(["。。", "的的"]);
  });
  it("leaves correct reduplication and cross-word doubles alone", () => {
    const goal =
      "紧紧围绕中心工作，常常走访企业，人人参与、天天巡查，谢谢各方支持，看看成效，个个落实，一一对应，多多益善，星星之火；促进进一步优化营商环境，提供企企互助服务，召开商会会长会议，一步一步推进，和和美美，的的确确。";
    expect(runRule("text-typo", oneProject({ goal }))).toEqual([]);
    expect(runRule("text-typo", oneProject(SEED001_LXZZ))).toEqual([]);
  });
});
