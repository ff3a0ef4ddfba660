import { parseCategory } from "../../../src/domain/indicator/category";
import { parseIndicatorCell } from "../../../src/domain/indicator/parse";
import {
  LEVEL1,
  LEVEL2,
  childrenOf,
  codeMatchesName,
  detectScheme,
  isChildOf,
  isSatisfactionText,
  normalizeCategoryName,
  parentOf,
  resolveLevel1,
  resolveLevel2,
} from "../../../src/domain/indicator/taxonomy";
import { SEED_000, SEED_001, SEED_002, type SeedCell } from "./seed-cells";

const span = { cell: "G5", start: 2, end: 8 };

describe("parseCategory", () => {
  it.each([
    ["1-产出指标", "1", "产出指标"],
    ["11-数量指标", "11", "数量指标"],
    ["4-成本指标", "4", "成本指标"],
    ["41-经济成本指标", "41", "经济成本指标"],
    ["22－社会效益", "22", "社会效益"],
    ["数量指标", null, "数量指标"],
    [" 社会效益 ", null, "社会效益"],
  ])("%s", (raw, code, name) => {
    expect(parseCategory(raw, span)).toEqual({ code, name, span });
  });

  it("gives null for blank text or a bare code", () => {
    expect(parseCategory("", span)).toBeNull();
    expect(parseCategory("  ", span)).toBeNull();
    expect(parseCategory("22-", span)).toBeNull();
    expect(parseCategory("22", span)).toBeNull();
    expect(parseCategory("5G网络", span)).toEqual({ code: null, name: "5G网络", span });
  });
});

describe("taxonomy lists", () => {
  it("holds both schemes as domain.md §1 lists them", () => {
    expect(LEVEL1.traditional.map((d) => d.code + d.label)).toEqual(["1产出指标", "2效益指标", "3满意度指标"]);
    expect(LEVEL1.fin101.map((d) => d.code + d.name)).toEqual(["1产出", "2效益", "3满意度", "4成本"]);
    expect(childrenOf("1", "traditional").map((d) => d.code + d.name)).toEqual(["11数量", "12质量", "13时效", "14成本"]);
    expect(childrenOf("1", "fin101").map((d) => d.code)).toEqual(["11", "12", "13"]);
    expect(childrenOf("2", "traditional").map((d) => d.name)).toEqual(["经济效益", "社会效益", "生态效益", "可持续影响"]);
    expect(childrenOf("4", "fin101").map((d) => d.code + d.name)).toEqual(["41经济成本", "42社会成本", "43生态环境成本"]);
    expect(childrenOf("4", "traditional")).toEqual([]);
    expect(childrenOf("3", "fin101").map((d) => d.label)).toEqual(["服务对象满意度指标"]);
  });

  it("knows how the export writes each 二级 (11-数量指标 but 22-社会效益)", () => {
    const written = new Map(LEVEL2.fin101.map((d) => [d.code, d.exportName]));
    expect(written.get("11")).toBe("数量指标");
    expect(written.get("22")).toBe("社会效益");
    expect(written.get("31")).toBe("服务对象满意度");
    expect(written.get("41")).toBe("经济成本指标");
  });
});

describe("resolving names", () => {
  it("normalises: drops 指标, the code and full-width characters", () => {
    expect(normalizeCategoryName("22-社会效益指标")).toBe("社会效益");
    expect(normalizeCategoryName(" 满意度指标 ")).toBe("满意度");
    expect(normalizeCategoryName("预算（或投资规模）控制指标")).toBe("预算(或投资规模)控制");
  });

  it.each([
    ["产出指标", "1"], ["产出", "1"], ["2-效益指标", "2"], ["满意度指标", "3"], ["成本指标", "4"],
    ["效果指标", "2"], ["预期产出指标", "1"], ["预算控制指标", "4"], ["投资规模控制指标", "4"],
    ["预算(或投资规模)控制指标", "4"], ["3", "3"],
  ])("一级 %s → %s", (name, code) => {
    expect(resolveLevel1(name)?.code).toBe(code);
  });

  it.each([
    ["数量指标", "11"], ["11-数量指标", "11"], ["社会效益", "22"], ["社会效益指标", "22"], ["环境效益", "23"],
    ["社会公众或服务对象满意度指标", "31"], ["满意度", "31"], ["群众满意度", "31"], ["可持续影响指标", "24"],
    ["经济成本指标", "41"], ["生态成本", "43"], ["工期指标", "13"],
  ])("二级 %s → %s", (name, code) => {
    expect(resolveLevel2(name)?.code).toBe(code);
  });

  it("reads refs by name first, then by code", () => {
    expect(resolveLevel2({ code: "22", name: "社会效益", span })?.code).toBe("22");
    expect(resolveLevel2({ code: "22", name: "经济效益", span })?.code).toBe("21");
    expect(resolveLevel2({ code: "22", name: "其他", span })?.code).toBe("22");
    expect(resolveLevel1("其他指标")).toBeNull();
    expect(resolveLevel1("2期培训")).toBeNull();
  });

  it("respects the scheme", () => {
    expect(resolveLevel2("成本指标", "traditional")?.code).toBe("14");
    expect(resolveLevel2("成本指标", "fin101")).toBeNull();
    expect(resolveLevel1("成本指标", "traditional")).toBeNull();
    expect(resolveLevel2("可持续影响", "fin101")).toBeNull();
  });
});

describe("parents and codes", () => {
  it("finds parents", () => {
    expect(parentOf("社会效益")?.label).toBe("效益指标");
    expect(parentOf("服务对象满意度")?.code).toBe("3");
    expect(parentOf("41-经济成本指标")?.code).toBe("4");
    expect(parentOf("成本指标", "traditional")?.code).toBe("1");
    expect(parentOf("不存在")).toBeNull();
  });

  it("checks membership", () => {
    expect(isChildOf("数量指标", "产出指标")).toBe(true);
    expect(isChildOf("满意度", "产出指标")).toBe(false);
    expect(isChildOf("成本指标", "产出指标", "traditional")).toBe(true);
    expect(isChildOf("成本指标", "产出指标", "fin101")).toBe(false);
    expect(isChildOf("经济成本指标", "成本指标", "fin101")).toBe(true);
    expect(isChildOf("社会效益", "效果指标")).toBe(true);
  });

  it("checks a code against its name", () => {
    expect(codeMatchesName("22", "社会效益")).toBe(true);
    expect(codeMatchesName("22", "社会效益指标")).toBe(true);
    expect(codeMatchesName("21", "社会效益")).toBe(false);
    expect(codeMatchesName("1", "产出指标")).toBe(true);
    expect(codeMatchesName("2", "产出指标")).toBe(false);
    expect(codeMatchesName("31", "服务对象满意度")).toBe(true);
    expect(codeMatchesName("31", "社会公众满意度")).toBe(true);
    expect(codeMatchesName("41", "经济成本指标")).toBe(true);
    expect(codeMatchesName("99", "经济成本指标")).toBe(false);
  });

  it("every coded category in the seeds agrees with its name", () => {
    for (const c of [...SEED_001, ...SEED_002]) {
      for (const i of parseIndicatorCell(c.text, "G5", 5)) {
        expect([i.level1!.code, codeMatchesName(i.level1!.code!, i.level1!.name)]).toEqual([i.level1!.code, true]);
        expect(codeMatchesName(i.level2!.code!, i.level2!.name)).toBe(true);
        expect(isChildOf(i.level2!, i.level1!)).toBe(true);
      }
    }
  });
});

describe("detectScheme", () => {
  const all = (list: SeedCell[]) => list.flatMap((c) => parseIndicatorCell(c.text, "G5", 5));

  it("reads the scheme off the seeds", () => {
    expect(detectScheme(all(SEED_002))).toBe("fin101");
    expect(detectScheme(all(SEED_001))).toBe("traditional");
    expect(detectScheme(all(SEED_000))).toBeNull();
  });

  it("uses 14 and 成本 as 一级", () => {
    const one = (t: string) => parseIndicatorCell(t, "G5", 5);
    expect(detectScheme(one("1、1-产出指标；14-成本指标；人均成本；年度指标值:≤300元/人。"))).toBe("traditional");
    expect(detectScheme(one("1、成本指标：年度投入，年度指标值：≤20万元。"))).toBe("fin101");
    expect(detectScheme(one("1、产出指标：成本指标：人均成本，年度指标值：≤300元/人。"))).toBe("traditional");
    expect(detectScheme([])).toBeNull();
  });
});

it("isSatisfactionText spots 满意", () => {
  expect(isSatisfactionText("企业对扶持工作的满意度")).toBe(true);
  expect(isSatisfactionText("培训任务完成率")).toBe(false);
});
