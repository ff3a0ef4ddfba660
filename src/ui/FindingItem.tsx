/**
 * One finding: a real button that selects the finding's cell in Excel and opens or closes its
 * details (aria-expanded), so mouse, keyboard and screen reader all reach the same action.
 */
import * as React from "react";
import { makeStyles, mergeClasses, shorthands, tokens, createFocusOutlineStyle } from "@fluentui/react-components";
import { ChevronDown12Regular, ChevronRight12Regular } from "@fluentui/react-icons";
import type { Finding } from "../domain/finding";
import { FindingDetails } from "./FindingDetails";
import { SeverityIcon } from "./SeverityIcon";
import { useStrings } from "./i18n";
import { LapsedBadge } from "./review/ExplainPanel";

const useStyles = makeStyles({
  item: { listStyleType: "none" },
  button: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
    width: "100%",
    ...shorthands.padding(tokens.spacingVerticalXXS, tokens.spacingHorizontalS),
    ...shorthands.border("0"),
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ...createFocusOutlineStyle(),
  },
  open: { backgroundColor: tokens.colorSubtleBackgroundSelected },
  icon: { paddingTop: "2px", display: "inline-flex" },
  chevron: { paddingTop: "3px", display: "inline-flex", color: tokens.colorNeutralForeground3 },
  message: {
    flexGrow: 1,
    minWidth: "0",
    overflowWrap: "anywhere",
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  messageOpen: { display: "block", WebkitLineClamp: "unset" },
  cell: {
    flexShrink: 0,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    paddingTop: "1px",
  },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export interface FindingItemProps {
  finding: Finding;
  domId: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  onSelect: (sheet: string, cell: string) => void;
}

export function FindingItem({ finding, domId, open, onToggle, onSelect }: FindingItemProps): React.JSX.Element {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const message = lang === "en" && finding.messageEn ? finding.messageEn : finding.message;
  const severity =
    finding.severity === "error"
      ? t("severity.error")
      : finding.severity === "warning"
        ? t("severity.warning")
        : t("severity.info");
  const detailsId = `${domId}-details`;
  return (
    <li className={styles.item} data-testid="finding" data-rule={finding.rule} data-cell={finding.cell}>
      <button
        type="button"
        className={mergeClasses(styles.button, open && styles.open)}
        aria-expanded={open}
        aria-controls={open ? detailsId : undefined}
        title={t("findings.goTo", { cell: `${finding.sheet}!${finding.cell}` })}
        onClick={() => {
          onSelect(finding.sheet, finding.cell);
          onToggle(!open);
        }}
      >
        <span className={styles.chevron}>{open ? <ChevronDown12Regular /> : <ChevronRight12Regular />}</span>
        <span className={styles.icon}>
          <SeverityIcon severity={finding.severity} />
        </span>
        <span className={styles.hidden}>{t("findings.severity", { severity })}</span>
        <span className={mergeClasses(styles.message, open && styles.messageOpen)}>{message}</span>
        <LapsedBadge finding={finding} />
        <span className={styles.cell}>{finding.cell}</span>
      </button>
      {open && <FindingDetails id={detailsId} finding={finding} onSelect={onSelect} />}
    </li>
  );
}
