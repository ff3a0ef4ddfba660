/**
 * The 检查 tab: toolbar, summary, filters and the findings tree over the checker's last run.
 * The checker itself lives in App, so a run survives switching tabs.
 */
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ruleById } from "../domain/rules";
import { useStrings } from "./i18n";
import type { Checker } from "./use-checker";
import { Toolbar } from "./Toolbar";
import { Summary } from "./Summary";
import { Filters, type RuleOption } from "./Filters";
import { FindingsTree } from "./FindingsTree";
import { EmptyHint, ProblemBar, Progress } from "./StatusMessage";
import { groupFindings, summarize } from "../domain/report";
import { ALL_FINDINGS, filterFindings, isFiltering, type FindingFilter } from "./findings-view";
import type { Review } from "./review/use-review";
import { ReviewProvider } from "./review/ReviewContext";
import { ReviewStatus } from "./review/ReviewStatus";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  debug: { color: tokens.colorNeutralForeground4, fontSize: tokens.fontSizeBase100 },
});

/** Titles in both languages, so a search in either finds a rule. */
const ruleTitles = (id: string): string[] => {
  const rule = ruleById(id);
  return rule ? [rule.title, rule.titleEn] : [];
};

export function CheckTab({ checker, review }: { checker: Checker; review: Review }): React.JSX.Element {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [filter, setFilter] = React.useState<FindingFilter>(ALL_FINDINGS);
  const checkButton = React.useRef<HTMLButtonElement>(null);

  const run = checker.run;
  // Explained findings (已说明) live in their own tab; this list shows the open ones.
  const findings = review.open;
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
    <section className={styles.tab} aria-busy={checker.running}>
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
      {run === null && !checker.running && !checker.checkProblem && <EmptyHint state="start" />}
      {noTable && <EmptyHint state="noTable" details={run.model.problems.map((p) => p.message)} />}
      {run !== null && !noTable && (
        <>
          <Summary
            counts={summarize(findings)}
            tables={run.result.tables}
            notice={notice}
            explained={review.explained.length}
            lapsed={review.lapsed.length}
          />
          <ReviewStatus review={review} shows={["explained"]} />
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
          <ReviewProvider review={review}>
            <FindingsTree groups={groups} onSelect={(sheet, cell) => void checker.selectCell(sheet, cell)} />
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
