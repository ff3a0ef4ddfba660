/**
 * The task pane. It wires the checker (use-checker.ts) to the pieces that show it: toolbar,
 * summary, filters, findings, and the state messages. Chinese first; the language button switches
 * every string, the rule docs and (where a rule gives one) the finding messages.
 */
import * as React from "react";
import { Button, FluentProvider, Text, makeStyles, tokens } from "@fluentui/react-components";
import { LocalLanguageRegular } from "@fluentui/react-icons";
import type { WorkbookHost } from "../host/host";
import { ruleById } from "../domain/rules";
import { LanguageProvider, useStrings } from "./i18n";
import { excelTheme } from "./theme";
import { useChecker } from "./use-checker";
import { Toolbar } from "./Toolbar";
import { Summary } from "./Summary";
import { Filters, type RuleOption } from "./Filters";
import { FindingsTree } from "./FindingsTree";
import { DemoBanner, EmptyHint, ProblemBar, Progress } from "./StatusMessage";
import { groupFindings, summarize } from "../domain/report";
import { ALL_FINDINGS, filterFindings, isFiltering, type FindingFilter } from "./findings-view";

const useStyles = makeStyles({
  // Height and background sit on an inner div, not on FluentProvider: Fluent copies the provider's
  // class onto the portal nodes it mounts for popups, and a full-height background there would
  // cover the whole pane.
  surface: { height: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: "280px",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  debug: { color: tokens.colorNeutralForeground4, fontSize: tokens.fontSizeBase100 },
});

/** Titles in both languages, so a search in either finds a rule. */
const ruleTitles = (id: string): string[] => {
  const rule = ruleById(id);
  return rule ? [rule.title, rule.titleEn] : [];
};

function Pane({ host, demo }: { host: WorkbookHost; demo: boolean }): React.JSX.Element {
  const { t, lang, setLang } = useStrings();
  const styles = useStyles();
  const checker = useChecker(host);
  const [filter, setFilter] = React.useState<FindingFilter>(ALL_FINDINGS);
  const checkButton = React.useRef<HTMLButtonElement>(null);

  const run = checker.run;
  const findings = React.useMemo(() => run?.result.findings ?? [], [run]);
  const shown = React.useMemo(() => filterFindings(findings, filter, ruleTitles), [findings, filter]);
  const groups = React.useMemo(() => groupFindings(shown), [shown]);
  const rules = React.useMemo<RuleOption[]>(() => {
    const counts = new Map<string, number>();
    for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    return [...counts].map(([id, count]) => {
      const rule = ruleById(id);
      return { id, count, title: rule ? (lang === "en" ? rule.titleEn : rule.title) : id };
    });
  }, [findings, lang]);

  const noTable = run !== null && run.result.tables.length === 0;
  const notice =
    checker.notice === "marked"
      ? t("summary.marked", { count: checker.markedCells ?? 0 })
      : checker.notice === "cleared"
        ? t("summary.cleared")
        : null;
  const dismiss = (): void => {
    checker.dismissProblem();
    checkButton.current?.focus();
  };

  return (
    <main className={styles.root} lang={lang} aria-busy={checker.running}>
      <header className={styles.header} data-testid="pane-header">
        <h1 className={styles.title}>{t("app.title")}</h1>
        <Button
          size="small"
          appearance="subtle"
          icon={<LocalLanguageRegular />}
          aria-label={t("app.languageLabel")}
          lang={lang === "en" ? "zh-CN" : "en"}
          onClick={() => setLang(lang === "en" ? "zh-CN" : "en")}
        >
          {t("app.language")}
        </Button>
      </header>
      {demo && <DemoBanner />}
      <Toolbar
        hasRun={run !== null}
        running={checker.running}
        canMark={findings.length > 0}
        marked={checker.markedCells !== null}
        live={checker.live}
        onCheck={() => void checker.check("button")}
        onMark={() => void checker.mark()}
        onClear={() => void checker.clear()}
        onLiveChange={checker.setLive}
        checkButtonRef={checkButton}
      />
      {checker.showProgress && <Progress live={checker.trigger === "live"} />}
      {checker.checkProblem && <ProblemBar problem={checker.checkProblem} kind="check" onDismiss={dismiss} />}
      {checker.actionProblem && <ProblemBar problem={checker.actionProblem} kind="action" onDismiss={dismiss} />}
      {run === null && !checker.running && !checker.checkProblem && <EmptyHint state="start" />}
      {noTable && <EmptyHint state="noTable" details={run.model.problems.map((p) => p.message)} />}
      {run !== null && !noTable && (
        <>
          <Summary counts={summarize(findings)} tables={run.result.tables} notice={notice} />
          {findings.length > 0 && (
            <Filters
              filter={filter}
              rules={rules}
              shown={shown.length}
              total={findings.length}
              filtering={isFiltering(filter)}
              onChange={setFilter}
              onReset={() => setFilter(ALL_FINDINGS)}
            />
          )}
          {findings.length > 0 && shown.length === 0 && <EmptyHint state="noMatch" />}
          <FindingsTree groups={groups} onSelect={(sheet, cell) => void checker.selectCell(sheet, cell)} />
          <Text className={styles.debug} data-testid="timings">
            {t("summary.timings", {
              read: Math.round(run.timings.read),
              parse: Math.round(run.timings.parse),
              check: Math.round(run.timings.check),
            })}
          </Text>
        </>
      )}
    </main>
  );
}

export function App(props: { host: WorkbookHost; demo: boolean }): React.JSX.Element {
  const styles = useStyles();
  return (
    <FluentProvider theme={excelTheme}>
      <div className={styles.surface}>
        <LanguageProvider>
          <Pane host={props.host} demo={props.demo} />
        </LanguageProvider>
      </div>
    </FluentProvider>
  );
}
