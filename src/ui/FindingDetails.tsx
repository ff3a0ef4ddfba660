/**
 * What an expanded finding shows under its (then unclamped) message: the expected / actual /
 * difference of a money finding with the rows that make up the sum (each one a button that selects
 * its cell), the fix a rule suggests, and the rule's doc.
 */
import * as React from "react";
import { Button, Divider, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../domain/finding";
import Big from "big.js";
import { RuleDoc } from "./RuleDoc";
import { RunContext } from "./run-context";
import { FixPreview } from "./FixPreview";
import { ExplainPanel } from "./review/ExplainPanel";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} 28px`,
    // An opened finding is never taller than the pane: past that, its details scroll on their own.
    maxHeight: "60vh",
    overflowY: "auto",
  },
  amounts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    margin: "0",
  },
  term: { color: tokens.colorNeutralForeground3 },
  amount: { margin: "0", fontVariantNumeric: "tabular-nums" },
  parts: { listStyleType: "none", margin: "0", padding: "0" },
  part: {
    justifyContent: "flex-start",
    width: "100%",
    minWidth: "0",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
  },
  partName: { flexGrow: 1, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  partCell: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, minWidth: "3.5em" },
  partAmount: { fontVariantNumeric: "tabular-nums", marginLeft: tokens.spacingHorizontalS },
  total: {
    display: "flex",
    justifyContent: "space-between",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXXS,
    paddingRight: tokens.spacingHorizontalS,
  },
});

export interface FindingDetailsProps {
  id: string;
  finding: Finding;
  onSelect: (sheet: string, cell: string) => void;
}

/** The sum of a sum's rows as the table writes amounts (two decimals); null when one is not a number. */
function partsTotal(parts: readonly { amount: string }[]): string | null {
  try {
    return parts.reduce((sum, p) => sum.plus(new Big(p.amount.replace(/,/g, ""))), new Big(0)).toFixed(2);
  } catch {
    return null;
  }
}

export function FindingDetails({ id, finding, onSelect }: FindingDetailsProps): React.JSX.Element {
  const { t } = useStrings();
  const styles = useStyles();
  const unit = React.useContext(RunContext)?.moneyUnit(finding.sheet) ?? null;
  const withUnit = (value: string | undefined) => (value === undefined || unit === null ? value : `${value} ${unit}`);
  const amounts: { term: string; value: string | undefined }[] = [
    { term: t("details.expected"), value: withUnit(finding.expected) },
    { term: t("details.actual"), value: withUnit(finding.actual) },
    { term: t("details.difference"), value: withUnit(finding.difference) },
  ];
  const total = finding.parts && finding.parts.length > 1 ? partsTotal(finding.parts) : null;
  const hasAmounts = amounts.some((a) => a.value !== undefined);
  return (
    <div id={id} className={styles.root} data-testid="finding-details">
      {hasAmounts && (
        <dl className={styles.amounts}>
          {amounts
            .filter((a) => a.value !== undefined)
            .map((a) => (
              <React.Fragment key={a.term}>
                <dt className={styles.term}>
                  <Text size={200}>{a.term}</Text>
                </dt>
                <dd className={styles.amount}>
                  <Text size={200}>{a.value}</Text>
                </dd>
              </React.Fragment>
            ))}
        </dl>
      )}
      {finding.parts && finding.parts.length > 0 && (
        <>
          <Text size={200} weight="semibold">
            {t("details.parts")}
          </Text>
          <ul className={styles.parts}>
            {finding.parts.map((part, i) => (
              <li key={`${part.cell}-${i}`}>
                <Button
                  size="small"
                  appearance="subtle"
                  className={styles.part}
                  title={t("details.partGoTo", { cell: part.cell, name: part.name })}
                  onClick={() => onSelect(finding.sheet, part.cell)}
                >
                  <span className={styles.partCell}>{part.cell}</span>
                  <span className={styles.partName}>{part.name}</span>
                  <span className={styles.partAmount}>{part.amount}</span>
                </Button>
              </li>
            ))}
          </ul>
          {total !== null && (
            <div className={styles.total} data-testid="parts-total">
              <Text size={200} weight="semibold">
                {t("details.partsTotal")}
              </Text>
              <Text size={200} weight="semibold" className={styles.partAmount}>
                {withUnit(total)}
              </Text>
            </div>
          )}
        </>
      )}
      {finding.fix && <FixPreview finding={finding} />}
      <ExplainPanel finding={finding} />
      {(hasAmounts || (finding.parts?.length ?? 0) > 0 || finding.fix) && <Divider />}
      <RuleDoc ruleId={finding.rule} />
    </div>
  );
}
