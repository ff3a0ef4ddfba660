/**
 * What stands between the form and the workbook: errors (the form is no indicator yet), problems
 * of the plan, and warnings (what the checker would flag), which need an explicit confirmation.
 */
import * as React from "react";
import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Planned } from "./picker-model";
import { useStrings } from "../i18n";
import { usePickerStyles } from "./styles";

export interface FormMessagesProps {
  planned: Planned;
  confirmed: boolean;
  onConfirm: (on: boolean) => void;
}

export function FormMessages({ planned, confirmed, onConfirm }: FormMessagesProps): React.JSX.Element | null {
  const { t } = useStrings();
  const styles = usePickerStyles();
  const { errors, warnings } = planned.validation;
  return (
    <>
      {errors.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="picker-errors">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>{t("picker.errors")}</MessageBarTitle>
            <ul className={styles.list}>
              {errors.map((e) => (
                <li key={`${e.field}|${e.message}`}>{e.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {planned.planProblems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="picker-plan-problems">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>{t("picker.planProblems")}</MessageBarTitle>
            <ul className={styles.list}>
              {planned.planProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="picker-warnings">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>{t("picker.warnings")}</MessageBarTitle>
            <ul className={styles.list}>
              {warnings.map((w) => (
                <li key={`${w.rule}|${w.field}`} data-rule={w.rule}>
                  {w.message}
                </li>
              ))}
            </ul>
            <Checkbox checked={confirmed} onChange={(_, d) => onConfirm(d.checked === true)} label={t("picker.confirm")} />
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
