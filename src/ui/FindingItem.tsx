/**
 * One finding: a real button that selects the finding's cell in Excel and opens its details
 * (aria-expanded); clicking it again selects the cell again, Escape closes it. Mouse, keyboard and
 * screen reader all reach the same action.
 */
import * as React from "react";
import { makeStyles, mergeClasses, shorthands, tokens, createFocusOutlineStyle } from "@fluentui/react-components";
import { ChevronDown12Regular, ChevronRight12Regular } from "@fluentui/react-icons";
import type { ListItem } from "./findings-order";
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
    // the focus outline is a positioned ::after: without this it stretches over an ancestor
    position: "relative",
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
  item: ListItem;
  /** the project of the group it shows under: its name is left out of the message */
  project: string | null;
  domId: string;
  current: boolean;
  open: boolean;
  /** select the finding's cell and open it (again, when it is open already) */
  onActivate: (item: ListItem) => void;
  onClose: () => void;
  onSelect: (sheet: string, cell: string) => void;
}

/** "项目“扶贫工作经费”没有满意度指标…" under the project's own header reads "没有满意度指标…". */
export function withoutProject(message: string, project: string | null): string {
  if (!project) return message;
  for (const prefix of [`项目“${project}”的`, `项目“${project}”`, `Project "${project}": `, `Project "${project}" `]) {
    if (message.startsWith(prefix) && message.length > prefix.length) return sentenceStart(message.slice(prefix.length));
  }
  return message;
}

/** What is left of "Project "X": its outputs…" starts a sentence: "Its outputs…". */
const sentenceStart = (rest: string): string => rest.charAt(0).toUpperCase() + rest.slice(1);

export function FindingItem({ item, project, domId, current, open, onActivate, onClose, onSelect }: FindingItemProps): React.JSX.Element {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const finding = item.finding;
  const message = withoutProject(lang === "en" && finding.messageEn ? finding.messageEn : finding.message, project);
  const severity =
    finding.severity === "error"
      ? t("severity.error")
      : finding.severity === "warning"
        ? t("severity.warning")
        : t("severity.info");
  const detailsId = `${domId}-details`;
  return (
    <li
      className={styles.item}
      data-testid="finding"
      data-rule={finding.rule}
      data-cell={finding.cell}
      data-severity={finding.severity}
      data-finding-id={item.id}
      data-current={current || undefined}
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.stopPropagation();
          onClose();
          (e.currentTarget.querySelector("button") as HTMLButtonElement | null)?.focus();
        }
      }}
    >
      <button
        type="button"
        className={mergeClasses(styles.button, current && styles.open)}
        aria-expanded={open}
        aria-controls={open ? detailsId : undefined}
        aria-current={current || undefined}
        title={t("findings.goTo", { cell: `${finding.sheet}!${finding.cell}` })}
        onClick={() => onActivate(item)}
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
