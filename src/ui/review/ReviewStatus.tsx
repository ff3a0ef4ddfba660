/**
 * What the last review action did (explained, reopened, review sheet written) or why it failed,
 * shown in both tabs. The notice is a polite live region, so a screen reader hears it.
 */
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { ProblemBar } from "../StatusMessage";
import type { Review, ReviewNotice } from "./use-review";

const useStyles = makeStyles({
  notice: { margin: "0", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** `shows`: the notices that belong to this tab (explaining happens in 检查, the rest in 已说明). */
export function ReviewStatus({ review, shows }: { review: Review; shows: readonly ReviewNotice["kind"][] }): React.JSX.Element {
  const { t } = useStrings();
  const styles = useStyles();
  const n = review.notice && shows.includes(review.notice.kind) ? review.notice : null;
  const text =
    n === null
      ? ""
      : n.kind === "explained"
        ? t("review.explainedNotice")
        : n.kind === "reopened"
          ? t("review.reopenedNotice")
          : t("review.written", { open: n.open, explained: n.explained });
  return (
    <>
      {review.problem && <ProblemBar problem={review.problem} kind="action" onDismiss={review.dismiss} />}
      <Text as="p" size={200} className={styles.notice} role="status" aria-live="polite" data-testid="review-notice">
        {text}
      </Text>
    </>
  );
}
