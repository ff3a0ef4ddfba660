/**
 * The findings, grouped as findings-order.ts builds them (sheet → agency → project, or by rule;
 * a rule repeating in a project folds into one "×N" line). Group headers are buttons that fold
 * their group; the up/down arrow keys move between every header and finding, and Tab reaches every
 * control in order (F8 / Shift+F8 jump between findings).
 */
import * as React from "react";
import {
  CounterBadge,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import { ChevronDown12Regular, ChevronRight12Regular } from "@fluentui/react-icons";
import { ruleById } from "../domain/rules";
import { isGroupOpen, isItem, type ListGroup, type ListItem, type ListNode } from "./findings-order";
import { FindingItem } from "./FindingItem";
import { SeverityIcon } from "./SeverityIcon";
import type { Severity } from "../domain/finding";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  list: { margin: "0", padding: "0 0 0 24px" },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    width: "100%",
    minWidth: "0",
    ...shorthands.padding(tokens.spacingVerticalXXS, tokens.spacingHorizontalXS),
    ...shorthands.border("0"),
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    // the focus outline is a positioned ::after: without this it stretches over an ancestor
    position: "relative",
    ...createFocusOutlineStyle(),
  },
  sheet: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: "0",
  },
  agency: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, paddingLeft: "12px" },
  project: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, paddingLeft: "24px" },
  rule: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  repeat: { fontSize: tokens.fontSizeBase200, paddingLeft: "36px" },
  name: { flexGrow: 1, minWidth: "0", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  heading: { margin: "0", fontSize: "inherit", fontWeight: "inherit" },
});

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

interface GroupHeaderProps {
  level: HeadingLevel;
  label: string;
  count: number;
  open: boolean;
  className: string;
  /** a "×N" line stands for its findings in the list: it shows their severity as a finding does */
  severity?: Severity;
  onToggle: () => void;
}

function GroupHeader({ level, label, count, open, className, severity, onToggle }: GroupHeaderProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useStrings();
  const Heading = `h${level}` as const;
  return (
    <Heading className={styles.heading}>
      <button
        type="button"
        className={mergeClasses(styles.header, className)}
        aria-expanded={open}
        onClick={onToggle}
        title={label}
        data-severity={severity}
      >
        {open ? <ChevronDown12Regular aria-hidden /> : <ChevronRight12Regular aria-hidden />}
        {severity && <SeverityIcon severity={severity} />}
        <span className={styles.name}>{label}</span>
        <CounterBadge
          size="small"
          appearance="ghost"
          color="informative"
          count={count}
          overflowCount={999}
          aria-label={t("findings.groupCount", { count })}
        />
      </button>
    </Heading>
  );
}

export interface FindingsTreeProps {
  groups: readonly ListGroup[];
  /** the finding next/previous stands on; its details show when `open` */
  current: string | null;
  open: boolean;
  folded: ReadonlySet<string>;
  onFold: (key: string) => void;
  onActivate: (item: ListItem) => void;
  onClose: () => void;
  onSelect: (sheet: string, cell: string) => void;
}

export function FindingsTree(props: FindingsTreeProps): React.JSX.Element {
  const { t, lang } = useStrings();
  const styles = useStyles();
  // tabbable: Tab also walks the rows and, in an open finding, its buttons and the explain form's
  // fields (without it Tab jumped past the whole list, so 保存说明 could not be reached).
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true, tabbable: true });
  const baseId = React.useId();
  let seq = 0;
  const labelOf = (group: ListGroup): string => {
    if (group.kind === "rule" || group.kind === "repeat") {
      const rule = ruleById(group.name ?? "");
      const title = rule ? (lang === "en" ? rule.titleEn : rule.title) : (group.name ?? "");
      return group.kind === "repeat" ? `${title} ×${group.count}` : title;
    }
    if (group.name !== null) return group.name;
    return group.kind === "agency" ? t("findings.noAgency") : t("findings.noProject");
  };

  const render = (nodes: readonly ListNode[], depth: number, project: string | null): React.ReactNode => {
    const items: ListItem[] = [];
    const out: React.ReactNode[] = [];
    const flush = () => {
      if (!items.length) return;
      const batch = items.splice(0);
      out.push(
        <ul key={`ul-${batch[0].id}`} className={styles.list}>
          {batch.map((item) => (
            <FindingItem
              key={item.id}
              item={item}
              project={project}
              domId={`${baseId}-f${seq++}`}
              current={props.current === item.id}
              open={props.open && props.current === item.id}
              onActivate={props.onActivate}
              onClose={props.onClose}
              onSelect={props.onSelect}
            />
          ))}
        </ul>,
      );
    };
    for (const node of nodes) {
      if (isItem(node)) {
        items.push(node);
        continue;
      }
      flush();
      const open = isGroupOpen(node.kind, node.key, props.folded);
      out.push(
        <section key={node.key}>
          <GroupHeader
            level={Math.min(depth + 2, 6) as HeadingLevel}
            label={labelOf(node)}
            count={node.count}
            open={open}
            className={styles[node.kind]}
            severity={node.kind === "repeat" ? node.children.find(isItem)?.finding.severity : undefined}
            onToggle={() => props.onFold(node.key)}
          />
          {/* Folded findings stay in the page, hidden, so counts and finding ids never depend on folds. */}
          <div hidden={!open}>{render(node.children, depth + 1, node.kind === "project" ? node.name : project)}</div>
        </section>,
      );
    }
    flush();
    return out;
  };

  return (
    <div role="region" className={styles.root} aria-label={t("findings.label")} data-testid="findings-list" {...arrows}>
      {render(props.groups, 0, null)}
    </div>
  );
}
