/**
 * 新建绩效目标表: a layout choice and a button that adds the standard table (src/domain/template) as a
 * new sheet through the host — under a free name, never over a sheet the user has — then checks the
 * workbook, so the example's placeholders are the first thing listed to fill in.
 */
import * as React from "react";
import { Button, Field, Select, Text } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import type { WorkbookHost } from "../host/host";
import { TEMPLATE_LAYOUTS, type TemplateLayout } from "../domain/template/standard-table";
import { useStrings } from "./i18n";
import { ProblemBar } from "./StatusMessage";
import { toProblem, type Checker, type Problem } from "./use-checker";
import { usePickerStyles } from "./picker/styles";

export function NewTable({ host, checker }: { host: WorkbookHost; checker: Checker }): React.JSX.Element {
  const { t } = useStrings();
  const styles = usePickerStyles();
  const [layout, setLayout] = React.useState<TemplateLayout>("compact");
  const [busy, setBusy] = React.useState(false);
  const [added, setAdded] = React.useState<string | null>(null);
  const [problem, setProblem] = React.useState<Problem | null>(null);
  const labels: Record<TemplateLayout, string> = {
    compact: t("newTable.compact"),
    agency: t("newTable.agency"),
    expanded: t("newTable.expanded"),
    form: t("newTable.form"),
  };
  const label = (l: TemplateLayout): string => labels[l];

  const add = async (): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      setAdded(await host.addStandardTable(layout));
      await checker.check("button");
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-label={t("newTable.button")} data-testid="new-table">
      <div className={styles.row}>
        <Field label={t("newTable.layout")} size="small" className={styles.grow}>
          {/* full: without it the select keeps its longest option's width and runs under the button at 320 px */}
          <Select size="small" className={styles.full} value={layout} onChange={(_, d) => setLayout(d.value as TemplateLayout)} data-testid="new-table-layout">
            {TEMPLATE_LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {label(l)}
              </option>
            ))}
          </Select>
        </Field>
        <Button size="small" icon={<TableAddRegular />} disabledFocusable={busy} onClick={() => void add()} title={t("newTable.hint")}>
          {t("newTable.button")}
        </Button>
      </div>
      {added && (
        <Text size={200} className={styles.note} role="status">
          {t("newTable.added", { sheet: added })}
        </Text>
      )}
      {problem && <ProblemBar problem={problem} kind="action" onDismiss={() => setProblem(null)} />}
    </section>
  );
}
