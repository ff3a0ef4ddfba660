/**
 * The picker form (插入指标) and its validation. Two kinds of problem, kept apart on purpose:
 *  - errors: the form cannot become an indicator (no 二级, a 二级 of the other scheme, a name with a
 *    separator that would split the cell, a number that is no number, a placeholder such as XX);
 *    the zod schema reports them with Chinese messages and the path of the field;
 *  - warnings: what the checker would flag once it is written (a rate above 100%, a cost above the
 *    project's 总计, a deadline outside the budget year, vague wording …); insertable only after the
 *    user has seen and confirmed them. They come from the checker's own rules (checker-warnings.ts).
 */
import { z } from "zod";
import type { IndicatorSpec } from "../indicator/format";
import { writtenCategoryName } from "../indicator/format";
import { LEVEL1, childrenOf, type Level1Def, type Scheme } from "../indicator/taxonomy";
import { placeholderIn } from "../rules/support/placeholders";
import { checkerWarnings } from "./checker-warnings";
import type { Suggestion } from "./library";
import {
  DAY_PATTERN, MONTH_PATTERN, NUMBER_PATTERN,
  emptyValueForm, normalizeNumber, valueText, type ValueForm,
} from "./value-form";

export type { FormError, FormWarning, PickerContext, PickerForm, PickerValidation } from "./form-types";
import type { PickerContext, PickerForm, PickerValidation } from "./form-types";

export const SCHEME_LABELS: Readonly<Record<Scheme, string>> = {
  traditional: "传统口径（成本指标是产出指标下的二级指标14）",
  fin101: "财预〔2021〕101号口径（成本指标是一级指标4，下设41经济成本、42社会成本、43生态环境成本）",
};

const LABEL_WORDS = /实施周期指标值|实施期指标值|年度指标值/;
/** `3、` would start a new item when the cell is read again. */
const SEQ_LIKE = /[0-9０-９]{1,3}\s*、/;
const NAME_SEPARATORS = /[；;,，:：。]/;
const MAX_NAME = 60;
const MAX_TEXT = 200;

const codeList = (defs: ReadonlyArray<Level1Def>) => defs.map((d) => `${d.code}-${d.label}`).join("、");

type Ctx = z.RefinementCtx;
const issue = (ctx: Ctx, path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

/** Problems of one value that make it no value (not what the checker judges). */
function checkValue(v: ValueForm, at: "period" | "annual", label: string, ctx: Ctx): void {
  const p = (field: keyof ValueForm) => [at, field];
  if (v.kind === "quantity" || v.kind === "rate") {
    const n = normalizeNumber(v.number);
    const ph = placeholderIn(v.number ?? "");
    if (!n) issue(ctx, p("number"), `请填写${label}的数值`);
    else if (ph) issue(ctx, p("number"), `${label}不能是占位符“${ph}”，请填写实际目标值`);
    else if (!NUMBER_PATTERN.test(n)) issue(ctx, p("number"), `${label}的数值“${v.number}”不是数字（应如 90、846.13）`);
  }
  if (v.kind === "quantity") {
    const unit = (v.unit ?? "").trim();
    if (!unit) issue(ctx, p("unit"), `请填写${label}的计量单位（如 个、人次、万元、天）；定量指标必须有计量单位`);
    else if (/[0-9０-９]/.test(unit) || NAME_SEPARATORS.test(unit) || /[、\s≥≤<>=＞＜＝]/.test(unit) || LABEL_WORDS.test(unit)) {
      issue(ctx, p("unit"), `计量单位“${unit}”只能是单位本身，不能含数字、比较符或标点`);
    } else if (unit.length > 8) issue(ctx, p("unit"), `计量单位“${unit}”太长，应如 个、人次、万元、元/人`);
  }
  if (v.kind === "deadline") {
    const d = (v.date ?? "").trim();
    if (!d) issue(ctx, p("date"), `请选择${label}的完成日期`);
    else if (!validDate(d)) issue(ctx, p("date"), `${label}的日期“${d}”无效，应为 2025-12-31 这样的日期，或 2025-12 表示当月底`);
  }
  if (v.kind === "qualitative") {
    const t = (v.text ?? "").trim();
    const ph = placeholderIn(t);
    if (!t) issue(ctx, p("text"), `请填写${label}：可选“达到预期目标”等标准等级，或写明可核验的结果`);
    else if (ph) issue(ctx, p("text"), `${label}不能是占位符“${ph}”，请填写实际目标`);
    else if (LABEL_WORDS.test(t)) issue(ctx, p("text"), `${label}不能含有“年度指标值”“实施周期指标值”字样，它们是单元格中的标签`);
    else if (SEQ_LIKE.test(t)) issue(ctx, p("text"), `${label}不能含有“1、”这样的序号，写入后会被当作新的一条指标`);
    else if (/[\r\n]/.test(t)) issue(ctx, p("text"), `${label}不能换行`);
    else if (t.length > MAX_TEXT) issue(ctx, p("text"), `${label}过长（${t.length}字），请控制在${MAX_TEXT}字以内`);
  }
}

function validDate(d: string): boolean {
  const day = DAY_PATTERN.exec(d);
  const month = day ?? MONTH_PATTERN.exec(d);
  if (!month) return false;
  const [y, m] = [+month[1], +month[2]];
  if (y < 1990 || y > 2100 || m < 1 || m > 12) return false;
  if (!day) return true;
  const dd = +day[3];
  return dd >= 1 && dd <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function checkName(raw: string, ctx: Ctx): void {
  const name = (raw ?? "").trim();
  const sep = NAME_SEPARATORS.exec(name);
  const ph = placeholderIn(name);
  if (!name) issue(ctx, ["name"], "请填写三级指标名称");
  else if (sep) issue(ctx, ["name"], `三级指标名称不能含有“${sep[0]}”：单元格用它分隔一级、二级、名称和指标值`);
  else if (LABEL_WORDS.test(name)) issue(ctx, ["name"], "三级指标名称不能含有“年度指标值”“实施周期指标值”字样");
  else if (SEQ_LIKE.test(name)) issue(ctx, ["name"], "三级指标名称不能含有“1、”这样的序号，写入后会被当作新的一条指标");
  else if (ph) issue(ctx, ["name"], `三级指标名称不能是占位符“${ph}”`);
  else if (/[\r\n]/.test(name)) issue(ctx, ["name"], "三级指标名称不能换行");
  else if (name.length > MAX_NAME) issue(ctx, ["name"], `三级指标名称过长（${name.length}字），请控制在${MAX_NAME}字以内`);
}

function checkLevels(form: { level1: string; level2: string }, scheme: Scheme, ctx: Ctx): void {
  const l1 = LEVEL1[scheme].find((d) => d.code === form.level1.trim());
  if (!form.level1.trim()) issue(ctx, ["level1"], "请选择一级指标");
  else if (!l1) {
    issue(ctx, ["level1"], `一级指标“${form.level1}”不在本表的${SCHEME_LABELS[scheme]}中，可选：${codeList(LEVEL1[scheme])}`);
  }
  const code = form.level2.trim();
  if (!code) return issue(ctx, ["level2"], "请选择二级指标");
  if (!l1) return;
  const children = childrenOf(l1.code, scheme);
  if (children.some((d) => d.code === code)) return;
  let why = `二级指标“${code}”不属于一级指标“${l1.code}-${l1.label}”`;
  if (scheme === "fin101" && code === "14") why = "本表按财预〔2021〕101号口径，成本指标是一级指标4（41经济成本、42社会成本、43生态环境成本），不在产出指标下";
  else if (scheme === "traditional" && /^4/.test(code)) why = "本表按传统口径，成本指标是产出指标下的二级指标14，没有一级指标4";
  else if (scheme === "fin101" && code === "24") why = "本表按财预〔2021〕101号口径，没有“可持续影响指标”，可归入社会效益";
  issue(ctx, ["level2"], `${why}；可选：${children.map((d) => `${d.code}-${d.label}`).join("、")}`);
}

const text = (what: string) => z.string({ error: () => `${what}应为文字` });

const valueFormSchema = (label: string) => z.object({
  kind: z.enum(["quantity", "rate", "deadline", "qualitative"], { error: () => "请选择指标值的类型：数量、比率、时限或定性" }),
  comparator: z.enum(["≥", ">", "=", "≤", "<", ""], { error: () => "比较符应为 ≥、>、=、≤、< 之一，或不写" }),
  number: text("数值"),
  unit: text("计量单位"),
  date: text("日期"),
  dateSuffix: z.enum(["前", "内"], { error: () => "时限应写作“…前”或“…内”" }),
  text: text("指标值"),
}, { error: (iss) => (iss.code === "invalid_type" ? `${label}缺失或不是表单对象` : undefined) });

/** The schema in one table's scheme (二级 codes depend on it). */
export function pickerFormSchema(scheme: Scheme) {
  return z
    .object({
      level1: text("一级指标"),
      level2: text("二级指标"),
      name: text("三级指标名称"),
      period: valueFormSchema("实施周期指标值"),
      annual: valueFormSchema("年度指标值"),
      annualSameAsPeriod: z.boolean({ error: () => "“年度指标值同实施周期指标值”应为是或否" }),
    }, { error: (iss) => (iss.code === "invalid_type" ? "插入指标的表单缺失或格式不对" : undefined) })
    .superRefine((form, ctx) => {
      checkLevels(form, scheme, ctx);
      checkName(form.name, ctx);
      const same = form.annualSameAsPeriod;
      checkValue(form.period as ValueForm, "period", same ? "指标值" : "实施周期指标值", ctx);
      if (!same) checkValue(form.annual as ValueForm, "annual", "年度指标值", ctx);
    });
}

/** The spec the formatter writes, in the names the Guangdong export uses (产出指标, 社会效益). */
export function specOfForm(form: PickerForm, scheme: Scheme): IndicatorSpec {
  const l1 = LEVEL1[scheme].find((d) => d.code === form.level1.trim())!;
  const l2 = childrenOf(l1.code, scheme).find((d) => d.code === form.level2.trim())!;
  const period = valueText(form.period);
  return {
    level1: { code: l1.code, name: writtenCategoryName(l1, null) },
    level2: { code: l2.code, name: writtenCategoryName(l2, null) },
    name: form.name.trim(),
    periodValue: period,
    annualValue: form.annualSameAsPeriod ? period : valueText(form.annual),
  };
}

export function validatePickerForm(form: PickerForm, context: PickerContext): PickerValidation {
  const parsed = pickerFormSchema(context.scheme).safeParse(form);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ field: i.path.join(".") || "form", message: i.message }));
    return { ok: false, errors, warnings: [] };
  }
  const spec = specOfForm(form, context.scheme);
  return { ok: true, errors: [], warnings: checkerWarnings(spec, form, context), spec };
}

export function emptyPickerForm(): PickerForm {
  return { level1: "", level2: "", name: "", period: emptyValueForm(), annual: emptyValueForm(), annualSameAsPeriod: true };
}

/**
 * The form after choosing a suggestion: its 一级/二级, name, value kind, comparator, unit and usual
 * target. A deadline proposes the end of the budget year when it is known.
 */
export function formFromSuggestion(s: Suggestion, opts: { budgetYear?: number | null; base?: PickerForm } = {}): PickerForm {
  const value: ValueForm = { ...emptyValueForm(s.kind), comparator: s.comparator };
  if (s.kind === "quantity") value.unit = s.unit;
  if ((s.kind === "quantity" || s.kind === "rate") && s.typical) value.number = s.typical;
  if (s.kind === "qualitative") value.text = s.typical ?? "达到预期目标";
  if (s.kind === "deadline" && opts.budgetYear) value.date = `${opts.budgetYear}-12-31`;
  const base = opts.base ?? emptyPickerForm();
  return { ...base, level1: s.level1, level2: s.level2, name: s.name, period: value, annual: { ...value }, annualSameAsPeriod: true };
}
