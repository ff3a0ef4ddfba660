/**
 * The picker form's data shapes, apart from the form's logic so that checker-warnings.ts (which
 * form.ts calls) can name them without importing form.ts back.
 */
import type { IndicatorSpec } from "../indicator/format";
import type { Scheme } from "../indicator/taxonomy";
import type { Severity } from "../finding";
import type { Amount, Big, MoneyUnit } from "../money";
import type { Indicator } from "../model";
import type { ValueForm } from "./value-form";

export interface PickerForm {
  /** 一级 code: 1 产出, 2 效益, 3 满意度, 4 成本 (101号 only) */
  level1: string;
  /** 二级 code, a child of level1 in the table's scheme */
  level2: string;
  /** the 三级 name */
  name: string;
  period: ValueForm;
  annual: ValueForm;
  /** the annual value is the period value (the default: most projects last one year) */
  annualSameAsPeriod: boolean;
}

export interface PickerContext {
  scheme: Scheme;
  /** the table's money unit (null: 万元 assumed, as the checker does) */
  moneyUnit: MoneyUnit | null;
  /** the target project's 总计 in the table's unit; null when unknown */
  projectTotal: Amount | Big | number | string | null;
  budgetYear: number | null;
  /** the target project: its name for messages, its indicators for duplicate names */
  project?: { name: string; indicators: readonly Indicator[] } | null;
  sheet?: string;
}

export interface FormError {
  /** the form path: level1, level2, name, period.number, annual.unit … */
  field: string;
  message: string;
}

export interface FormWarning {
  /** level1, level2, name, period or annual */
  field: string;
  message: string;
  /** the checker rule that would flag it, or picker/… for the picker's own hints */
  rule: string;
  severity: Severity;
}

export interface PickerValidation {
  ok: boolean;
  errors: FormError[];
  warnings: FormWarning[];
  spec?: IndicatorSpec;
}
