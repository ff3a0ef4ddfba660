/**
 * The 插入指标 tab: pick a project (the selected cell's, or from the list), an indicator (一级 → 二级
 * in the table's scheme, a name with suggestions, its values), see exactly what will be written,
 * confirm any warning, insert; the table is re-checked at once and 撤销插入 restores it exactly.
 */
import * as React from "react";
import { Button, Checkbox, Spinner, Text } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import type { Checker } from "../use-checker";
import { useStrings } from "../i18n";
import { ProblemBar } from "../StatusMessage";
import type { Picker } from "./use-picker";
import { writesPeriodValue } from "./picker-model";
import { TargetSection } from "./TargetSection";
import { CopyFromProject } from "./CopyFromProject";
import { CategoryFields } from "./CategoryFields";
import { NameField } from "./NameField";
import { ValueFields } from "./ValueFields";
import { FormMessages } from "./FormMessages";
import { InsertPreview } from "./InsertPreview";
import { InsertResult } from "./InsertResult";
import { usePickerStyles } from "./styles";

function NeedsCheck({ checker }: { checker: Checker }): React.JSX.Element {
  const { t } = useStrings();
  const styles = usePickerStyles();
  const noTable = checker.run !== null && checker.run.result.tables.length === 0;
  return (
    <section className={styles.tab} data-testid="picker-needs-check">
      <Text size={200} className={styles.wrap}>
        {noTable ? t("picker.noTable") : t("picker.needCheck")}
      </Text>
      {checker.checkProblem && <ProblemBar problem={checker.checkProblem} kind="check" onDismiss={checker.dismissProblem} />}
      <div className={styles.actions}>
        <Button appearance="primary" size="small" disabled={checker.running} onClick={() => void checker.check("button")}>
          {t("picker.checkNow")}
        </Button>
        {checker.running && <Spinner size="extra-tiny" />}
      </div>
    </section>
  );
}

/** `picker` is App's (usePicker), so its state (an insert to undo) outlives switching tabs. */
export function PickerTab({ picker, checker }: { picker: Picker; checker: Checker }): React.JSX.Element {
  const { t } = useStrings();
  const styles = usePickerStyles();
  if (!checker.run || checker.run.result.tables.length === 0) return <NeedsCheck checker={checker} />;

  const { target, form, planned } = picker;
  const showPeriod = target ? writesPeriodValue(target) : true;
  const budgetYear = target?.table.budgetYear ?? null;

  return (
    <section className={styles.tab} aria-label={t("tabs.insert")} aria-busy={picker.busy} data-testid="picker">
      <TargetSection picker={picker} />
      {picker.problem && <ProblemBar problem={picker.problem} kind="action" onDismiss={picker.dismissProblem} />}
      <InsertResult picker={picker} />
      {target && (
        <>
          <CopyFromProject target={target} scheme={picker.scheme} onCopy={picker.setForm} />
          <fieldset className={styles.section}>
            <legend className={styles.legend}>{t("picker.indicator")}</legend>
            <CategoryFields form={form} scheme={picker.scheme} onChange={picker.setForm} />
            <NameField form={form} scheme={picker.scheme} budgetYear={budgetYear} onChange={picker.setForm} />
          </fieldset>
          {showPeriod ? (
            <>
              <ValueFields
                label={t("picker.period")}
                value={form.period}
                testId="picker-period"
                onChange={(period) => picker.setForm({ ...form, period })}
              />
              <Checkbox
                checked={form.annualSameAsPeriod}
                label={t("picker.sameAsPeriod")}
                onChange={(_, d) => picker.setForm({ ...form, annualSameAsPeriod: d.checked === true, annual: { ...form.period } })}
              />
              {!form.annualSameAsPeriod && (
                <ValueFields
                  label={t("picker.annual")}
                  value={form.annual}
                  testId="picker-annual"
                  onChange={(annual) => picker.setForm({ ...form, annual })}
                />
              )}
            </>
          ) : (
            <ValueFields
              label={t("picker.annual")}
              value={form.period}
              testId="picker-annual"
              onChange={(period) => picker.setForm({ ...form, period, annualSameAsPeriod: true })}
            />
          )}
          {planned && <FormMessages planned={planned} confirmed={picker.confirmed} onConfirm={picker.setConfirmed} />}
          {planned?.plan && <InsertPreview plan={planned.plan} renumber={picker.renumber} onRenumber={picker.setRenumber} />}
          <div className={styles.actions}>
            <Button appearance="primary" icon={<AddRegular />} disabled={!picker.canInsert} onClick={() => void picker.insert()}>
              {t("picker.insert")}
            </Button>
            {picker.busy && <Spinner size="extra-tiny" label={t("picker.working")} />}
          </div>
        </>
      )}
    </section>
  );
}
