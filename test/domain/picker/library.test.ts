import {
  findSuggestion,
  formFromSuggestion,
  librarySuggestions,
  matchScore,
  searchLibrary,
  suggestionsFor,
  validatePickerForm,
  type PickerForm,
  type Suggestion,
} from "../../../src/domain/picker";
import { parseIndicatorCell } from "../../../src/domain/indicator/parse";
import { LEVEL2, SCHEMES, childrenOf, isSatisfactionText } from "../../../src/domain/indicator/taxonomy";
import { DROPPED_SEED_NAMES } from "../../../src/domain/picker/library-data";
import { SEED_000, SEED_001, SEED_002 } from "../indicator/seed-cells";

const seedNames = [...SEED_000, ...SEED_001, ...SEED_002]
  .flatMap((c) => parseIndicatorCell(c.text, "G1", 1))
  .map((i) => i.name?.text ?? null)
  .filter((n): n is string => n !== null);

/** A suggestion's form with a number where the library proposes none, as a user would type. */
function filled(s: Suggestion): PickerForm {
  const f = formFromSuggestion(s, { budgetYear: 2025 });
  if ((f.period.kind === "quantity" || f.period.kind === "rate") && !f.period.number) f.period.number = "1";
  return { ...f, annual: { ...f.period } };
}

describe("the suggestion library", () => {
  it("holds every named seed indicator a reviewer accepts (the others dropped with a reason) and the common ones", () => {
    const names = new Set(librarySuggestions("traditional").map((s) => s.name));
    const missing = [...new Set(seedNames)].filter((n) => !names.has(n) && !(n in DROPPED_SEED_NAMES));
    expect(missing.sort()).toEqual(["加强我区基层商会建设，打造商会特色服务品牌", "商会会参与活动率"].sort());
    for (const n of Object.keys(DROPPED_SEED_NAMES)) expect(names.has(n)).toBe(false);
    for (const n of ["完成率", "及时率", "按时完成率", "验收合格率", "覆盖率", "知晓率", "参训人员满意度", "服务对象满意度", "群众满意度",
      "培训人次", "举办活动次数", "项目总成本", "人均培训成本", "单位成本", "人均成本", "完成时间", "投诉处理及时率", "设备完好率", "社会公众知晓率"]) {
      expect(names.has(n)).toBe(true);
    }
    // by project type: 培训, 会议, 购置, 信息化运维, 物业/租赁, 人员, 宣传, 补助, 帮扶
    for (const n of ["参训人数", "参会人数", "设备验收合格率", "运维服务响应时间", "物业服务面积", "聘用人数", "宣传报道篇数", "补助对象人数", "帮扶对象户数"]) {
      expect(names.has(n)).toBe(true);
    }
    // fund flows are not outputs: the picker never suggests them
    for (const n of ["全年支出率", "资金支付及时率", "补贴发放及时率", "费用支付及时率"]) expect(names.has(n)).toBe(false);
    expect(names.size).toBeGreaterThanOrEqual(80);
    expect(names.size).toBeLessThanOrEqual(160);
    expect(librarySuggestions("fin101")).toHaveLength(names.size);
  });

  it("gives every suggestion a valid form in both schemes, the satisfaction ones as ≥ rates", () => {
    for (const scheme of SCHEMES) {
      for (const s of librarySuggestions(scheme)) {
        expect(childrenOf(s.level1, scheme).map((d) => d.code)).toContain(s.level2);
        const v = validatePickerForm(filled(s), { scheme, moneyUnit: "万元", projectTotal: 1000, budgetYear: 2025 });
        expect({ name: s.name, errors: v.errors }).toEqual({ name: s.name, errors: [] });
        if (isSatisfactionText(s.name)) expect([s.level2, s.kind, s.comparator, s.unit]).toEqual(["31", "rate", "≥", "%"]);
        if (s.kind === "rate") expect(s.unit).toBe("%");
        // a library default the checker would flag would teach users the wrong thing: every entry,
        // formatted with its proposed value, passes every indicator rule (no info is allowed either)
        const rules = v.warnings.map((w) => w.rule);
        expect({ name: s.name, rules }).toEqual({ name: s.name, rules: [] });
      }
    }
  });

  it("puts costs where each scheme puts them", () => {
    const at = (name: string) => SCHEMES.map((scheme) => { const s = findSuggestion(name, scheme)!; return `${s.level1}/${s.level2}`; });
    expect(at("项目总成本")).toEqual(["1/14", "4/41"]);
    expect(at("年度投入")).toEqual(["1/14", "4/41"]);
    expect(at("社会负面影响")).toEqual(["1/14", "4/42"]);
    expect(at("生态环境负面影响")).toEqual(["1/14", "4/43"]);
    expect(at("雇员考核")).toEqual(["2/24", "2/22"]);
    const cost = findSuggestion("项目总成本", "fin101")!;
    expect([cost.kind, cost.comparator, cost.unit]).toEqual(["quantity", "≤", "万元"]);
    expect(findSuggestion("完成时间", "traditional")!.kind).toBe("deadline");
    expect(suggestionsFor("14", "traditional").map((s) => s.name)).toEqual(expect.arrayContaining(["项目总成本", "人均培训成本", "年度投入"]));
    expect(suggestionsFor("14", "fin101")).toEqual([]);
  });

  it("finds names by a full-width or spaced query too", () => {
    expect(findSuggestion(" 参训人员满意度 ", "fin101")?.name).toBe("参训人员满意度");
    expect(findSuggestion("不存在的指标", "fin101")).toBeNull();
  });
});

describe("searchLibrary", () => {
  it("matches substrings, then the characters in order, and nothing else", () => {
    expect(matchScore("参训人员满意度", "参训人员满意度")).toBe(0);
    expect(matchScore("参训人员满意度", "参训")).toBe(1);
    expect(matchScore("参训人员满意度", "满意")).toBe(2);
    expect(matchScore("人均培训成本", "培成")).toBe(3);
    expect(matchScore("人均培训成本", "成培")).toBeNull();
  });

  it("groups by 二级 in table order, best matches first", () => {
    const groups = searchLibrary("满意", "traditional");
    expect(groups.map((g) => g.level2.code)).toEqual(["31"]);
    expect(groups[0].items.every((s) => s.name.includes("满意"))).toBe(true);
    const cost = searchLibrary("成本", "fin101");
    expect(cost.map((g) => `${g.level1.code}/${g.level2.code}`)).toEqual(["4/41"]);
    const byOrder = searchLibrary("率", "traditional").map((g) => g.level2.code);
    const order = LEVEL2.traditional.map((d) => d.code);
    expect(byOrder).toEqual([...byOrder].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    const fuzzy = searchLibrary("培成", "fin101");
    expect(fuzzy.flatMap((g) => g.items.map((s) => s.name))).toContain("人均培训成本");
    const mixed = searchLibrary("及时", "traditional").find((g) => g.level2.code === "13")!.items.map((s) => s.name);
    expect(mixed[0]).toBe("及时率");
  });

  it("filters by 一级 or 二级, limits, and lists everything for an empty query", () => {
    expect(searchLibrary("", "traditional").reduce((n, g) => n + g.items.length, 0)).toBe(librarySuggestions("traditional").length);
    expect(searchLibrary("", "fin101", { level2: "31" }).map((g) => g.level2.code)).toEqual(["31"]);
    expect(searchLibrary("", "fin101", { level1: "4" }).map((g) => g.level2.code)).toEqual(["41", "42", "43"]);
    expect(searchLibrary("率", "traditional", { limitPerGroup: 2 }).every((g) => g.items.length <= 2)).toBe(true);
    expect(searchLibrary("ｑｑｑ", "traditional")).toEqual([]);
  });
});
