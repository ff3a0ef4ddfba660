/**
 * Under an expanded finding: 标记为已说明 opens a small inline form (the reason, and who explains,
 * remembered in this browser); saving stores the explanation in the workbook and the finding moves
 * to the 已说明 tab. A finding whose explanation lapsed (its amount or text changed) shows the old
 * explanation here so the reviewer can judge it again.
 */
import * as React from "react";
import { Badge, Button, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { CommentCheckmarkRegular } from "@fluentui/react-icons";
import type { Finding } from "../../domain/finding";
import { displayTime } from "../../domain/review";
import { useStrings } from "../i18n";
import { useReviewContext } from "./ReviewContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  open: { alignSelf: "flex-start" },
  // In the finding's row, beside the message: never squeezed into a column of single characters.
  badge: { flexShrink: 0, whiteSpace: "nowrap", marginTop: "1px" },
  lapsed: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
    overflowWrap: "anywhere",
  },
});

/** In the finding's row: its explanation lapsed, so it is open again. */
export function LapsedBadge({ finding }: { finding: Finding }): React.JSX.Element | null {
  const { t } = useStrings();
  const styles = useStyles();
  const review = useReviewContext();
  if (!review?.lapsedByKey.has(finding.key)) return null;
  return (
    <Badge size="small" appearance="tint" color="warning" className={styles.badge} data-testid="lapsed-badge">
      {t("explain.lapsedBadge")}
    </Badge>
  );
}

export function LapsedNote({ finding }: { finding: Finding }): React.JSX.Element | null {
  const { t } = useStrings();
  const styles = useStyles();
  const review = useReviewContext();
  const was = review?.lapsedByKey.get(finding.key);
  if (!was) return null;
  return (
    <Text as="p" size={200} className={styles.lapsed} data-testid="lapsed-note">
      {t("explain.lapsed", { by: was.by || t("review.anonymous"), time: displayTime(was.at), reason: was.reason })}
    </Text>
  );
}

export function ExplainPanel({ finding }: { finding: Finding }): React.JSX.Element | null {
  const { t } = useStrings();
  const styles = useStyles();
  const review = useReviewContext();
  const [editing, setEditing] = React.useState(false);
  const [reason, setReason] = React.useState("");
  const [by, setBy] = React.useState(review?.reviewer ?? "");
  const [missing, setMissing] = React.useState(false);
  if (!review) return null;

  const start = (): void => {
    setBy(review.reviewer);
    setEditing(true);
  };
  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    // On success the finding leaves the open list and this panel unmounts with it; a failure
    // shows in the tab's problem bar and the form stays, with what was typed.
    await review.explain(finding, reason, by);
  };

  return (
    <div className={styles.root} data-testid="explain">
      <LapsedNote finding={finding} />
      {!editing && (
        <Button size="small" className={styles.open} icon={<CommentCheckmarkRegular />} onClick={start} title={t("explain.openHint")}>
          {t("explain.open")}
        </Button>
      )}
      {editing && (
        <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label={t("explain.open")} data-testid="explain-form" noValidate>
          <Field
            label={t("explain.reason")}
            required
            validationState={missing ? "error" : "none"}
            validationMessage={missing ? t("explain.reasonRequired") : undefined}
          >
            <Textarea
              value={reason}
              resize="vertical"
              placeholder={t("explain.reasonPlaceholder")}
              onChange={(_, d) => {
                setReason(d.value);
                if (d.value.trim()) setMissing(false);
              }}
              // The list moves between findings with the arrow keys; inside the text they move the caret.
              data-tabster='{"focusable":{"ignoreKeydown":{"ArrowUp":true,"ArrowDown":true,"ArrowLeft":true,"ArrowRight":true,"Home":true,"End":true}}}'
              autoFocus
            />
          </Field>
          <Field label={t("explain.by")} hint={t("explain.byHint")}>
            <Input
              value={by}
              onChange={(_, d) => setBy(d.value)}
              data-tabster='{"focusable":{"ignoreKeydown":{"ArrowUp":true,"ArrowDown":true,"ArrowLeft":true,"ArrowRight":true,"Home":true,"End":true}}}'
            />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" size="small" disabledFocusable={review.saving}>
              {t("explain.save")}
            </Button>
            <Button size="small" onClick={() => setEditing(false)}>
              {t("explain.cancel")}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
