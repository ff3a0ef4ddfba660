/**
 * 一级 → 二级, only what the table's scheme allows: 成本 is 二级 14 under 产出 in a traditional table,
 * 一级 4 with 41/42/43 in a 财预〔2021〕101号 table. Changing 一级 clears a 二级 that no longer fits.
 */
import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { LEVEL1, childrenOf, type Scheme } from "../../domain/indicator/taxonomy";
import type { PickerForm } from "../../domain/picker";
import { useStrings } from "../i18n";
import { usePickerStyles } from "./styles";

export interface CategoryFieldsProps {
  form: PickerForm;
  scheme: Scheme;
  onChange: (form: PickerForm) => void;
}

export function CategoryFields({ form, scheme, onChange }: CategoryFieldsProps): React.JSX.Element {
  const { t } = useStrings();
  const styles = usePickerStyles();
  const children = form.level1 ? childrenOf(form.level1, scheme) : [];
  const setLevel1 = (level1: string) => {
    const fits = childrenOf(level1, scheme).some((d) => d.code === form.level2);
    const only = childrenOf(level1, scheme);
    onChange({ ...form, level1, level2: fits ? form.level2 : only.length === 1 ? only[0].code : "" });
  };
  return (
    <div className={styles.row}>
      <Field label={t("picker.level1")} className={styles.grow}>
        <Select value={form.level1} onChange={(_, d) => setLevel1(d.value)}>
          <option value="" disabled>
            {t("picker.choose")}
          </option>
          {LEVEL1[scheme].map((d) => (
            <option key={d.code} value={d.code}>{`${d.code} ${d.label}`}</option>
          ))}
        </Select>
      </Field>
      <Field label={t("picker.level2")} className={styles.grow}>
        <Select value={form.level2} disabled={!form.level1} onChange={(_, d) => onChange({ ...form, level2: d.value })}>
          <option value="" disabled>
            {t("picker.choose")}
          </option>
          {children.map((d) => (
            <option key={d.code} value={d.code}>{`${d.code} ${d.label}`}</option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
