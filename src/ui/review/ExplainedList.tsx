/**
 * The explained findings: each with its message, where it is (a button that selects the cell), the
 * reason, who explained it and when, and 重新打开 to send it back to the open list.
 */
import * as React from "react";
import { Button, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { displayTime, type ExplainedFinding } from "../../domain/review";
import { SeverityIcon } from "../SeverityIcon";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: "0", padding: "0", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalS),
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
  },
  head: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS },
  icon: { paddingTop: "2px", display: "inline-flex" },
  message: { flexGrow: 1, minWidth: "0", overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  reason: {
    margin: "0",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
    whiteSpace: "pre-wrap",
  },
  foot: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  by: { flexGrow: 1, color: tokens.colorNeutralForeground3 },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: "0" },
});

export interface ExplainedListProps {
  items: readonly ExplainedFinding[];
  busy: boolean;
  onSelect: (sheet: string, cell: string) => void;
  onReopen: (key: string) => void;
}

export function ExplainedList({ items, busy, onSelect, onReopen }: ExplainedListProps): React.JSX.Element {
  const { t, lang } = useStrings();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t("review.listLabel")}>
      {items.map(({ finding: f, explanation: e }, i) => (
        <li key={`${f.key}@${f.cell}#${i}`} className={styles.item} data-testid="explained" data-rule={f.rule} data-cell={f.cell}>
          <div className={styles.head}>
            <span className={styles.icon}>
              <SeverityIcon severity={f.severity} />
            </span>
            <Text size={200} className={styles.message}>
              {lang === "en" && f.messageEn ? f.messageEn : f.message}
            </Text>
          </div>
          <Text size={100} className={styles.where}>
            {[f.agency ?? t("findings.noAgency"), f.project ?? t("findings.noProject")].join(" › ")}
          </Text>
          <Text as="p" size={200} className={styles.reason} data-testid="explained-reason">
            {t("review.reason", { reason: e.reason })}
          </Text>
          <div className={styles.foot}>
            <Text size={100} className={styles.by} data-testid="explained-by">
              {t("review.by", { by: e.by || t("review.anonymous"), time: displayTime(e.at) })}
            </Text>
            <Button size="small" appearance="subtle" className={styles.cell} onClick={() => onSelect(f.sheet, f.cell)} aria-label={t("review.goTo", { cell: `${f.sheet}!${f.cell}` })}>
              {f.cell}
            </Button>
            <Button size="small" icon={<ArrowUndoRegular />} disabledFocusable={busy} onClick={() => onReopen(f.key)} title={t("review.reopenHint")}>
              {t("review.reopen")}
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}
