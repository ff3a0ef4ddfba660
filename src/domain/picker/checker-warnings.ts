/**
 * What the checker would say about an indicator before it is written: the spec is formatted,
 * parsed back exactly as the reader would parse it, put into a one-project table carrying the
 * project's 总计, the table's money unit and budget year, and the checker's own indicator rules run
 * on it. So the picker and the checker cannot disagree: a rate above 100%, a cost above 总计, a
 * deadline outside the budget year, vague wording, a missing unit, a misplaced satisfaction item,
 * a duplicate name are judged by the same code.
 *
 * Two hints of the picker's own are added (rule ids picker/…): a satisfaction indicator whose value
 * is no ≥ rate (domain.md S2), and a value that would not read back as the kind chosen (a unit the
 * grammar does not know turns ≥3套餐 into qualitative text).
 */
import { formatIndicator, type IndicatorSpec } from "../indicator/format";
import { CODE_DIALECT } from "../indicator/dialect";
import { parseIndicatorCell } from "../indicator/parse";
import { isSatisfactionText } from "../indicator/taxonomy";
import { parseValue } from "../indicator/values";
import { Big, EMPTY_AMOUNT, numberAmount, parseAmount, type Amount } from "../money";
import type { Indicator, Span, TableModel, TableRow } from "../model";
import { allRules, ruleById } from "../rules";
import type { Finding } from "../finding";
import type { FormWarning, PickerContext, PickerForm } from "./form-types";
import { valueText, type ValueForm } from "./value-form";

/**
 * The checker rules that judge one indicator on its own: every rule whose meta scope is
 * "indicator" (project-wide rules are not asked), but duplicate-indicator, which needs the
 * project's other indicators and is run apart below.
 */
export const PICKER_CHECKER_RULES: readonly string[] = allRules
  .filter((r) => r.meta.scope === "indicator" && r.id !== "duplicate-indicator")
  .map((r) => r.id);

const NEW_CELL = "新指标";

function amountOf(total: PickerContext["projectTotal"]): Amount | null {
  if (total === null || total === undefined) return null;
  if (total instanceof Big) return numberAmount(total);
  if (typeof total === "object") return total;
  const a = parseAmount(total);
  return a.kind === "number" ? a : null;
}

function projectRow(ctx: PickerContext, indicators: Indicator[], text: string): TableRow {
  const total = amountOf(ctx.projectTotal);
  return {
    kind: "project",
    name: ctx.project?.name ?? "本项目",
    nameCell: "A1",
    row: 1,
    lastRow: 1,
    agency: null,
    department: null,
    amounts: total ? { total, fiscal: EMPTY_AMOUNT, special: EMPTY_AMOUNT, other: EMPTY_AMOUNT } : null,
    amountCells: {},
    goal: null,
    goalCell: null,
    indicators,
    indicatorCell: NEW_CELL,
    indicatorText: text,
  };
}

function tableOf(ctx: PickerContext, row: TableRow): TableModel {
  return {
    sheet: ctx.sheet ?? "插入指标",
    layout: "compact",
    moneyUnit: ctx.moneyUnit,
    title: null,
    department: null,
    budgetYear: ctx.budgetYear,
    headerRow: 1,
    headerCells: {},
    columns: {},
    missingColumns: [],
    rows: [row],
  };
}

const inside = (s: Span | undefined, at: Span | null | undefined) => !!s && !!at && s.start >= at.start && s.start < Math.max(at.end, at.start + 1);

/** Which form field a finding points at, from where its span falls in the new item. */
function fieldOf(f: Finding, ind: Indicator): string {
  if (inside(f.span, ind.annualValue?.span)) return "annual";
  if (inside(f.span, ind.periodValue?.span)) return "period";
  if (inside(f.span, ind.level2?.span)) return "level2";
  if (inside(f.span, ind.level1?.span)) return "level1";
  return "name";
}

/** Runs the checker's rules on the new indicator; `others` are the project's indicators (duplicates). */
function runRules(spec: IndicatorSpec, ctx: PickerContext): Array<{ finding: Finding; ind: Indicator }> {
  const others = ctx.project?.indicators ?? [];
  const seq = Math.max(0, ...others.map((i) => i.seq ?? 0)) + 1;
  const text = formatIndicator(spec, seq, CODE_DIALECT);
  const ind = parseIndicatorCell(text, NEW_CELL, 1)[0];
  if (!ind) return [];
  const out: Array<{ finding: Finding; ind: Indicator }> = [];
  const alone = tableOf(ctx, projectRow(ctx, [ind], text));
  for (const id of PICKER_CHECKER_RULES) {
    const rule = ruleById(id);
    if (!rule) continue;
    const findings = rule.check(alone, { scheme: ctx.scheme, budgetYear: ctx.budgetYear, options: { ...(rule.defaults ?? {}) } });
    for (const f of findings) if (f.cell === NEW_CELL) out.push({ finding: f, ind });
  }
  // duplicates need the project's other indicators; only their names matter, so nothing else of
  // theirs (values, spans into another cell's text) reaches the rule
  const dup = ruleById("duplicate-indicator");
  if (dup && others.length) {
    const names = others.map((o) => ({ ...o, periodValue: null, annualValue: null }));
    const table = tableOf(ctx, projectRow(ctx, [...names, ind], text));
    for (const f of dup.check(table, { scheme: ctx.scheme, budgetYear: ctx.budgetYear, options: { ...(dup.defaults ?? {}) } })) {
      if (f.cell === NEW_CELL) out.push({ finding: f, ind });
    }
  }
  return out;
}

/** The kind a written value reads back as, compared with the kind chosen. */
function readsBackAs(v: ValueForm): boolean {
  const p = parseValue(valueText(v));
  switch (v.kind) {
    case "quantity":
      return p.kind === "quantity" && p.unit === (v.unit.trim() === "％" ? "%" : v.unit.trim());
    case "rate":
      return p.kind === "quantity" && p.unit === "%";
    case "deadline":
      return p.kind === "deadline" && p.year !== null;
    case "qualitative":
      return true;
  }
}

function pickerHints(spec: IndicatorSpec, form: PickerForm): FormWarning[] {
  const out: FormWarning[] = [];
  const fields: Array<["period" | "annual", ValueForm]> = form.annualSameAsPeriod
    ? [["period", form.period]]
    : [["period", form.period], ["annual", form.annual]];
  for (const [field, v] of fields) {
    if (!readsBackAs(v)) {
      const what = v.kind === "quantity" ? `计量单位“${v.unit.trim()}”不是常用单位，` : "";
      out.push({
        field,
        rule: "picker/value-unreadable",
        severity: "warning",
        message: `${what}“${valueText(v)}”写入后检查时会被当作定性文字，无法核对数值。请改用常用单位（如 个、次、人次、万元）或改选其他类型。`,
      });
    }
  }
  if (isSatisfactionText(spec.name)) {
    for (const [field, v] of fields) {
      const p = parseValue(valueText(v));
      const rate = p.kind === "quantity" && p.unit === "%";
      if (rate && (p.comparator === "≥" || p.comparator === ">" || p.comparator === null || p.comparator === "=")) continue;
      out.push({
        field,
        rule: "picker/satisfaction-rate",
        severity: "warning",
        message: rate
          ? `满意度是越高越好的指标，应写作“≥”，如“≥90%”，而不是“${valueText(v)}”。`
          : `满意度指标应以百分比表示，如“≥90%”，而不是“${valueText(v)}”。`,
      });
    }
  }
  return out;
}

/** Warnings for a valid form: the checker's findings on the new indicator, then the picker's hints. */
export function checkerWarnings(spec: IndicatorSpec, form: PickerForm, ctx: PickerContext): FormWarning[] {
  const out: FormWarning[] = [];
  const seen = new Set<string>();
  for (const { finding, ind } of runRules(spec, ctx)) {
    let field = fieldOf(finding, ind);
    // with one value for both, the pane shows one field: report each problem once, there
    if (form.annualSameAsPeriod && field === "annual") field = "period";
    const key = `${finding.rule}|${field}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field, message: finding.message, rule: finding.rule, severity: finding.severity });
  }
  for (const w of pickerHints(spec, form)) {
    const key = `${w.rule}|${w.field}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(w);
    }
  }
  return out;
}
