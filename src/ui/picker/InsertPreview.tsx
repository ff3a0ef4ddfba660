/**
 * Exactly what will be written: the whole cell text (the new item marked) or the new row cell by
 * cell with its merges (previewText). A broken numbering is offered to be renumbered.
 */
import * as React from "react";
import { Checkbox, Text } from "@fluentui/react-components";
import { previewText, type InsertPlan } from "../../domain/picker";
import { useStrings } from "../i18n";
import { usePickerStyles } from "./styles";

export interface InsertPreviewProps {
  plan: InsertPlan;
  renumber: boolean;
  onRenumber: (on: boolean) => void;
}

export function InsertPreview({ plan, renumber, onRenumber }: InsertPreviewProps): React.JSX.Element {
  const { t } = useStrings();
  const styles = usePickerStyles();
  const text = previewText(plan);
  const cut = plan.kind === "compact" && text.endsWith(plan.added) ? text.length - plan.added.length : text.length;
  return (
    <section className={styles.section} aria-label={t("picker.preview")}>
      <Text weight="semibold">{t("picker.preview")}</Text>
      <Text size={200} className={styles.note}>
        {plan.kind === "compact" ? t("picker.previewCell", { cell: plan.cell }) : t("picker.previewRow")}
      </Text>
      <pre className={styles.preview} data-testid="picker-preview">
        {text.slice(0, cut)}
        {cut < text.length && <mark className={styles.added}>{text.slice(cut)}</mark>}
      </pre>
      {plan.kind === "compact" && (plan.numberingBroken || plan.renumbered) && (
        <Checkbox checked={renumber} onChange={(_, d) => onRenumber(d.checked === true)} label={t("picker.renumber")} />
      )}
      {plan.kind === "compact" && plan.level2Omitted && (
        <Text size={200} className={styles.note}>
          {t("picker.level2Omitted")}
        </Text>
      )}
      {plan.kind === "compact" && plan.periodValueOmitted && (
        <Text size={200} className={styles.note}>
          {t("picker.periodOmitted")}
        </Text>
      )}
      {plan.kind === "expanded" && !plan.mergesKnown && (
        <Text size={200} className={styles.note}>
          {t("picker.mergesUnknown")}
        </Text>
      )}
    </section>
  );
}
