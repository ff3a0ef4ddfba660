import {
  PlanError,
  copyFromProject,
  numberingBroken,
  planCompactInsert,
  planInsert,
  previewText,
  validatePickerForm,
  valueText,
  emptyValueForm,
  type PickerForm,
} from "../../../src/domain/picker";
import type { IndicatorSpec } from "../../../src/domain/indicator/format";
import { CODE_COMMA_DIALECT, CODE_DIALECT, SHORT_DIALECT } from "../../../src/domain/indicator/dialect";
import { parseIndicatorCell } from "../../../src/domain/indicator/parse";
import { resolveLevel1, resolveLevel2 } from "../../../src/domain/indicator/taxonomy";
import { projectsOf, type Indicator, type TableRow } from "../../../src/domain/model";
import { cleanText } from "../../../src/domain/text";
import { loadSampleModel } from "../../support/fixtures";
import { BROKEN_CELLS, SEED_000, SEED_001, SEED_002, type SeedCell } from "../indicator/seed-cells";

const parse = (t: string) => parseIndicatorCell(t, "G5", 5);

function rowOf(text: string | null, project = "测试项目"): TableRow {
  return {
    kind: "project", name: project, nameCell: "A5", row: 5, lastRow: 5, agency: null, department: null,
    amounts: null, amountCells: {}, goal: null, goalCell: null,
    indicators: text ? parse(text) : [], indicatorCell: "G5", indicatorText: text,
  };
}

const BENEFIT: IndicatorSpec = {
  level1: { code: "2", name: "效益指标" }, level2: { code: "22", name: "社会效益" },
  name: "政策知晓率", periodValue: "≥90%", annualValue: "≥90%",
};

/** What a reader sees of an indicator, for comparing before and after. */
const reading = (i: Indicator) => ({
  level1: i.level1 ? resolveLevel1(i.level1)?.code ?? i.level1.name : null,
  level2: i.level2 ? resolveLevel2(i.level2)?.code ?? i.level2.name : null,
  name: i.name?.text ?? null,
  period: i.periodValue?.text ?? null,
  annual: i.annualValue?.text ?? null,
});

function expectInserted(cell: SeedCell, spec: IndicatorSpec) {
  const plan = planCompactInsert(rowOf(cell.text, cell.project), spec);
  const { hasLevel2, hasPeriodValue: hasPeriod } = plan.dialect;
  const old = parse(cell.text);
  const now = parse(plan.after);
  expect(plan.check).toEqual({ ok: true, problems: [] });
  expect(plan.before).toBe(cell.text);
  // nothing before the new item changes, except a terminator the last item lacked
  expect(plan.after.startsWith(cell.text.trimEnd().replace(/[。;；]$/, ""))).toBe(true);
  expect(plan.after.endsWith(plan.added)).toBe(true);
  expect(now).toHaveLength(old.length + 1);
  expect(now.slice(0, -1).map(reading)).toEqual(old.map(reading));
  expect(now.slice(0, -1).map((i) => i.seq)).toEqual(old.map((i) => i.seq));
  const added = now[now.length - 1];
  expect(added.seq).toBe(Math.max(...old.map((i) => i.seq ?? 0)) + 1);
  expect(reading(added)).toEqual({
    level1: spec.level1.code,
    level2: hasLevel2 ? spec.level2!.code : null,
    name: spec.name,
    period: hasPeriod ? spec.periodValue : null,
    annual: spec.annualValue,
  });
  return plan;
}

describe("planCompactInsert into the seed cells", () => {
  it("writes seed 000's short dialect: no codes, no 二级, only 年度指标值", () => {
    for (const cell of SEED_000) {
      const plan = expectInserted(cell, BENEFIT);
      expect(plan.dialect.codes).toBe(false);
      expect(plan.dialect.hasPeriodValue).toBe(false);
      expect(plan.level2Omitted).toBe(!plan.dialect.hasLevel2);
    }
    expect(planCompactInsert(rowOf(SEED_000[0].text), BENEFIT).dialect).toEqual(SHORT_DIALECT);
    // the one cell that writes a 二级 alone (1、社会效益：…) gets its 二级 written too
    const alone = planCompactInsert(rowOf(SEED_000[4].text), BENEFIT);
    expect(alone.added).toBe("2、效益指标：社会效益：政策知晓率，年度指标值：≥90%。");
    const plan = planCompactInsert(rowOf(SEED_000[1].text), BENEFIT);
    expect(plan.after).toBe("1、产出指标：出外考察经贸交流，年度指标值：2次。2、效益指标：政策知晓率，年度指标值：≥90%。");
    expect(planCompactInsert(rowOf(SEED_000[1].text), { ...BENEFIT, periodValue: "≥80%" }).periodValueOmitted).toBe(true);
  });

  it("writes seed 001's code dialect with `,` separators and `;,` between items", () => {
    for (const cell of SEED_001) {
      const plan = expectInserted(cell, BENEFIT);
      expect([plan.dialect.hasLevel2, plan.dialect.hasPeriodValue]).toEqual([true, true]);
    }
    const plan = planCompactInsert(rowOf(SEED_001[5].text), BENEFIT);
    expect(plan.dialect).toEqual(CODE_COMMA_DIALECT);
    expect(plan.after).toBe(`${SEED_001[5].text},6、2-效益指标,22-社会效益,政策知晓率；实施周期指标值:≥90%,年度指标值:≥90%;`);
  });

  it("writes seed 002's code dialect with `；` (or `;` where the cell uses it) and 成本 as 一级 4", () => {
    const cost: IndicatorSpec = {
      level1: { code: "4", name: "成本指标" }, level2: { code: "41", name: "经济成本指标" },
      name: "项目总成本", periodValue: "≤24万元", annualValue: "≤24万元",
    };
    for (const cell of SEED_002) {
      expect(expectInserted(cell, BENEFIT).dialect).toMatchObject({ codes: true, hasLevel2: true, hasPeriodValue: true });
      expectInserted(cell, cost);
    }
    const work = planCompactInsert(rowOf(SEED_002[2].text), cost);
    expect(work.dialect).toEqual(CODE_DIALECT);
    expect(work.added).toBe("4、4-成本指标；41-经济成本指标；项目总成本；实施周期指标值:≤24万元；年度指标值:≤24万元。");
    const hall = SEED_002.find((c) => c.project === "对外服务大厅营运经费")!;
    expect(planCompactInsert(rowOf(hall.text), cost).added).toBe("6、4-成本指标;41-经济成本指标;项目总成本;实施周期指标值:≤24万元;年度指标值:≤24万元。");
  });

  it("keeps a cell's PDF line breaks byte for byte", () => {
    for (const cell of BROKEN_CELLS) {
      const plan = planCompactInsert(rowOf(cell.text), BENEFIT);
      expect(plan.check.ok).toBe(true);
      expect(plan.after.startsWith(cell.text)).toBe(true);
    }
  });

  it("writes period and annual values apart when they differ", () => {
    const plan = expectInserted(SEED_002[3], { ...BENEFIT, name: "培训人次", level2: { code: "11", name: "数量指标" }, level1: { code: "1", name: "产出指标" }, periodValue: "≥200人次", annualValue: "≥100人次" });
    expect(plan.added).toBe("6、1-产出指标；11-数量指标；培训人次；实施周期指标值:≥200人次；年度指标值:≥100人次。");
  });
});

describe("broken numbering", () => {
  const wages = SEED_001.find((c) => c.project === "政府雇员工资经费")!;

  it("is noticed (seed 001 政府雇员工资经费 numbers 1、1、2) and the new item continues after the highest", () => {
    const plan = planCompactInsert(rowOf(wages.text), BENEFIT);
    expect(plan.numberingBroken).toBe(true);
    expect(plan.renumbered).toBe(false);
    expect(plan.seq).toBe(3);
    expect(parse(plan.after).map((i) => i.seq)).toEqual([1, 1, 2, 3]);
    expect(plan.check.ok).toBe(true);
  });

  it("is renumbered 1..n on request, nothing else of the old items changing", () => {
    const plan = planCompactInsert(rowOf(wages.text), BENEFIT, { renumber: true });
    expect(plan.renumbered).toBe(true);
    expect(plan.seq).toBe(4);
    const now = parse(plan.after);
    expect(now.map((i) => i.seq)).toEqual([1, 2, 3, 4]);
    expect(now.slice(0, 3).map(reading)).toEqual(parse(wages.text).map(reading));
    expect(plan.after.replace(/\d+、/g, "#、").startsWith(wages.text.replace(/\d+、/g, "#、"))).toBe(true);
    expect(plan.check).toEqual({ ok: true, problems: [] });
  });

  it("is told apart from a sound numbering, in every seed cell", () => {
    const broken = [...SEED_000, ...SEED_001, ...SEED_002].filter((c) => numberingBroken(parse(c.text))).map((c) => c.project);
    expect(broken).toEqual(["街（镇）商会配套工作经费", "花都区民营企业投诉中心运营经费", "政府雇员工资经费", "政府雇员公用经费"]);
    const sound = planCompactInsert(rowOf(SEED_002[0].text), BENEFIT, { renumber: true });
    expect([sound.numberingBroken, sound.renumbered, sound.seq]).toEqual([false, false, 4]);
  });
});

describe("cells without indicators", () => {
  it("starts at 1 in the dialect of the table's other cells", () => {
    const model = loadSampleModel("001").tables[0];
    const blank = { ...projectsOf(model)[0], indicatorText: null, indicators: [] };
    const plan = planCompactInsert(blank, BENEFIT, { table: model });
    expect(plan.before).toBe("");
    expect(plan.after).toBe("1、2-效益指标,22-社会效益,政策知晓率；实施周期指标值:≥90%,年度指标值:≥90%;");
    expect(plan.sheet).toBe(model.sheet);
    expect(planCompactInsert(rowOf("无"), BENEFIT).after).toBe("1、2-效益指标；22-社会效益；政策知晓率；实施周期指标值:≥90%；年度指标值:≥90%。");
  });

  it("refuses rows that are no project or have no 绩效指标 cell, naming them", () => {
    expect(() => planCompactInsert({ ...rowOf(null), indicatorCell: null }, BENEFIT)).toThrow(PlanError);
    expect(() => planCompactInsert({ ...rowOf(null), indicatorCell: null }, BENEFIT)).toThrow("项目“测试项目”（第5行）没有“绩效指标”单元格");
    expect(() => planCompactInsert({ ...rowOf(null), kind: "agency", name: "广州市工商业联合会" }, BENEFIT)).toThrow("第5行“广州市工商业联合会”不是项目行");
  });
});

describe("from the form to the cell, and 从本表复制", () => {
  const ctx = { scheme: "fin101" as const, moneyUnit: "万元" as const, projectTotal: 24, budgetYear: 2025 };

  it("writes what validatePickerForm built, in the reader's own model of seed 002", () => {
    const model = loadSampleModel("002").tables[0];
    const target = projectsOf(model).find((r) => r.name === "购置经费")!;
    const form: PickerForm = {
      level1: "3", level2: "31", name: "使用人员满意度",
      period: { ...emptyValueForm("rate"), number: "90" }, annual: emptyValueForm(), annualSameAsPeriod: true,
    };
    const v = validatePickerForm(form, { ...ctx, project: target });
    expect(v.warnings).toEqual([]);
    const plan = planCompactInsert(target, v.spec!, { table: model });
    expect(plan.check.ok).toBe(true);
    expect(previewText(plan)).toBe(plan.after);
    expect(plan.added).toBe("4、3-满意度指标；31-服务对象满意度；使用人员满意度；实施周期指标值:≥90%；年度指标值:≥90%。");
    expect(parse(plan.after)[3].annualValue?.parsed).toMatchObject({ kind: "quantity", comparator: "≥", number: 90, unit: "%" });
  });

  it("appends in the agency layout of seed 000 as the reader models it", () => {
    const model = loadSampleModel("000").tables[0];
    const target = projectsOf(model).find((r) => r.name === "招商交流推介往来活动经费")!;
    const form: PickerForm = {
      level1: "2", level2: "22", name: "企业参与率",
      period: { ...emptyValueForm("rate"), number: "80" }, annual: emptyValueForm(), annualSameAsPeriod: true,
    };
    const v = validatePickerForm(form, { ...ctx, scheme: "traditional", project: target });
    const plan = planCompactInsert(target, v.spec!, { table: model });
    expect(planInsert(model, target, v.spec!)).toEqual(plan);
    expect(plan.cell).toBe(target.indicatorCell);
    expect(plan.after).toBe(`${target.indicatorText}2、效益指标：企业参与率，年度指标值：≥80%。`);
    expect(plan.check.ok).toBe(true);
  });

  it("copies an indicator of another project into a form that writes the same value", () => {
    const all = [...SEED_000, ...SEED_001, ...SEED_002].flatMap((c) => parse(c.text));
    const byName = (n: string) => all.find((i) => i.name?.text === n)!;
    const cost = copyFromProject(all.filter((i) => i.name?.text === "年度投入")[3], "fin101");
    expect(cost).toMatchObject({ level1: "4", level2: "41", name: "年度投入", annualSameAsPeriod: true });
    expect([cost.period.kind, cost.period.comparator, cost.period.number, cost.period.unit]).toEqual(["quantity", "≤", "24", "万元"]);
    const visits = copyFromProject(byName("走访企业数"), "traditional");
    expect(valueText(visits.period)).toBe("≥40家"); // ≧ written as the standard ≥
    const sat = copyFromProject(byName("企业对扶持工作的满意度"), "traditional");
    expect([sat.level1, sat.level2, sat.period.kind, valueText(sat.period)]).toEqual(["3", "31", "rate", "≥90%"]);
    expect(copyFromProject(byName("商事纠纷有效化解"), "fin101").period).toMatchObject({ kind: "qualitative", text: "有效化解率大于等于90%" });
    // short dialect: the 二级 comes from the library, or from the only 二级 of the 一级
    // a short-dialect 效益 takes its 二级 from the library; 企业创新力 (dropped from it as unmeasurable) does not
    expect(copyFromProject(byName("商协会业务水平达标率"), "traditional")).toMatchObject({ level1: "2", level2: "22" });
    expect(copyFromProject(byName("企业创新力"), "traditional")).toMatchObject({ level1: "2", level2: "", period: { kind: "qualitative", text: "企业创新力持续提升" } });
    expect(copyFromProject({ ...byName("企业创新力"), name: { text: "未收录的名称", span: byName("企业创新力").name!.span } })).toMatchObject({ level1: "2", level2: "" });
    // a 14 written in a 101号 table is not carried over
    const [old14] = parse("1、1-产出指标；14-成本指标；年度投入；实施周期指标值:≤9万元；年度指标值:≤9万元。");
    expect([copyFromProject(old14, "fin101").level1, copyFromProject(old14, "fin101").level2, copyFromProject(old14, "traditional").level2]).toEqual(["1", "", "14"]);
    // every named seed indicator copies into a form whose values write back to the same reading
    for (const ind of all.filter((i) => i.name && i.annualValue?.parsed.kind !== "empty")) {
      const f = copyFromProject(ind);
      expect(cleanText(valueText(f.annualSameAsPeriod ? f.period : f.annual))).toBe(cleanText(writtenAgain(ind.annualValue!.text)));
    }
  });

  it("copies a deadline as a date", () => {
    const [ind] = parse("1、1-产出指标；13-时效指标；完成时间；实施周期指标值:2025年12月31日前；年度指标值:2025年6月底前。");
    const f = copyFromProject(ind, "traditional");
    expect(f.annualSameAsPeriod).toBe(false);
    expect([f.period.kind, f.period.date, f.annual.date, valueText(f.annual)]).toEqual(["deadline", "2025-12-31", "2025-06", "2025年6月底前"]);
  });
});

/** How a copied value is written again: comparators in the standard symbol, the rest as it was. */
function writtenAgain(raw: string): string {
  const [ind] = parse(`1、1-产出指标；11-数量指标；甲；年度指标值:${raw}。`);
  const p = ind.annualValue!.parsed;
  if (p.kind === "quantity" && !p.prefix) return `${p.comparator ?? ""}${p.numberText.replace(/,/g, "")}${p.unit ?? ""}`;
  return ind.annualValue!.text;
}
