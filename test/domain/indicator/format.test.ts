import fc from "fast-check";
import {
  CODE_COMMA_DIALECT,
  CODE_DIALECT,
  DEFAULT_DIALECT,
  SHORT_DIALECT,
  detectDialect,
  type IndicatorDialect,
} from "../../../src/domain/indicator/dialect";
import {
  appendIndicator,
  applySuffix,
  formatIndicator,
  renumber,
  writtenCategoryName,
  type IndicatorSpec,
} from "../../../src/domain/indicator/format";
import { parseIndicatorCell } from "../../../src/domain/indicator/parse";
import { LEVEL1, childrenOf, resolveLevel2, type Scheme } from "../../../src/domain/indicator/taxonomy";
import type { Indicator } from "../../../src/domain/model";
import { cleanText } from "../../../src/domain/text";
import { BROKEN_CELLS, SEED_000, SEED_001, SEED_002 } from "./seed-cells";

const parse = (t: string) => parseIndicatorCell(t, "G5", 5);
const ALL_CELLS = [...SEED_000, ...SEED_001, ...SEED_002, ...BROKEN_CELLS];
const specOf = (i: Indicator): IndicatorSpec => ({
  level1: i.level1!,
  level2: i.level2,
  name: i.name?.text ?? "",
  periodValue: i.periodValue?.text ?? null,
  annualValue: i.annualValue?.text ?? "",
});

describe("detectDialect", () => {
  it("reads each seed style", () => {
    expect(detectDialect(SEED_002[0].text)).toEqual(CODE_DIALECT);
    expect(detectDialect(SEED_001[0].text)).toEqual(CODE_COMMA_DIALECT);
    expect(detectDialect(SEED_000[0].text)).toEqual(SHORT_DIALECT);
    expect(detectDialect(SEED_002.find((c) => c.project === "对外服务大厅营运经费")!.text)).toEqual({
      ...CODE_DIALECT, levelSeparator: ";", labelSeparator: ";", valueSeparator: ";",
    });
  });

  it("reads the same dialect through PDF line breaks", () => {
    expect(detectDialect(BROKEN_CELLS[2].text)).toEqual(CODE_COMMA_DIALECT);
    expect(detectDialect(BROKEN_CELLS[0].text)).toEqual(SHORT_DIALECT);
  });

  it("reads one-item cells and uses the fallback for empty ones", () => {
    expect(detectDialect(SEED_000.find((c) => c.project === "招商交流推介往来活动经费")!.text)).toEqual(SHORT_DIALECT);
    expect(detectDialect(SEED_002.find((c) => c.project === "TZMMZXJF")!.text)).toEqual(CODE_DIALECT);
    expect(detectDialect("")).toEqual(DEFAULT_DIALECT);
    expect(detectDialect(null, SHORT_DIALECT)).toEqual(SHORT_DIALECT);
    expect(detectDialect("1、1-产出指标,11-数量指标,培训人数；实施周期指标值:50人,年度指标值:50人;")).toEqual(CODE_COMMA_DIALECT);
  });

  it("notices the 二级 suffix only when a cell departs from the export's mix", () => {
    const all = "1、1-产出指标；11-数量指标；甲；年度指标值:1次。2、2-效益指标；22-社会效益指标；乙；年度指标值:好。";
    expect(detectDialect(all).level2Suffix).toBe(true);
    const none = "1、1-产出；11-数量；甲；年度指标值:1次。";
    expect(detectDialect(none)).toMatchObject({ level1Suffix: false, level2Suffix: false, hasPeriodValue: false });
  });
});

describe("formatIndicator", () => {
  it("writes seed items exactly", () => {
    const spec: IndicatorSpec = {
      level1: { code: "1", name: "产出指标" }, level2: { code: "11", name: "数量指标" },
      name: "因公出国（境）次数", periodValue: "大于等于1批次", annualValue: "大于等于1批次",
    };
    expect(formatIndicator(spec, 1, CODE_DIALECT)).toBe(
      "1、1-产出指标；11-数量指标；因公出国（境）次数；实施周期指标值:大于等于1批次；年度指标值:大于等于1批次。",
    );
    expect(formatIndicator({ ...spec, level1: { code: null, name: "产出" }, level2: { code: null, name: "数量指标" } }, 2, CODE_COMMA_DIALECT)).toBe(
      "2、1-产出指标,11-数量指标,因公出国（境）次数；实施周期指标值:大于等于1批次,年度指标值:大于等于1批次;",
    );
    expect(formatIndicator({ ...spec, level2: null, name: "出外考察经贸交流", periodValue: null, annualValue: "2次" }, 1, SHORT_DIALECT)).toBe(
      "1、产出指标：出外考察经贸交流，年度指标值：2次。",
    );
  });

  it("copies the annual value into 实施周期 when none is given, and writes no name when it is blank", () => {
    const spec: IndicatorSpec = { level1: { code: "2", name: "效益指标" }, level2: { code: "22", name: "社会效益" }, name: "", periodValue: null, annualValue: "项目信息不宜公开" };
    expect(formatIndicator(spec, 1, CODE_DIALECT)).toBe("1、2-效益指标；22-社会效益；实施周期指标值:项目信息不宜公开；年度指标值:项目信息不宜公开。");
  });

  it("reproduces every seed item from its parse, except where the seed itself is irregular", () => {
    const differing: string[] = [];
    let total = 0;
    for (const c of [...SEED_000, ...SEED_001, ...SEED_002]) {
      const d = detectDialect(c.text);
      for (const i of parse(c.text)) {
        total++;
        if (formatIndicator(specOf(i), i.seq!, d) !== cleanText(i.itemText)) differing.push(cleanText(i.itemText));
      }
    }
    expect(total).toBe(125);
    // the 10 irregular items: a 。 before a separator (dropped by the parser so that both values
    // agree), 000's glued label, and 000's 二级 written without its 一级
    expect(differing).toHaveLength(10);
    for (const t of differing) {
      expect(/。[;；,]/.test(t) || t.includes("费用年度指标值") || t.startsWith("1、社会效益：")).toBe(true);
    }
  });

  it("applies suffix choices", () => {
    expect(applySuffix("社会效益", true)).toBe("社会效益指标");
    expect(applySuffix("数量指标", false)).toBe("数量");
    expect(applySuffix(" 社会效益 ", null)).toBe("社会效益");
    expect(writtenCategoryName(resolveLevel2("22")!, null)).toBe("社会效益");
    expect(writtenCategoryName(resolveLevel2("11")!, null)).toBe("数量指标");
    expect(writtenCategoryName(LEVEL1.fin101[3], false)).toBe("成本");
  });
});

describe("appendIndicator and renumber", () => {
  const spec: IndicatorSpec = {
    level1: { code: "3", name: "满意度指标" }, level2: { code: "31", name: "服务对象满意度" },
    name: "企业满意度", periodValue: "≥90%", annualValue: "≥90%",
  };

  it("continues numbering with the cell's joiner and terminator", () => {
    const c001 = SEED_001.find((c) => c.project === "办公场地项目经费")!.text;
    expect(appendIndicator(c001, spec)).toBe(`${c001},4、3-满意度指标,31-服务对象满意度,企业满意度；实施周期指标值:≥90%,年度指标值:≥90%;`);
    const c002 = SEED_002.find((c) => c.project === "市属行业党委工作经费")!.text;
    expect(appendIndicator(c002, spec)).toBe(`${c002}3、3-满意度指标；31-服务对象满意度；企业满意度；实施周期指标值:≥90%；年度指标值:≥90%。`);
    const c000 = SEED_000.find((c) => c.project === "街（镇）商会配套工作经费")!.text;
    expect(appendIndicator(c000, spec)).toBe(`${c000}2、满意度指标：企业满意度，年度指标值：≥90%。`);
  });

  it("adds a missing terminator, fills blank and placeholder cells", () => {
    expect(appendIndicator("1、产出指标：培训人数，年度指标值：50人", spec)).toBe(
      "1、产出指标：培训人数，年度指标值：50人。2、满意度指标：企业满意度，年度指标值：≥90%。",
    );
    expect(appendIndicator("", spec)).toBe(formatIndicator(spec, 1, DEFAULT_DIALECT));
    expect(appendIndicator("无", spec, SHORT_DIALECT)).toBe("1、满意度指标：企业满意度，年度指标值：≥90%。");
  });

  it("renumbers only the sequence numbers, keeping breaks and values", () => {
    const c = SEED_000.find((x) => x.project === "花都区民营企业投诉中心运营经费")!.text;
    const out = renumber(c);
    expect(parse(out).map((i) => i.seq)).toEqual([1, 2, 3, 4]);
    expect(out).toBe(c.replace("。1、产出指标：政府购买", "。4、产出指标：政府购买"));
    const broken = BROKEN_CELLS.find((x) => x.project === "花都区民营企业投诉中心运营经费")!.text;
    expect(renumber(broken)).toBe(broken.replace("。1、产出指标：政府购买", "。4、产出指标：政府购买"));
    const gap = "1、产出指标：甲，年度指标值：1次。3、产出指标：乙，年度指标值：2次。12、效益指标：丙，年度指标值：好。";
    expect(renumber(gap)).toBe("1、产出指标：甲，年度指标值：1次。2、产出指标：乙，年度指标值：2次。3、效益指标：丙，年度指标值：好。");
  });
});

describe("round trips (property)", () => {
  const LABELS = /实施周期指标值|实施期指标值|年度指标值/;
  const chars = [..."培训人数服务对象满意度开展活动企业党建完成质量及时年报告会议场所宣传覆盖达标0123456789%"];
  const text = (max: number) =>
    fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: max }).map((a) => a.join("")).filter((s) => !LABELS.test(s));
  const pairs = (["traditional", "fin101"] as Scheme[]).flatMap((s) =>
    LEVEL1[s].flatMap((l1) => childrenOf(l1.code, s).map((l2) => ({ l1, l2 }))),
  );

  /** Specs shaped for a dialect: names as that dialect writes them, fields it cannot carry left out. */
  const specFor = (d: IndicatorDialect) =>
    fc.record({ pair: fc.constantFrom(...pairs), name: text(14), period: text(10), annual: text(10) }).map(
      ({ pair, name, period, annual }): IndicatorSpec => ({
        level1: { code: d.codes ? pair.l1.code : null, name: writtenCategoryName(pair.l1, d.level1Suffix) },
        level2: d.hasLevel2 ? { code: d.codes ? pair.l2.code : null, name: writtenCategoryName(pair.l2, d.level2Suffix) } : null,
        name,
        periodValue: d.hasPeriodValue ? period : null,
        annualValue: annual,
      }),
    );
  const back = (i: Indicator): IndicatorSpec => ({
    level1: { code: i.level1!.code, name: i.level1!.name },
    level2: i.level2 && { code: i.level2.code, name: i.level2.name },
    name: i.name?.text ?? "",
    periodValue: i.periodValue?.text ?? null,
    annualValue: i.annualValue?.text ?? "",
  });
  const seedDialects = [...new Map(ALL_CELLS.map((c) => { const d = detectDialect(c.text); return [JSON.stringify(d), d]; })).values()];

  it("finds the four seed dialects plus 000's 二级-only cell", () => {
    expect(seedDialects).toHaveLength(5);
  });

  it.each(seedDialects.map((d) => [JSON.stringify(d), d] as const))("parse(format(x)) = x in %s", (_k, d) => {
    fc.assert(
      fc.property(specFor(d), fc.integer({ min: 1, max: 30 }), (spec, seq) => {
        const items = parse(formatIndicator(spec, seq, d));
        expect(items).toHaveLength(1);
        expect(items[0].seq).toBe(seq);
        expect(back(items[0])).toEqual(spec);
      }),
      { numRuns: 150 },
    );
  });

  it("appending to every seed cell keeps its indicators and adds exactly the new one", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_CELLS), fc.nat(), (cell, k) => {
        const d = detectDialect(cell.text);
        const spec = fc.sample(specFor(d), { numRuns: 1, seed: k })[0];
        const before = parse(cell.text);
        const after = parse(appendIndicator(cell.text, spec));
        expect(after).toHaveLength(before.length + 1);
        expect(after.slice(0, -1)).toEqual(before);
        const added = after[after.length - 1];
        expect(added.seq).toBe(Math.max(...before.map((i) => i.seq!)) + 1);
        expect(back(added)).toEqual(spec);
      }),
      { numRuns: 300 },
    );
  });
});
