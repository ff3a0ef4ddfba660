import fc from "fast-check";
import { parseIndicatorCell } from "../../../src/domain/indicator/parse";
import type { Indicator, Span } from "../../../src/domain/model";
import { cleanText } from "../../../src/domain/text";
import { BROKEN_CELLS, SEED_000, SEED_001, SEED_002, type SeedCell } from "./seed-cells";

const parse = (text: string) => parseIndicatorCell(text, "G7", 7);
const cell = (list: SeedCell[], project: string) => {
  const hit = list.find((c) => c.project === project);
  if (!hit) throw new Error(`no seed cell ${project}`);
  return hit.text;
};
const at = (text: string, span: Span | null | undefined) => (span ? text.slice(span.start, span.end) : null);
const summary = (i: Indicator) => ({
  seq: i.seq,
  level1: i.level1 && { code: i.level1.code, name: i.level1.name, inferred: i.level1.inferred ?? false },
  level2: i.level2 && { code: i.level2.code, name: i.level2.name },
  name: i.name?.text ?? null,
  period: i.periodValue?.text ?? null,
  annual: i.annualValue?.text ?? null,
});

describe("parseIndicatorCell on every seed cell", () => {
  it.each([
    ["000", 13, 31, SEED_000],
    ["001", 9, 40, SEED_001],
    ["002", 17, 54, SEED_002],
  ] as const)("seed %s: %i projects, %i indicators, every one valued", (_seed, projects, count, list) => {
    expect(list).toHaveLength(projects);
    const all = list.flatMap((c) => parse(c.text));
    expect(all).toHaveLength(count);
    // every indicator has an annual value; only TZMMZXJF lacks a name
    expect(all.filter((i) => i.annualValue === null)).toHaveLength(0);
    expect(all.filter((i) => i.name === null).map((i) => i.itemText)).toEqual(
      _seed === "002" ? ["1、2-效益指标；22-社会效益；实施周期指标值:项目信息不宜公开；年度指标值:项目信息不宜公开。"] : [],
    );
  });

  it("keeps sequence numbers as written, restarts included", () => {
    expect(parse(cell(SEED_000, "街（镇）商会配套工作经费")).map((i) => i.seq)).toEqual([1, 1]);
    expect(parse(cell(SEED_000, "花都区民营企业投诉中心运营经费")).map((i) => i.seq)).toEqual([1, 2, 3, 1]);
    expect(parse(cell(SEED_001, "政府雇员工资经费")).map((i) => i.seq)).toEqual([1, 1, 2]);
  });

  it("spans of names and values point at the same text in the cell", () => {
    for (const c of [...SEED_000, ...SEED_001, ...SEED_002]) {
      for (const i of parse(c.text)) {
        expect(at(c.text, i.name?.span)).toBe(i.name ? i.name.text : null);
        expect(at(c.text, i.annualValue?.span)).toBe(i.annualValue!.text);
        expect(c.text.slice(i.span.start, i.span.end)).toBe(i.itemText);
        expect(i.itemText.startsWith(`${i.seq}、`)).toBe(true);
        expect(i.cell).toBe("G7");
        expect(i.row).toBe(7);
      }
    }
  });
});

describe("code dialect with ；(seed 002)", () => {
  const text = cell(SEED_002, "工作经费");
  const items = parse(text);

  it("reads levels, name and both values", () => {
    expect(items.map(summary)).toEqual([
      { seq: 1, level1: { code: "1", name: "产出指标", inferred: false }, level2: { code: "11", name: "数量指标" }, name: "因公出国（境）次数", period: "大于等于1批次", annual: "大于等于1批次" },
      { seq: 2, level1: { code: "2", name: "效益指标", inferred: false }, level2: { code: "22", name: "社会效益" }, name: "搭建对外交流平台", period: "大于等于1个", annual: "大于等于1个" },
      { seq: 3, level1: { code: "4", name: "成本指标", inferred: false }, level2: { code: "41", name: "经济成本指标" }, name: "年度投入", period: "按标准列支", annual: "按标准列支" },
    ]);
  });

  it("gives exact offsets", () => {
    const first = items[0];
    expect(first.seqSpan).toEqual({ cell: "G7", start: 0, end: 2 });
    expect(first.level1!.span).toEqual({ cell: "G7", start: 2, end: 8 });
    expect(first.level2!.span).toEqual({ cell: "G7", start: 9, end: 16 });
    expect(first.name!.span).toEqual({ cell: "G7", start: 17, end: 26 });
    expect(first.periodValue!.span).toEqual({ cell: "G7", start: 35, end: 42 });
    expect(first.annualValue!.span).toEqual({ cell: "G7", start: 49, end: 56 });
    expect(first.span).toEqual({ cell: "G7", start: 0, end: 57 });
    expect(first.annualValue!.parsed).toEqual({
      kind: "quantity", comparator: "≥", comparatorText: "大于等于", number: 1, numberText: "1", unit: "批次",
    });
  });

  it("reads the `;` variant of the second agency", () => {
    const list = parse(cell(SEED_002, "对外服务大厅营运经费"));
    expect(list.map(summary)[3]).toEqual({
      seq: 4, level1: { code: "2", name: "效益指标", inferred: false }, level2: { code: "22", name: "社会效益" },
      name: "对外服务大厅正常运转", period: "导办、会务、稳控等各方面按合同要求保障到位", annual: "导办、会务、稳控等各方面按合同要求保障到位",
    });
    expect(list[4].annualValue!.parsed).toMatchObject({ kind: "quantity", comparator: "≤", comparatorText: "不超", number: 45, unit: "万元" });
  });

  it("returns name null when the 三级 name is missing (TZMMZXJF)", () => {
    const [only] = parse(cell(SEED_002, "TZMMZXJF"));
    expect(summary(only)).toEqual({
      seq: 1, level1: { code: "2", name: "效益指标", inferred: false }, level2: { code: "22", name: "社会效益" },
      name: null, period: "项目信息不宜公开", annual: "项目信息不宜公开",
    });
  });

  it("drops the 。 a value carries before the separator so both values agree", () => {
    const [, , cost] = parse(cell(SEED_002, "广州市工商业联合会2025-2026年信息化运维项目"));
    expect(cost.periodValue!.text).toBe("不超过24万元");
    expect(cost.annualValue!.text).toBe("不超过24万元");
  });
});

describe("code dialect with , (seed 001)", () => {
  it("does not split values that contain ；，。 and ：", () => {
    const items = parse(cell(SEED_001, "扶贫工作经费"));
    expect(items).toHaveLength(5);
    expect(items[0].periodValue!.text).toBe("切实可行且富有成效，得满分；切实可行且成效不明显，部分得分；不切实可行，不得分");
    expect(items[1].annualValue!.text).toBe(
      "商协会、企业、社会机构有筹集帮扶资金（物资）、或为贫困人口提供就业岗位、或为其解决其他实际问题，得满分；赴对口帮扶地区但没有为其解决实际问题，部分得分；以上均无，不得分",
    );
    expect(summary(items[4])).toEqual({
      seq: 5, level1: { code: "1", name: "产出指标", inferred: false }, level2: { code: "11", name: "数量指标" },
      name: "帮助帮扶对象解决问题", period: "反映帮助结对帮扶对象解决问题情况：解决1个实际问题",
      annual: "反映帮助结对帮扶对象解决问题情况：解决1个实际问题",
    });
  });

  it("keeps a name with ， and drops its closing 。", () => {
    const items = parse(cell(SEED_001, "基层商会培训指导管理经费"));
    expect(items[5].name!.text).toBe("加强我区基层商会建设，打造商会特色服务品牌");
    expect(items[4].level2).toMatchObject({ code: "24", name: "可持续影响" });
  });

  it("ends an item at `;` and leaves the joiner `,` outside", () => {
    const text = cell(SEED_001, "办公场地项目经费");
    const [first, second] = parse(text);
    expect(first.itemText.endsWith("意识加强;")).toBe(true);
    expect(text[first.span.end]).toBe(",");
    expect(second.span.start).toBe(first.span.end + 1);
  });
});

describe("short dialect (seed 000)", () => {
  it("reads 一级：名称，年度指标值：值。 without 二级 or 实施周期", () => {
    const items = parse(cell(SEED_000, "“鲲鹏计划”——花都区培育扶持高新企业创新工作"));
    expect(items.map(summary)[2]).toEqual({
      seq: 3, level1: { code: null, name: "产出指标", inferred: false }, level2: null,
      name: "宣讲、培训次数", period: null, annual: "大于5次",
    });
    expect(items[2].periodValue).toBeNull();
  });

  it("infers the 一级 when only the 二级 is written", () => {
    const [only] = parse(cell(SEED_000, "非公经济协调及组织建设专项经费"));
    expect(only.level2).toMatchObject({ code: null, name: "社会效益" });
    expect(only.level1).toMatchObject({ code: null, name: "效益指标", inferred: true });
    expect(only.level1!.span.start).toBe(only.level1!.span.end);
    expect(only.name!.text).toBe("充分发挥非公有制经济人士参政议政和社会事务重要工作的作用");
  });

  it("finds the label glued to the name and reads a blank value as empty", () => {
    const text = cell(SEED_000, "花都区民营企业投诉中心运营经费");
    const last = parse(text)[3];
    expect(last.name!.text).toBe("政府购买法律服务费用");
    expect(last.annualValue!.text).toBe("");
    expect(last.annualValue!.parsed).toEqual({ kind: "empty" });
    const labelEnd = text.lastIndexOf("年度指标值：") + "年度指标值：".length;
    expect(last.annualValue!.span).toEqual({ cell: "G7", start: labelEnd, end: labelEnd });
  });

  it("reads a missing 一级 before the colon as null", () => {
    const [, second] = parse("1、产出指标：研究课题数，年度指标值：2个。2、：形成研究报告（份），年度指标值：4份。");
    expect(summary(second)).toEqual({ seq: 2, level1: null, level2: null, name: "形成研究报告（份）", period: null, annual: "4份" });
    expect(second.annualValue!.parsed).toMatchObject({ kind: "quantity", number: 4, unit: "份" });
  });
});

describe("spans map back into cells with PDF line breaks", () => {
  it.each(BROKEN_CELLS.map((c) => [c.seed, c.project, c.text] as const))("seed %s %s", (_s, _p, text) => {
    const items = parse(text);
    expect(items.map(summary)).toEqual(parse(cleanText(text)).map(summary));
    for (const i of items) {
      expect(cleanText(at(text, i.name!.span))).toBe(i.name!.text);
      expect(cleanText(at(text, i.annualValue!.span))).toBe(i.annualValue!.text);
    }
  });

  it("keeps the break inside the span", () => {
    const text = BROKEN_CELLS.find((c) => c.project === "因公出国（境）经费")!.text;
    const third = parse(text)[2];
    expect(at(text, third.annualValue!.span)).toBe("≥\n1人");
    expect(third.annualValue!.text).toBe("≥1人");
    const kunpeng = BROKEN_CELLS[0].text;
    const second = parse(kunpeng)[1];
    expect(at(kunpeng, second.name!.span)).toBe("企业对扶\n持工作的满意度");
  });
});

describe("mixed punctuation and odd cells", () => {
  it("accepts any mix of ；;,， and :：", () => {
    const items = parse("1、1-产出指标;11-数量指标，培训人数；实施周期指标值：≥50人,年度指标值:≥50人；2、3-满意度指标，31-服务对象满意度;学员满意度;年度指标值：≥90%");
    expect(items.map(summary)).toEqual([
      { seq: 1, level1: { code: "1", name: "产出指标", inferred: false }, level2: { code: "11", name: "数量指标" }, name: "培训人数", period: "≥50人", annual: "≥50人" },
      { seq: 2, level1: { code: "3", name: "满意度指标", inferred: false }, level2: { code: "31", name: "服务对象满意度" }, name: "学员满意度", period: null, annual: "≥90%" },
    ]);
  });

  it("reads uncoded 一级 and 二级 names separated like the code dialect", () => {
    const [only] = parse("1、产出指标；数量指标；培训人数；年度指标值：50人。");
    expect(summary(only)).toEqual({
      seq: 1, level1: { code: null, name: "产出指标", inferred: false }, level2: { code: null, name: "数量指标" },
      name: "培训人数", period: null, annual: "50人",
    });
  });

  it("does not cut an item at a number with 、 inside a value", () => {
    const items = parse("1、产出指标：培训期数，年度指标值：完成第1、2期培训。2、效益指标：学员能力，年度指标值：提升。");
    expect(items.map((i) => i.annualValue!.text)).toEqual(["完成第1、2期培训", "提升"]);
  });

  it("still splits when an item forgot its terminator but the next one starts with a category", () => {
    const items = parse("1、产出指标：培训人数，年度指标值：50人2、满意度指标：学员满意度，年度指标值：≥90%");
    expect(items.map((i) => [i.seq, i.name?.text, i.annualValue?.text])).toEqual([
      [1, "培训人数", "50人"],
      [2, "学员满意度", "≥90%"],
    ]);
  });

  it("keeps 满意度 as the name after 满意度指标：", () => {
    const [only] = parse("1、满意度指标：满意度，年度指标值：≥90%。");
    expect(only.level1!.name).toBe("满意度指标");
    expect(only.level2).toBeNull();
    expect(only.name!.text).toBe("满意度");
  });

  it("ignores a lead-in ending in a colon", () => {
    const items = parse("绩效指标：1、产出指标：培训人数，年度指标值：50人。");
    expect(items.map((i) => i.name?.text)).toEqual(["培训人数"]);
  });

  it("returns [] for blank and placeholder cells", () => {
    for (const t of ["", "   ", "无", "无。", "暂无", "—", "/", "\n"]) expect(parse(t)).toEqual([]);
    expect(parseIndicatorCell(null as unknown as string, "G7", 7)).toEqual([]);
  });

  it("turns unnumbered prose into one nameless-value indicator so rules can report it", () => {
    const [only, ...rest] = parse("按照上级要求完成各项工作任务");
    expect(rest).toEqual([]);
    expect(summary(only)).toEqual({ seq: null, level1: null, level2: null, name: "按照上级要求完成各项工作任务", period: null, annual: null });
    expect(only.seqSpan).toBeNull();
  });

  it("reads a single unnumbered indicator with its levels and value", () => {
    const [only] = parse("产出指标：培训人数，年度指标值：50人。");
    expect(summary(only)).toEqual({
      seq: null, level1: { code: null, name: "产出指标", inferred: false }, level2: null, name: "培训人数", period: null, annual: "50人",
    });
  });

  it("never throws and keeps spans inside the cell for arbitrary text", () => {
    const alphabet = [..."1234567890、，,；;：:。产出效益满意度指标数量社会年度实施周期值≥%人次-\n "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }), (chars) => {
        const text = chars.join("");
        for (const i of parse(text)) {
          for (const s of [i.span, i.seqSpan, i.name?.span, i.level1?.span, i.level2?.span, i.periodValue?.span, i.annualValue?.span]) {
            if (!s) continue;
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeGreaterThanOrEqual(s.start);
            expect(s.end).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
