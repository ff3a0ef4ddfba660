/** Which project the indicator goes to: the project of the selected cell, or one chosen from the list. */
import * as React from "react";
import { Button, Field, Select, Text } from "@fluentui/react-components";
import { CursorClickRegular } from "@fluentui/react-icons";
import type { Scheme } from "../../domain/indicator/taxonomy";
import { useStrings } from "../i18n";
import type { Picker } from "./use-picker";
import type { Target } from "./picker-model";
import { usePickerStyles } from "./styles";

const NONE = "";

function groupsOf(targets: readonly Target[]): [string, Target[]][] {
  const bySheet = new Map<string, Target[]>();
  for (const t of targets) bySheet.set(t.table.sheet, [...(bySheet.get(t.table.sheet) ?? []), t]);
  return [...bySheet];
}

export function TargetSection({ picker }: { picker: Picker }): React.JSX.Element {
  const { t } = useStrings();
  const styles = usePickerStyles();
  const groups = groupsOf(picker.targets);
  const option = (target: Target) => (
    <option key={target.key} value={target.key}>
      {target.project.name}
    </option>
  );
  const target = picker.target;
  const layout = target?.table.layout === "expanded" ? t("picker.layoutRow") : t("picker.layoutCell");

  return (
    <fieldset className={styles.section} data-testid="picker-target">
      <legend className={styles.legend}>{t("picker.target")}</legend>
      <Field label={t("picker.project")} className={styles.full}>
        <Select value={target?.key ?? NONE} onChange={(_, data) => data.value && picker.setTargetKey(data.value)}>
          <option value={NONE} disabled>
            {t("picker.chooseProject")}
          </option>
          {groups.length === 1
            ? groups[0][1].map(option)
            : groups.map(([sheet, list]) => (
                <optgroup key={sheet} label={sheet}>
                  {list.map(option)}
                </optgroup>
              ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button size="small" icon={<CursorClickRegular />} onClick={() => void picker.fromSelection()} disabled={picker.busy}>
          {t("picker.fromSelection")}
        </Button>
      </div>
      {picker.notice?.kind === "notInProject" && (
        <Text size={200} className={styles.wrap} role="status">
          {t("picker.notInProject")}
        </Text>
      )}
      {target && (
        <Text size={200} className={styles.note} data-testid="picker-target-info">
          {t("picker.targetInfo", { sheet: target.table.sheet, row: target.project.row, layout })}
        </Text>
      )}
      {picker.schemeChosen && (
        <Field label={t("picker.scheme")} hint={t("picker.schemeHint")}>
          <Select value={picker.scheme} onChange={(_, data) => picker.setScheme(data.value as Scheme)}>
            <option value="fin101">{t("picker.schemeFin101")}</option>
            <option value="traditional">{t("picker.schemeTraditional")}</option>
          </Select>
        </Field>
      )}
    </fieldset>
  );
}
