/**
 * The result at a glance: how many errors, warnings and infos, and what each table holds. It is an
 * aria-live region, so a screen reader announces the new counts after every check.
 */
import * as React from "react";
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Summary as Counts } from "../domain/report";
import type { TableSummary } from "../domain/check";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  counts: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  count: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS },
  table: { color: tokens.colorNeutralForeground2 },
  notice: { color: tokens.colorNeutralForeground3 },
});

export interface SummaryProps {
  counts: Counts;
  tables: readonly TableSummary[];
  notice: string | null;
  /** what the reader left out, per sheet (hidden rows, formulas without a result): said, not hidden */
  notes?: readonly string[];
  /** explained findings (已说明), counted apart from the open ones in `counts` */
  explained?: number;
  /** explanations that lapsed: their findings are open again */
  lapsed?: number;
  /** the per-severity badges; off when the severity filters already show the counts */
  showCounts?: boolean;
}

export function Summary({ counts, tables, notes = [], notice, explained = 0, lapsed = 0, showCounts = true }: SummaryProps): React.JSX.Element {
  const { t } = useStrings();
  const styles = useStyles();
  const total = counts.errors + counts.warnings + counts.infos;
  const items: { key: string; count: number; label: string; color: "danger" | "warning" | "informative" }[] = [
    { key: "error", count: counts.errors, label: t("summary.errors"), color: "danger" },
    { key: "warning", count: counts.warnings, label: t("summary.warnings"), color: "warning" },
    { key: "info", count: counts.infos, label: t("summary.infos"), color: "informative" },
  ];
  return (
    <section
      className={styles.root}
      aria-label={t("summary.label")}
      aria-live="polite"
      aria-atomic="true"
      data-testid="summary"
    >
      <Text weight="semibold">
        {total > 0 ? t("summary.total", { count: total }) : explained > 0 ? t("summary.allExplained") : t("summary.clean")}
      </Text>
      {total > 0 && showCounts && (
        <div className={styles.counts}>
          {items.map((item) => (
            <span key={item.key} className={styles.count} data-testid={`count-${item.key}`}>
              <Badge size="small" appearance={item.count > 0 ? "filled" : "ghost"} color={item.color}>
                {item.count}
              </Badge>
              <Text size={200}>{item.label}</Text>
            </span>
          ))}
        </div>
      )}
      {explained > 0 && (
        <Text size={200} className={styles.table} data-testid="count-explained">
          {t("summary.explained", { count: explained })}
        </Text>
      )}
      {lapsed > 0 && (
        <Text size={200} className={styles.table} data-testid="count-lapsed">
          {t("summary.lapsed", { count: lapsed })}
        </Text>
      )}
      {tables.map((table, i) => (
        <Text key={`${table.sheet}-${i}`} size={200} className={styles.table} data-testid="table-summary">
          {t("summary.table", {
            sheet: table.sheet,
            projects: table.projects,
            agencies: table.agencies,
            indicators: table.indicators,
          })}
        </Text>
      ))}
      {notes.map((note, i) => (
        <Text key={i} size={200} className={styles.table} data-testid="reader-note">
          {note}
        </Text>
      ))}
      {notice && (
        <Text size={200} className={styles.notice}>
          {notice}
        </Text>
      )}
    </section>
  );
}
