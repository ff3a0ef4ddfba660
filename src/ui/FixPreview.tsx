/** A finding's safe fix: what changes (in the pane's language), the cell's text before and after, and 修正. */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { WrenchRegular } from "@fluentui/react-icons";
import type { Finding } from "../domain/finding";
import { useStrings } from "./i18n";
import { RunContext } from "./run-context";
import { checkedText, fixDescription, fixPreview } from "./fixes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  grid: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, margin: "0" },
  term: { color: tokens.colorNeutralForeground3 },
  text: { margin: "0", overflowWrap: "anywhere" },
  before: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  button: { alignSelf: "flex-start" },
});

export function FixPreview({ finding }: { finding: Finding }): React.JSX.Element | null {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const context = React.useContext(RunContext);
  const fix = finding.fix;
  if (!fix || !context) return null;
  const before = checkedText(context.grid, finding.sheet, fix.cell);
  if (before === null) return null;
  const preview = fixPreview(before, fix);
  return (
    <div className={styles.root} data-testid="fix-preview">
      <Text size={200} weight="semibold">
        {fixDescription(fix, lang)}
      </Text>
      <dl className={styles.grid}>
        <dt className={styles.term}>
          <Text size={200}>{t("fix.before")}</Text>
        </dt>
        <dd className={styles.text}>
          <Text size={200} className={styles.before}>{preview.before}</Text>
        </dd>
        <dt className={styles.term}>
          <Text size={200}>{t("fix.after")}</Text>
        </dt>
        <dd className={styles.text}>
          <Text size={200}>{preview.after}</Text>
        </dd>
      </dl>
      <Button
        className={styles.button}
        size="small"
        appearance="primary"
        icon={<WrenchRegular />}
        disabled={context.fixer.busy}
        title={t("fix.applyHint", { cell: fix.cell })}
        onClick={() => void context.fixer.apply([finding])}
      >
        {t("fix.apply")}
      </Button>
    </div>
  );
}
