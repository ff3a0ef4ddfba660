/**
 * A rule's explanation in the current language: what it checks, why, a wrong and a right example,
 * folded behind 规则说明 (a native disclosure, so keyboard and screen readers work it as they know).
 */
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ruleById } from "../domain/rules";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: "0",
  },
  term: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  def: { margin: "0", overflowWrap: "anywhere" },
  bad: { color: tokens.colorPaletteRedForeground1 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  title: {
    cursor: "pointer",
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase200,
    borderRadius: tokens.borderRadiusSmall,
    marginBottom: tokens.spacingVerticalXXS,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

export function RuleDoc({ ruleId }: { ruleId: string }): React.JSX.Element | null {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const rule = ruleById(ruleId);
  if (!rule) return null;
  const doc = lang === "en" ? rule.docEn : rule.doc;
  const title = lang === "en" ? rule.titleEn : rule.title;
  const rows: { term: string; text: string; className?: string }[] = [
    { term: t("rule.what"), text: doc.what },
    { term: t("rule.why"), text: doc.why },
    { term: t("rule.bad"), text: doc.bad, className: styles.bad },
    { term: t("rule.good"), text: doc.good, className: styles.good },
  ];
  return (
    <details data-testid="rule-doc">
      <summary className={styles.title}>{t("details.ruleHelp", { title })}</summary>
      <dl className={styles.root}>
        {rows.map((row) => (
          <React.Fragment key={row.term}>
            <dt className={styles.term}>
              <Text size={200}>{row.term}</Text>
            </dt>
            <dd className={styles.def}>
              <Text size={200} className={row.className}>
                {row.text}
              </Text>
            </dd>
          </React.Fragment>
        ))}
      </dl>
    </details>
  );
}
