import {
  emptyPickerForm,
  findSuggestion,
  formFromSuggestion,
  pickerFormSchema,
  specOfForm,
  validatePickerForm,
  valueText,
  emptyValueForm,
  type PickerContext,
  type PickerForm,
  type ValueForm,
} from "../../../src/domain/picker";
import { parseIndicatorCell } from "../../../src/domain/indicator/parse";
import { SEED_002 } from "../indicator/seed-cells";

const CTX: PickerContext = { scheme: "fin101", moneyUnit: "万元", projectTotal: 24, budgetYear: 2025 };
const rate = (number: string, comparator: ValueForm["comparator"] = "≥"): ValueForm => ({ ...emptyValueForm("rate"), comparator, number });
const qty = (number: string, unit: string, comparator: ValueForm["comparator"] = "≥"): ValueForm => ({ ...emptyValueForm("quantity"), comparator, number, unit });
const deadline = (date: string, dateSuffix: ValueForm["dateSuffix"] = "前"): ValueForm => ({ ...emptyValueForm("deadline"), date, dateSuffix });
const qual = (text: string): ValueForm => ({ ...emptyValueForm("qualitative"), text });

function form(over: Partial<PickerForm>): PickerForm {
  const period = over.period ?? rate("90");
  return { level1: "1", level2: "11", name: "培训任务完成率", period, annual: over.annual ?? period, annualSameAsPeriod: true, ...over };
}
const errorsOf = (f: PickerForm, ctx: PickerContext = CTX) => validatePickerForm(f, ctx).errors;
const warningsOf = (f: PickerForm, ctx: PickerContext = CTX) => validatePickerForm(f, ctx).warnings;
const rulesOf = (f: PickerForm, ctx: PickerContext = CTX) => warningsOf(f, ctx).map((w) => `${w.rule}@${w.field}`);

describe("valueText", () => {
  it("writes each kind as tables write it", () => {
    expect(valueText(rate("90"))).toBe("≥90%");
    expect(valueText(rate("100", ""))).toBe("100%");
    expect(valueText(qty("24", "万元", "≤"))).toBe("≤24万元");
    expect(valueText(qty("846.13", "平方米", ""))).toBe("846.13平方米");
    expect(valueText(qty("１,200", " 人次 "))).toBe("≥1200人次");
    expect(valueText(deadline("2025-12-31"))).toBe("2025年12月31日前");
    expect(valueText(deadline("2025-06-30", "内"))).toBe("2025年6月30日内");
    expect(valueText(deadline("2025-06"))).toBe("2025年6月底前");
    expect(valueText(deadline("2025-06", "内"))).toBe("2025年6月内");
    expect(valueText(qual("达到预期目标"))).toBe("达到预期目标");
    expect(valueText(qual(" 按计划完成。 "))).toBe("按计划完成");
  });
});

describe("blocking errors", () => {
  it("asks for 一级 and 二级 and a name", () => {
    const e = errorsOf({ ...emptyPickerForm(), period: rate("90") });
    expect(e).toEqual([
      { field: "level1", message: "请选择一级指标" },
      { field: "level2", message: "请选择二级指标" },
      { field: "name", message: "请填写三级指标名称" },
    ]);
  });

  it("offers only the children of the 一级 in the table's scheme", () => {
    // traditional: 成本 is 14 under 产出; there is no 一级 4
    expect(errorsOf(form({ level2: "14", name: "项目总成本", period: qty("24", "万元", "≤") }), { ...CTX, scheme: "traditional" })).toEqual([]);
    const no4 = errorsOf(form({ level1: "4", level2: "41" }), { ...CTX, scheme: "traditional" });
    expect(no4[0].field).toBe("level1");
    expect(no4[0].message).toContain("传统口径");
    expect(no4[0].message).toContain("1-产出指标、2-效益指标、3-满意度指标");
    const trad41 = errorsOf(form({ level2: "41" }), { ...CTX, scheme: "traditional" });
    expect(trad41).toEqual([{ field: "level2", message: expect.stringContaining("本表按传统口径，成本指标是产出指标下的二级指标14") }]);
    // fin101: 成本 is 一级 4 with 41/42/43; 14 and 24 do not exist
    expect(errorsOf(form({ level1: "4", level2: "41", name: "项目总成本", period: qty("24", "万元", "≤") }))).toEqual([]);
    expect(errorsOf(form({ level1: "4", level2: "43", name: "生态环境负面影响", period: qual("无") }))).toEqual([]);
    const fin14 = errorsOf(form({ level2: "14" }));
    expect(fin14).toEqual([{ field: "level2", message: expect.stringContaining("成本指标是一级指标4") }]);
    expect(fin14[0].message).toContain("可选：11-数量指标、12-质量指标、13-时效指标");
    expect(errorsOf(form({ level1: "2", level2: "24", name: "长效管理机制", period: qual("建立") }))[0].message).toContain("没有“可持续影响指标”");
    expect(errorsOf(form({ level1: "2", level2: "24", name: "长效管理机制", period: qual("建立") }), { ...CTX, scheme: "traditional" })).toEqual([]);
    expect(errorsOf(form({ level1: "1", level2: "31" }))[0]).toEqual({
      field: "level2",
      message: "二级指标“31”不属于一级指标“1-产出指标”；可选：11-数量指标、12-质量指标、13-时效指标",
    });
    expect(errorsOf(form({ level1: "5" }))[0].message).toContain("1-产出指标、2-效益指标、3-满意度指标、4-成本指标");
  });

  it("refuses names that would break the cell", () => {
    for (const ch of ["；", ";", ",", "，", ":", "：", "。"]) {
      expect(errorsOf(form({ name: `培训${ch}人次` }))).toEqual([{ field: "name", message: `三级指标名称不能含有“${ch}”：单元格用它分隔一级、二级、名称和指标值` }]);
    }
    expect(errorsOf(form({ name: "培训年度指标值" }))[0].message).toContain("“年度指标值”");
    expect(errorsOf(form({ name: "第2、3期培训" }))[0].message).toContain("“1、”这样的序号");
    expect(errorsOf(form({ name: "XX率" }))[0].message).toBe("三级指标名称不能是占位符“XX”");
    expect(errorsOf(form({ name: "培训\n人次" }))[0].message).toBe("三级指标名称不能换行");
    expect(errorsOf(form({ name: "培".repeat(61) }))[0].message).toContain("过长（61字）");
    // a 、 between words is how real names read (宣讲、培训次数) and parses fine
    expect(errorsOf(form({ name: "宣讲、培训次数", period: qty("5", "次", ">") }))).toEqual([]);
  });

  it("checks each value kind for what makes it a value", () => {
    const at = (period: ValueForm) => errorsOf(form({ period }));
    expect(at(rate(""))).toEqual([{ field: "period.number", message: "请填写指标值的数值" }]);
    expect(at(rate("XX"))).toEqual([{ field: "period.number", message: "指标值不能是占位符“XX”，请填写实际目标值" }]);
    expect(at(rate("九十"))).toEqual([{ field: "period.number", message: "指标值的数值“九十”不是数字（应如 90、846.13）" }]);
    expect(at(qty("3", ""))).toEqual([{ field: "period.unit", message: expect.stringContaining("定量指标必须有计量单位") }]);
    expect(at(qty("3", "3次"))[0]).toEqual({ field: "period.unit", message: "计量单位“3次”只能是单位本身，不能含数字、比较符或标点" });
    expect(at(qty("3", "个以上的大型活动场次"))[0].message).toContain("太长");
    expect(at(deadline(""))).toEqual([{ field: "period.date", message: "请选择指标值的完成日期" }]);
    expect(at(deadline("明年"))[0].message).toContain("日期“明年”无效");
    expect(at(deadline("2025-02-30"))[0].field).toBe("period.date");
    expect(at(deadline("2024-02-29"))).toEqual([]);
    expect(at(qual(""))[0]).toEqual({ field: "period.text", message: expect.stringContaining("达到预期目标") });
    expect(at(qual("待定"))[0].message).toBe("指标值不能是占位符“待定”，请填写实际目标");
    expect(at(qual("**"))[0].field).toBe("period.text");
    expect(at(qual("见年度指标值"))[0].message).toContain("标签");
    expect(at(qual("完成。2、另一项"))[0].message).toContain("新的一条指标");
    expect(at(qual("完成\n验收"))[0].message).toContain("换行");
    expect(at(qual("好".repeat(201)))[0].message).toContain("过长");
  });

  it("checks the annual value only when it is not the period value, under its own label", () => {
    const f = form({ period: rate("90"), annual: rate(""), annualSameAsPeriod: true });
    expect(errorsOf(f)).toEqual([]);
    expect(errorsOf({ ...f, annualSameAsPeriod: false })).toEqual([{ field: "annual.number", message: "请填写年度指标值的数值" }]);
    expect(errorsOf({ ...f, period: rate(""), annualSameAsPeriod: false })[0]).toEqual({ field: "period.number", message: "请填写实施周期指标值的数值" });
  });

  it("answers malformed input in Chinese instead of throwing", () => {
    const broken = { ...form({}), period: { ...rate("90"), kind: "score" }, annualSameAsPeriod: "yes" } as unknown as PickerForm;
    const e = errorsOf(broken);
    expect(e.map((x) => x.field).sort()).toEqual(["annualSameAsPeriod", "period.kind"]);
    for (const x of e) expect(x.message).toMatch(/[\u4e00-\u9fff]/);
    const odd = { ...form({}), period: { ...rate("90"), comparator: "≧", dateSuffix: "后", unit: 5 } } as unknown as PickerForm;
    expect(errorsOf(odd)).toEqual([
      { field: "period.comparator", message: "比较符应为 ≥、>、=、≤、< 之一，或不写" },
      { field: "period.unit", message: "计量单位应为文字" },
      { field: "period.dateSuffix", message: "时限应写作“…前”或“…内”" },
    ]);
    const r = pickerFormSchema("traditional").safeParse({ level1: 1 });
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["level1", "level2", "name", "period", "annual", "annualSameAsPeriod"]);
    expect(pickerFormSchema("fin101").safeParse(null).error!.issues[0].message).toBe("插入指标的表单缺失或格式不对");
    expect(r.success).toBe(false);
    for (const i of r.error!.issues) expect(i.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("warnings: what the checker would flag", () => {
  it("passes a sound indicator without warnings and builds its spec", () => {
    const v = validatePickerForm(form({ level1: "3", level2: "31", name: "参训人员满意度", period: rate("90") }), CTX);
    expect(v).toEqual({
      ok: true,
      errors: [],
      warnings: [],
      spec: {
        level1: { code: "3", name: "满意度指标" },
        level2: { code: "31", name: "服务对象满意度" },
        name: "参训人员满意度",
        periodValue: "≥90%",
        annualValue: "≥90%",
      },
    });
  });

  it("flags a rate above 100% except for growth rates", () => {
    expect(rulesOf(form({ period: rate("190") }))).toEqual(["percent-out-of-range@period"]);
    expect(rulesOf(form({ period: rate("100", ">") }))).toEqual(["percent-out-of-range@period"]);
    expect(rulesOf(form({ level1: "2", level2: "21", name: "营业收入增长率", period: rate("120") }))).toEqual([]);
  });

  it("wants satisfaction as a ≥ rate under 满意度, and only satisfaction there", () => {
    expect(rulesOf(form({ level1: "2", level2: "22", name: "群众满意度", period: rate("90") }))).toEqual(["satisfaction-misplaced@name"]);
    expect(rulesOf(form({ level1: "3", level2: "31", name: "服务质量考核情况", period: qty("90", "分", ">") }))).toEqual(["satisfaction-misplaced@name"]);
    expect(rulesOf(form({ level1: "3", level2: "31", name: "群众满意度", period: qty("90", "分", ">") }))).toEqual(["satisfaction-range@period", "picker/satisfaction-rate@period"]);
    expect(rulesOf(form({ level1: "3", level2: "31", name: "群众满意度", period: rate("90", "≤") }))).toEqual(["picker/satisfaction-rate@period"]);
  });

  it("compares a money cost with the project's 总计 across 元/万元/亿元", () => {
    const cost = (v: ValueForm) => form({ level1: "4", level2: "41", name: "项目总成本", period: v });
    expect(rulesOf(cost(qty("24", "万元", "≤")))).toEqual([]);
    expect(rulesOf(cost(qty("24.01", "万元", "≤")))).toEqual(["cost-exceeds-amount@period"]);
    // a table in 元: 240000元 = 24万元 is fine, 24.5万元 is not
    const yuan: PickerContext = { ...CTX, moneyUnit: "元", projectTotal: "240,000.00" };
    expect(rulesOf(cost(qty("240000", "元", "≤")), yuan)).toEqual([]);
    expect(rulesOf(cost(qty("24.5", "万元", "≤")), yuan)).toEqual(["cost-exceeds-amount@period"]);
    expect(rulesOf(cost(qty("0.01", "亿元", "≤")))).toEqual(["cost-exceeds-amount@period"]);
    // traditional 14, or a name about 成本, are costs too; per-unit money is not a total
    expect(rulesOf(form({ level2: "14", name: "年度投入", period: qty("30", "万元", "≤") }), { ...CTX, scheme: "traditional" })).toEqual(["cost-exceeds-amount@period"]);
    expect(rulesOf(form({ level1: "4", level2: "41", name: "人均培训成本", period: qty("500", "元/人", "≤") }))).toEqual([]);
    // no total known: nothing to compare with
    expect(rulesOf(cost(qty("99", "万元", "≤")), { ...CTX, projectTotal: null })).toEqual([]);
  });

  it("keeps deadlines in the budget year", () => {
    const when = (period: ValueForm, annual?: ValueForm) =>
      form({ level2: "13", name: "完成时间", period, annual: annual ?? period, annualSameAsPeriod: !annual });
    expect(rulesOf(when(deadline("2025-12-31")))).toEqual([]);
    expect(rulesOf(when(deadline("2024-12-31")))).toEqual(["deadline-outside-year@period"]);
    expect(rulesOf(when(deadline("2026-06-30"), deadline("2025-12-31")))).toEqual([]);
    expect(rulesOf(when(deadline("2026-06-30"), deadline("2026-06-30")))).toEqual(["deadline-outside-year@annual"]);
    expect(rulesOf(when(deadline("2024-12-31")), { ...CTX, budgetYear: null })).toEqual([]);
  });

  it("warns on vague wording, a unit the grammar does not know, conflicting values and duplicate names", () => {
    expect(rulesOf(form({ level1: "2", level2: "22", name: "企业创新力", period: qual("企业创新力持续提升") }))).toEqual(["vague-value@period"]);
    expect(rulesOf(form({ level1: "2", level2: "22", name: "企业创新力", period: qual("达到预期目标") }))).toEqual([]);
    expect(rulesOf(form({ name: "开展培训套餐", period: qty("3", "套餐") }))).toEqual(["name-not-measurable@name", "picker/value-unreadable@period"]);
    const conflict = form({ name: "培训人次", period: qty("100", "人次"), annual: qty("120", "人次"), annualSameAsPeriod: false });
    expect(rulesOf(conflict)).toEqual(["period-annual-conflict@annual"]);
    const project = { name: "法律顾问服务", indicators: parseIndicatorCell(SEED_002[7].text, "G12", 12) };
    const dup = form({ name: "聘请数量", period: qty("1", "家", "") });
    expect(rulesOf(dup, { ...CTX, project })).toEqual(["duplicate-indicator@name"]);
    expect(warningsOf(dup, { ...CTX, project })[0].message).toContain("项目“法律顾问服务”的第4项指标“聘请数量”");
    expect(rulesOf(dup)).toEqual([]);
  });

  it("never reports for a form with errors, and carries the checker's severity", () => {
    const bad = validatePickerForm(form({ name: "", period: rate("190") }), CTX);
    expect(bad.ok).toBe(false);
    expect(bad.warnings).toEqual([]);
    expect(bad.spec).toBeUndefined();
    expect(warningsOf(form({ period: rate("190") }))[0].severity).toBe("error");
    expect(warningsOf(form({ level1: "2", level2: "22", name: "企业创新力", period: qual("持续提升") }))[0].severity).toBe("warning");
  });
});

describe("suggestions fill the form", () => {
  it("proposes the usual kind, comparator and unit", () => {
    const sat = formFromSuggestion(findSuggestion("参训人员满意度", "traditional")!);
    expect([sat.level1, sat.level2, sat.period.kind, sat.period.comparator, sat.period.number, valueText(sat.period)]).toEqual(["3", "31", "rate", "≥", "90", "≥90%"]);
    const cost = formFromSuggestion(findSuggestion("项目总成本", "fin101")!);
    expect([cost.level1, cost.level2, cost.period.kind, cost.period.comparator, cost.period.unit]).toEqual(["4", "41", "quantity", "≤", "万元"]);
    expect(formFromSuggestion(findSuggestion("项目总成本", "traditional")!).level2).toBe("14");
    const when = formFromSuggestion(findSuggestion("完成时间", "fin101")!, { budgetYear: 2025 });
    expect([when.level2, when.period.kind, valueText(when.period)]).toEqual(["13", "deadline", "2025年12月31日前"]);
    expect(validatePickerForm(when, CTX).warnings).toEqual([]);
  });

  it("writes category names the way the export does", () => {
    const spec = specOfForm(form({ level1: "2", level2: "22", name: "企业创新力", period: qual("达到预期目标") }), "traditional");
    expect([spec.level1.name, spec.level2?.name]).toEqual(["效益指标", "社会效益"]);
    expect(specOfForm(form({}), "traditional").level2?.name).toBe("数量指标");
  });
});
