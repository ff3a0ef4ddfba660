/**
 * One indicator value as the picker edits it (a kind and its fields), and the exact text it is
 * written as: ≥90%, ≤24万元, 2025年12月31日前, 达到预期目标. The form is flat — every field exists
 * whatever the kind — so a pane can switch kinds without losing what was typed.
 */
import type { Comparator, ParsedValue } from "../model";
import { toHalfWidth } from "../money";
import { trimValueText } from "../indicator/values";

export type ValueKind = "quantity" | "rate" | "deadline" | "qualitative";
export const VALUE_KINDS: readonly ValueKind[] = ["quantity", "rate", "deadline", "qualitative"];

export const VALUE_KIND_LABELS: Readonly<Record<ValueKind, string>> = {
  quantity: "数量（比较符+数值+单位）",
  rate: "比率（%）",
  deadline: "时限（日期前/内）",
  qualitative: "定性",
};

/** "" writes the number without a sign (100%, 1年), the way tables write exact targets. */
export type PickerComparator = Comparator | "";
export const PICKER_COMPARATORS: readonly PickerComparator[] = ["≥", ">", "=", "≤", "<", ""];

export type DeadlineSuffix = "前" | "内";

/** The standard grades for qualitative targets (domain.md V5). */
export const QUALITATIVE_GRADES = ["达到预期目标", "部分达到预期目标", "未达到预期目标"] as const;

export interface ValueForm {
  kind: ValueKind;
  /** quantity and rate */
  comparator: PickerComparator;
  /** quantity and rate: the number as typed (846.13, 53.75) */
  number: string;
  /** quantity only; a rate is always % */
  unit: string;
  /** deadline: 2025-12-31, or 2025-12 for a month (written 2025年12月底前) */
  date: string;
  dateSuffix: DeadlineSuffix;
  /** qualitative: one of QUALITATIVE_GRADES or free text */
  text: string;
}

export function emptyValueForm(kind: ValueKind = "quantity"): ValueForm {
  return { kind, comparator: kind === "quantity" || kind === "rate" ? "≥" : "", number: "", unit: "", date: "", dateSuffix: "前", text: "" };
}

/** A typed number made comparable: half-width, no spaces, no thousands separators. */
export function normalizeNumber(raw: string): string {
  return toHalfWidth(raw ?? "").replace(/[\s,]/g, "");
}

export const NUMBER_PATTERN = /^\d+(\.\d+)?$/;
export const DAY_PATTERN = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
export const MONTH_PATTERN = /^(\d{4})-(\d{1,2})$/;

/** A deadline date as written in Chinese: 2025年12月31日前 / 2025年6月底前 / 2025年6月内; null if unreadable. */
export function deadlineText(date: string, suffix: DeadlineSuffix): string | null {
  const t = toHalfWidth(date ?? "").trim();
  const day = DAY_PATTERN.exec(t);
  if (day) return `${+day[1]}年${+day[2]}月${+day[3]}日${suffix}`;
  const month = MONTH_PATTERN.exec(t);
  if (month) return `${+month[1]}年${+month[2]}月${suffix === "前" ? "底前" : "内"}`;
  return null;
}

/** The value exactly as it will be written into the cell. Incomplete fields give what there is. */
export function valueText(v: ValueForm): string {
  switch (v.kind) {
    case "quantity":
      return `${v.comparator}${normalizeNumber(v.number)}${(v.unit ?? "").trim()}`;
    case "rate":
      return `${v.comparator}${normalizeNumber(v.number)}%`;
    case "deadline":
      return deadlineText(v.date, v.dateSuffix) ?? (v.date ?? "").trim();
    case "qualitative":
      // sentence punctuation at the end would be cut off by the parser anyway
      return trimValueText(v.text ?? "");
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A form for a value already written (从本表复制). A value carrying extra words around its number
 * (有效化解率大于等于90%, 年度报告1份) is kept as qualitative text so nothing is lost.
 */
export function valueFormOf(parsed: ParsedValue, raw: string): ValueForm {
  if (parsed.kind === "quantity" && !parsed.prefix && parsed.number >= 0) {
    const number = normalizeNumber(parsed.numberText);
    const comparator: PickerComparator = parsed.comparator ?? "";
    if (parsed.unit === "%") return { ...emptyValueForm("rate"), comparator, number };
    return { ...emptyValueForm("quantity"), comparator, number, unit: parsed.unit ?? "" };
  }
  if (parsed.kind === "deadline" && parsed.year !== null && parsed.month !== null && parsed.quarter === null) {
    const suffix: DeadlineSuffix = /[内止]/.test(parsed.text) && !/前/.test(parsed.text) ? "内" : "前";
    const date = parsed.day !== null ? `${parsed.year}-${pad(parsed.month)}-${pad(parsed.day)}` : `${parsed.year}-${pad(parsed.month)}`;
    // only when writing it again gives the same meaning (not 2025年6月完成)
    if (/[前内]$|底前$/.test(parsed.text)) return { ...emptyValueForm("deadline"), date, dateSuffix: suffix };
  }
  return { ...emptyValueForm("qualitative"), text: parsed.kind === "empty" ? "" : trimValueText(raw) };
}
