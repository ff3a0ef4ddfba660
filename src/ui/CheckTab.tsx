/**
 * The 检查 tab: toolbar, summary, filters and the findings tree over the checker's last run.
 * The checker itself lives in App, so a run survives switching tabs.
 */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ruleById } from "../domain/rules";
import { useStrings } from "./i18n";
import type { Checker } from "./use-checker";
import { Toolbar } from "./Toolbar";
import { Summary } from "./Summary";
import { Filters, type RuleOption } from "./Filters";
import { FindingsTree } from "./FindingsTree";
import { NavBar } from "./NavBar";
import { buildFindingsList, type SortOrder } from "./findings-order";
import { useFindingNav } from "./use-finding-nav";
import type { Fixer } from "./use-fixes";
import { FixBar } from "./FixBar";
import { RunContext, type RunContextValue } from "./run-context";
import { EmptyHint, ProblemBar, Progress } from "./StatusMessage";
import { summarize } from "../domain/report";
import { readerNotes } from "../domain/reader/notes";
import { ALL_FINDINGS, filterFindings, isFiltering, type FindingFilter } from "./findings-view";
import type { Review } from "./review/use-review";
import { ReviewProvider } from "./review/ReviewContext";
import { ReviewStatus } from "./review/ReviewStatus";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  debug: { color: tokens.colorNeutralForeground4, fontSize: tokens.fontSizeBase100 },
  // The controls stay on screen while the list scrolls under them.
  controls: {
    position: "sticky",
    top: "0",
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  shown: { color: tokens.colorNeutralForeground3 },
});

/** Titles in both languages, so a search in either finds a rule. */
const ruleTitles = (id: string): string[] => {
  const rule = ruleById(id);
  return rule ? [rule.title, rule.titleEn] : [];
};

export function CheckTab({ checker, review, fixer }: { checker: Checker; review: Review; fixer: Fixer }): React.JSX.Element {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [filter, setFilter] = React.useState<FindingFilter>(ALL_FINDINGS);
  const [order, setOrder] = React.useState<SortOrder>("severity");
  const checkButton = React.useRef<HTMLButtonElement>(null);

  const run = checker.run;
  // Explained findings (已说明) live in their own tab; this list shows the open ones.
  const findings = review.open;
  const shown = React.useMemo(() => filterFindings(findings, filter, ruleTitles), [findings, filter]);
  const list = React.useMemo(() => buildFindingsList(shown, order), [shown, order]);
  const select = React.useCallback((sheet: string, cell: string) => void checker.selectCell(sheet, cell), [checker.selectCell]);
  const nav = useFindingNav(list.items, select);
  const counts = React.useMemo(() => summarize(findings), [findings]);
  const notes = React.useMemo(() => (run ? readerNotes(run.model).map((n) => n.message) : []), [run]);
  const runContext = React.useMemo<RunContextValue | null>(() => {
    if (!run) return null;
    const units = new Map(run.model.tables.map((table) => [table.sheet, table.moneyUnit]));
    return { fixer, grid: run.grid, moneyUnit: (sheet) => units.get(sheet) ?? null };
  }, [run, fixer]);
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
    <section className={styles.tab} aria-busy={checker.running}>
      <div className={styles.controls} data-testid="pane-controls">
        <Toolbar
          hasRun={run !== null}
          running={checker.running}
          canMark={findings.length > 0}
          marked={checker.markedCells !== null}
          live={checker.live}
          onCheck={() => void checker.check("button")}
          onMark={() => void checker.mark(review.open)}
          onClear={() => void checker.clear()}
          onLiveChange={checker.setLive}
          checkButtonRef={checkButton}
        />
        {checker.showProgress && <Progress live={checker.trigger === "live"} />}
        {checker.checkProblem && <ProblemBar problem={checker.checkProblem} kind="check" onDismiss={dismiss} />}
        {checker.actionProblem && <ProblemBar problem={checker.actionProblem} kind="action" onDismiss={dismiss} />}
        {run !== null && !noTable && (
          <Summary
            counts={counts}
            tables={run.result.tables}
            notes={notes}
            notice={notice}
            explained={review.explained.length}
            lapsed={review.lapsed.length}
            showCounts={findings.length === 0}
          />
        )}
        {run !== null && !noTable && findings.length > 0 && (
          <>
            <Filters filter={filter} counts={counts} order={order} onOrderChange={setOrder} rules={rules} onChange={setFilter} />
            <NavBar at={nav.at} count={shown.length} onStep={nav.step}>
              {isFiltering(filter) && (
                <>
                  <Text size={200} className={styles.shown}>
                    {t("filters.shown", { shown: shown.length, total: findings.length })}
                  </Text>
                  <Button size="small" appearance="transparent" onClick={() => setFilter(ALL_FINDINGS)}>
                    {t("filters.reset")}
                  </Button>
                </>
              )}
            </NavBar>
          </>
        )}
      </div>
      {run === null && !checker.running && !checker.checkProblem && <EmptyHint state="start" />}
      {noTable && <EmptyHint state="noTable" details={run.model.problems.map((p) => p.message)} />}
      {run !== null && !noTable && (
        <>
          <ReviewStatus review={review} shows={["explained"]} />
          <FixBar fixer={fixer} shown={shown} />
          {findings.length > 0 && shown.length === 0 && <EmptyHint state="noMatch" />}
          <ReviewProvider review={review}>
            <RunContext.Provider value={runContext!}>
            <FindingsTree
              groups={list.groups}
              current={nav.current}
              open={nav.open}
              folded={nav.folded}
              onFold={nav.fold}
              onActivate={nav.activate}
              onClose={nav.close}
              onSelect={select}
            />
            </RunContext.Provider>
          </ReviewProvider>
          <Text className={styles.debug} data-testid="timings">
            {t("summary.timings", {
              read: Math.round(run.timings.read),
              parse: Math.round(run.timings.parse),
              check: Math.round(run.timings.check),
            })}
          </Text>
        </>
      )}
    </section>
  );
}
