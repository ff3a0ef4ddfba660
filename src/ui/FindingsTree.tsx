/**
 * The findings, grouped sheet → agency → project (the domain's groupFindings). Group headers are
 * buttons that fold their group; the up/down arrow keys move between every header and finding
 * (Tab leaves the list), which is what a keyboard or screen-reader user expects from a long list.
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
import type { SheetGroup } from "../domain/report";
import { findingId } from "./findings-view";
import { FindingItem } from "./FindingItem";
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
  name: { flexGrow: 1, minWidth: "0", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  heading: { margin: "0", fontSize: "inherit", fontWeight: "inherit" },
});

interface GroupHeaderProps {
  level: 2 | 3 | 4;
  label: string;
  count: number;
  open: boolean;
  className: string;
  onToggle: () => void;
}

function GroupHeader({ level, label, count, open, className, onToggle }: GroupHeaderProps): React.JSX.Element {
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
      >
        {open ? <ChevronDown12Regular aria-hidden /> : <ChevronRight12Regular aria-hidden />}
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
  groups: readonly SheetGroup[];
  onSelect: (sheet: string, cell: string) => void;
}

/** Group keys from names; a null agency or project gets a part no real name can take. */
const keyPart = (name: string | null): string => (name === null ? "\u0001" : name);

export function FindingsTree({ groups, onSelect }: FindingsTreeProps): React.JSX.Element {
  const { t } = useStrings();
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const baseId = React.useId();
  // Folded groups and opened findings live here, so they survive filtering and live re-checks.
  const [folded, setFolded] = React.useState<ReadonlySet<string>>(new Set());
  const [opened, setOpened] = React.useState<ReadonlySet<string>>(new Set());
  const flip = (set: ReadonlySet<string>, key: string, on: boolean): Set<string> => {
    const next = new Set(set);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  };
  const fold = (key: string) => setFolded((s) => flip(s, key, !s.has(key)));
  let seq = 0;

  return (
    <div role="region" className={styles.root} aria-label={t("findings.label")} {...arrows}>
      {groups.map((sheet) => {
        const sheetKey = sheet.sheet;
        return (
          <section key={sheetKey}>
            <GroupHeader level={2} label={sheet.sheet} count={sheet.count} open={!folded.has(sheetKey)} className={styles.sheet} onToggle={() => fold(sheetKey)} />
            {!folded.has(sheetKey) &&
              sheet.agencies.map((agency) => {
                const agencyKey = `${sheetKey}\u0000${keyPart(agency.agency)}`;
                return (
                  <section key={agencyKey}>
                    <GroupHeader level={3} label={agency.agency ?? t("findings.noAgency")} count={agency.count} open={!folded.has(agencyKey)} className={styles.agency} onToggle={() => fold(agencyKey)} />
                    {!folded.has(agencyKey) &&
                      agency.projects.map((project) => {
                        const projectKey = `${agencyKey}\u0000${keyPart(project.project)}`;
                        return (
                          <section key={projectKey}>
                            <GroupHeader level={4} label={project.project ?? t("findings.noProject")} count={project.findings.length} open={!folded.has(projectKey)} className={styles.project} onToggle={() => fold(projectKey)} />
                            {!folded.has(projectKey) && (
                              <ul className={styles.list}>
                                {project.findings.map((finding, i) => {
                                  const id = `${findingId(finding)}#${i}`;
                                  return (
                                    <FindingItem
                                      key={id}
                                      finding={finding}
                                      domId={`${baseId}-f${seq++}`}
                                      open={opened.has(id)}
                                      onToggle={(on) => setOpened((s) => flip(s, id, on))}
                                      onSelect={onSelect}
                                    />
                                  );
                                })}
                              </ul>
                            )}
                          </section>
                        );
                      })}
                  </section>
                );
              })}
          </section>
        );
      })}
    </div>
  );
}
