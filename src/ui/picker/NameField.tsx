/**
 * The 三级 name: free text, with the library's suggestions grouped by 二级 (under the chosen 一级).
 * Choosing a suggestion fills 一级/二级 and proposes its value kind, comparator, unit and usual target.
 */
import * as React from "react";
import { Combobox, Field, Option, OptionGroup, Text } from "@fluentui/react-components";
import type { Scheme } from "../../domain/indicator/taxonomy";
import { formFromSuggestion, searchLibrary, type PickerForm, type Suggestion } from "../../domain/picker";
import { useStrings } from "../i18n";
import { usePickerStyles } from "./styles";

export interface NameFieldProps {
  form: PickerForm;
  scheme: Scheme;
  budgetYear: number | null;
  onChange: (form: PickerForm) => void;
}

const PER_GROUP = 6;

export function NameField({ form, scheme, budgetYear, onChange }: NameFieldProps): React.JSX.Element {
  const { t } = useStrings();
  const styles = usePickerStyles();
  const groups = React.useMemo(
    () => searchLibrary(form.name, scheme, { level1: form.level1 || undefined, limitPerGroup: PER_GROUP }),
    [form.name, form.level1, scheme],
  );
  const byName = new Map<string, Suggestion>(groups.flatMap((g) => g.items.map((s) => [s.name, s] as const)));
  const usual = (s: Suggestion): string =>
    s.kind === "quantity"
      ? `${s.comparator}${s.unit}`
      : s.kind === "rate"
        ? `${s.comparator}%`
        : s.kind === "deadline"
          ? t("picker.kindDeadline")
          : t("picker.kindQualitative");

  return (
    <Field label={t("picker.name")} hint={t("picker.nameHint")}>
      <Combobox
        freeform
        className={styles.full}
        value={form.name}
        placeholder={t("picker.namePlaceholder")}
        selectedOptions={byName.has(form.name) ? [form.name] : []}
        onChange={(e) => onChange({ ...form, name: e.target.value })}
        onOptionSelect={(_, data) => {
          const s = data.optionValue ? byName.get(data.optionValue) : undefined;
          if (s) onChange(formFromSuggestion(s, { budgetYear, base: form }));
        }}
      >
        {groups.map((g) => (
          <OptionGroup key={g.level2.code} label={`${g.level2.code} ${g.level2.label}`}>
            {g.items.map((s) => (
              <Option key={s.name} value={s.name} text={s.name}>
                <span className={styles.wrap}>
                  {s.name}{" "}
                  <Text size={100} className={styles.hint}>
                    {usual(s)}
                  </Text>
                </span>
              </Option>
            ))}
          </OptionGroup>
        ))}
      </Combobox>
    </Field>
  );
}
