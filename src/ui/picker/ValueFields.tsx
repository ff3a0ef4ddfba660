/**
 * One indicator value as a kind and its fields: a quantity (comparator, number, unit), a rate (%),
 * a deadline (a date, 前 or 内) or qualitative (a standard grade or free text). The form is flat, so
 * switching kinds keeps what was typed.
 */
import * as React from "react";
import { Field, Input, Select } from "@fluentui/react-components";
import {
  PICKER_COMPARATORS,
  QUALITATIVE_GRADES,
  VALUE_KINDS,
  type DeadlineSuffix,
  type PickerComparator,
  type ValueForm,
  type ValueKind,
} from "../../domain/picker";
import { useStrings } from "../i18n";
import { usePickerStyles } from "./styles";

const CUSTOM = "__custom__";

export interface ValueFieldsProps {
  /** the group's name (实施周期指标值 / 年度指标值) */
  label: string;
  value: ValueForm;
  onChange: (value: ValueForm) => void;
  testId: string;
}

export function ValueFields({ label, value, onChange, testId }: ValueFieldsProps): React.JSX.Element {
  const { t } = useStrings();
  const styles = usePickerStyles();
  const kindLabel = (k: ValueKind): string =>
    k === "quantity"
      ? t("picker.kindQuantity")
      : k === "rate"
        ? t("picker.kindRate")
        : k === "deadline"
          ? t("picker.kindDeadline")
          : t("picker.kindQualitative");
  const set = (patch: Partial<ValueForm>) => onChange({ ...value, ...patch });
  const setKind = (kind: ValueKind) =>
    set({ kind, text: kind === "qualitative" && !value.text.trim() ? QUALITATIVE_GRADES[0] : value.text });
  const grade = (QUALITATIVE_GRADES as readonly string[]).includes(value.text) ? value.text : CUSTOM;

  return (
    <fieldset className={styles.section} data-testid={testId}>
      <legend className={styles.legend}>{label}</legend>
      <Field label={t("picker.kind")}>
        <Select value={value.kind} onChange={(_, d) => setKind(d.value as ValueKind)}>
          {VALUE_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </Select>
      </Field>
      {(value.kind === "quantity" || value.kind === "rate") && (
        <div className={styles.row}>
          <Field label={t("picker.comparator")} className={styles.narrow}>
            <Select value={value.comparator} onChange={(_, d) => set({ comparator: d.value as PickerComparator })}>
              {PICKER_COMPARATORS.map((c) => (
                <option key={c || "none"} value={c}>
                  {c || t("picker.comparatorNone")}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={value.kind === "rate" ? t("picker.percent") : t("picker.number")} className={styles.grow}>
            <Input inputMode="decimal" value={value.number} onChange={(_, d) => set({ number: d.value })} />
          </Field>
          {value.kind === "quantity" && (
            <Field label={t("picker.unit")} className={styles.narrow}>
              <Input value={value.unit} onChange={(_, d) => set({ unit: d.value })} />
            </Field>
          )}
        </div>
      )}
      {value.kind === "deadline" && (
        <div className={styles.row}>
          <Field label={t("picker.date")} hint={t("picker.dateHint")} className={styles.grow}>
            <Input value={value.date} placeholder="2025-12-31" onChange={(_, d) => set({ date: d.value })} />
          </Field>
          <Field label={t("picker.suffix")} className={styles.narrow}>
            <Select value={value.dateSuffix} onChange={(_, d) => set({ dateSuffix: d.value as DeadlineSuffix })}>
              <option value="前">{t("picker.suffixBefore")}</option>
              <option value="内">{t("picker.suffixWithin")}</option>
            </Select>
          </Field>
        </div>
      )}
      {value.kind === "qualitative" && (
        <>
          <Field label={t("picker.grade")}>
            <Select value={grade} onChange={(_, d) => set({ text: d.value === CUSTOM ? "" : d.value })}>
              {QUALITATIVE_GRADES.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
              <option value={CUSTOM}>{t("picker.gradeCustom")}</option>
            </Select>
          </Field>
          {grade === CUSTOM && (
            <Field label={t("picker.text")} hint={t("picker.textHint")}>
              <Input value={value.text} onChange={(_, d) => set({ text: d.value })} />
            </Field>
          )}
        </>
      )}
    </fieldset>
  );
}
