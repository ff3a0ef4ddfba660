/**
 * What several of the judgement rules ask of one indicator: its trimmed name, its 二级 code in the
 * scheme in force, and its value texts (annual first, the period value only when it differs).
 */
import type { Indicator, IndicatorValue } from "../../model";
import { resolveLevel2 } from "../../indicator/taxonomy";
import type { Scheme } from "../rule";

/** The name without edge spaces and a trailing stop (加强我区基层商会建设。 → 加强我区基层商会建设). */
export function bareName(ind: Indicator): string {
  return (ind.name?.text ?? "").trim().replace(/[。.;；,，、\s]+$/, "");
}

/** 11 数量, 12 质量, 13 时效, 14 成本, 21 … : the written 二级's code, or null when none is written or known. */
export function level2Code(ind: Indicator, scheme: Scheme): string | null {
  if (!ind.level2) return null;
  return (resolveLevel2(ind.level2, scheme) ?? resolveLevel2(ind.level2))?.code ?? null;
}

/** The values to judge: annual, then period when its text differs (a repeated text is judged once). */
export function distinctValues(ind: Indicator): IndicatorValue[] {
  const out: IndicatorValue[] = [];
  if (ind.annualValue && ind.annualValue.text.trim()) out.push(ind.annualValue);
  const p = ind.periodValue;
  if (p && p.text.trim() && p.text !== ind.annualValue?.text) out.push(p);
  return out;
}

/** Which value a finding names, as message data: 年度指标值 / annual value, else the period value. */
export function valueField(ind: Indicator, v: IndicatorValue): { zh: string; en: string } {
  return v === ind.annualValue ? ANNUAL : PERIOD;
}
const ANNUAL = { zh: "年度指标值", en: "annual value" };
const PERIOD = { zh: "实施周期指标值", en: "period value" };

/** Goals and values that stand for a confidential project: nothing to judge in them. */
export const CONFIDENTIAL = /不宜公开|涉密|保密/;
