/**
 * The 已说明 tab: the explained findings (reason, who, when, 重新打开) and 生成审核意见表, which writes
 * the review sheet from the last check (open and explained findings) after asking before it
 * replaces one already in the workbook.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import type { WorkbookHost } from "../../host/host";
import type { Checker } from "../use-checker";
import { useStrings } from "../i18n";
import { ProblemBar } from "../StatusMessage";
import { ExplainedList } from "./ExplainedList";
import { ReviewStatus } from "./ReviewStatus";
import type { Review } from "./use-review";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  sheet: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  write: { alignSelf: "flex-start" },
  hint: { color: tokens.colorNeutralForeground3, margin: "0" },
  heading: { margin: "0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  empty: { color: tokens.colorNeutralForeground2, margin: "0" },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

export interface ReviewTabProps {
  host: WorkbookHost;
  checker: Checker;
  review: Review;
}

export function ReviewTab({ checker, review }: ReviewTabProps): React.JSX.Element {
  const { t } = useStrings();
  const styles = useStyles();
  const [confirming, setConfirming] = React.useState(false);

  if (checker.run === null) {
    return (
      <section className={styles.tab}>
        <Text as="p" size={200} className={styles.empty} data-testid="review-no-run">
          {t("review.noRun")}
        </Text>
      </section>
    );
  }

  const write = (): void => {
    if (review.sheetExists && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    void review.writeSheet();
  };

  return (
    <section className={styles.tab} aria-busy={review.saving || review.writingSheet}>
      <div className={styles.sheet}>
        <Button
          appearance="primary"
          size="small"
          className={styles.write}
          icon={<DocumentTableRegular />}
          disabledFocusable={review.writingSheet || confirming}
          onClick={write}
        >
          {review.writingSheet ? t("review.writing") : t("review.write")}
        </Button>
        <Text as="p" size={200} className={styles.hint}>
          {t("review.writeHint")}
        </Text>
      </div>
      {confirming && (
        <MessageBar intent="warning" layout="multiline" data-testid="replace-confirm">
          <MessageBarBody className={styles.wrap}>{t("review.replace")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={write}>
              {t("review.replaceConfirm")}
            </Button>
            <Button size="small" onClick={() => setConfirming(false)}>
              {t("explain.cancel")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ReviewStatus review={review} shows={["reopened", "sheet"]} />
      {checker.actionProblem && <ProblemBar problem={checker.actionProblem} kind="action" onDismiss={checker.dismissProblem} />}
      {review.storageProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="storage-problems">
          <MessageBarBody className={styles.wrap}>
            {t("review.storageProblems")}
            {review.storageProblems.map((p, i) => (
              <Text as="p" size={200} key={i}>
                {p}
              </Text>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <h2 className={styles.heading}>{t("review.heading", { count: review.explained.length })}</h2>
      {review.lapsed.length > 0 && (
        <Text as="p" size={200} className={styles.empty}>
          {t("summary.lapsed", { count: review.lapsed.length })}
        </Text>
      )}
      {review.explained.length === 0 ? (
        <Text as="p" size={200} className={styles.empty} data-testid="review-empty">
          {t("review.empty")}
        </Text>
      ) : (
        <ExplainedList
          items={review.explained}
          busy={review.saving}
          onSelect={(sheet, cell) => void checker.selectCell(sheet, cell)}
          onReopen={(key) => void review.reopen(key)}
        />
      )}
    </section>
  );
}
