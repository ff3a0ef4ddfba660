/**
 * Fixes in the 检查 tab: 全部修正 (N) per rule over the visible findings, the result of the last fix
 * with 撤销修正 (focus moves there, so undo is one Enter away), and a refusal's message.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular, WrenchRegular } from "@fluentui/react-icons";
import type { Finding } from "../domain/finding";
import { ruleById } from "../domain/rules";
import { useStrings } from "./i18n";
import { ProblemBar } from "./StatusMessage";
import type { Fixer } from "./use-fixes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  rules: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS },
  label: { color: tokens.colorNeutralForeground3 },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

export function FixBar({ fixer, shown }: { fixer: Fixer; shown: readonly Finding[] }): React.JSX.Element | null {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const undoButton = React.useRef<HTMLButtonElement>(null);
  const status = React.useRef<HTMLDivElement>(null);
  // After a fix, focus goes to 撤销修正; after an undo (the button is gone), to the message saying so.
  React.useEffect(() => {
    if (fixer.notice?.kind === "fixed" && fixer.receipt) undoButton.current?.focus();
    else if (fixer.notice?.kind === "undone") status.current?.focus();
  }, [fixer.notice, fixer.receipt]);

  const byRule = new Map<string, Finding[]>();
  for (const f of shown) if (f.fix) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const title = (id: string) => {
    const rule = ruleById(id);
    return rule ? (lang === "en" ? rule.titleEn : rule.title) : id;
  };

  if (byRule.size === 0 && !fixer.notice && !fixer.problem) return null;
  return (
    <div className={styles.root} data-testid="fix-bar">
      {fixer.problem && <ProblemBar problem={fixer.problem} kind="action" onDismiss={fixer.dismiss} />}
      {fixer.notice && (
        <div role="status" ref={status} tabIndex={-1}>
          <MessageBar intent={fixer.notice.kind === "fixed" ? "success" : "info"} layout="multiline" data-testid={`fix-${fixer.notice.kind}`}>
            <MessageBarBody className={styles.wrap}>
              {fixer.notice.kind === "fixed" ? t("fix.fixed", { cells: fixer.notice.cells }) : t("fix.undone", { cells: fixer.notice.cells })}
            </MessageBarBody>
            {fixer.receipt && (
              <MessageBarActions>
                <Button ref={undoButton} size="small" icon={<ArrowUndoRegular />} disabled={fixer.busy} onClick={() => void fixer.undo()}>
                  {t("fix.undo")}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        </div>
      )}
      {byRule.size > 0 && (
        <div className={styles.rules} role="group" aria-label={t("fix.allGroup")}>
          <Text size={200} className={styles.label}>
            {t("fix.allGroup")}
          </Text>
          {[...byRule].map(([rule, findings]) => (
            <Button
              key={rule}
              size="small"
              icon={<WrenchRegular />}
              disabled={fixer.busy}
              title={t("fix.allLabel", { rule: title(rule), count: findings.length })}
              data-rule={rule}
              onClick={() => void fixer.apply(findings)}
            >
              {`${title(rule)} · ${t("fix.all", { count: findings.length })}`}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
