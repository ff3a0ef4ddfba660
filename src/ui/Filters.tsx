/** Severity toggles, a rule picker and a search box that narrow the findings list. */
import * as React from "react";
import {
  Button,
  Dropdown,
  Option,
  SearchBox,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Severity } from "../domain/finding";
import { SEVERITIES } from "../domain/finding";
import type { FindingFilter } from "./findings-view";
import { SeverityIcon } from "./SeverityIcon";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  rule: { minWidth: "0", flexGrow: 1 },
  search: { maxWidth: "none", width: "100%" },
  status: { color: tokens.colorNeutralForeground3 },
});

export interface RuleOption {
  id: string;
  title: string;
  count: number;
}

export interface FiltersProps {
  filter: FindingFilter;
  rules: readonly RuleOption[];
  shown: number;
  total: number;
  filtering: boolean;
  onChange: (filter: FindingFilter) => void;
  onReset: () => void;
}

const ALL_RULES = "__all__";

export function Filters({ filter, rules, shown, total, filtering, onChange, onReset }: FiltersProps): React.JSX.Element {
  const { t } = useStrings();
  const styles = useStyles();
  const severityLabel = (s: Severity): string =>
    s === "error" ? t("severity.error") : s === "warning" ? t("severity.warning") : t("severity.info");

  const toggle = (s: Severity): void => {
    const next = new Set(filter.severities);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    onChange({ ...filter, severities: next });
  };
  const selectedRule = rules.find((r) => r.id === filter.rule);

  return (
    <div className={styles.root} role="search" aria-label={t("filters.label")} data-testid="pane-filters">
      <div className={styles.row} role="group" aria-label={t("filters.severity")}>
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            appearance="subtle"
            checked={filter.severities.has(s)}
            icon={<SeverityIcon severity={s} />}
            onClick={() => toggle(s)}
          >
            {severityLabel(s)}
          </ToggleButton>
        ))}
      </div>
      <Dropdown
        className={styles.rule}
        size="small"
        aria-label={t("filters.rule")}
        value={selectedRule ? selectedRule.title : t("filters.allRules")}
        selectedOptions={[filter.rule ?? ALL_RULES]}
        onOptionSelect={(_, data) =>
          onChange({ ...filter, rule: !data.optionValue || data.optionValue === ALL_RULES ? null : data.optionValue })
        }
      >
        <Option value={ALL_RULES}>{t("filters.allRules")}</Option>
        {rules.map((r) => (
          <Option key={r.id} value={r.id} text={r.title}>
            {`${r.title} (${r.count})`}
          </Option>
        ))}
      </Dropdown>
      <SearchBox
        className={styles.search}
        size="small"
        placeholder={t("filters.search")}
        aria-label={t("filters.searchLabel")}
        value={filter.query}
        onChange={(_, data) => onChange({ ...filter, query: data.value })}
      />
      <div className={styles.row}>
        <Text size={200} className={styles.status} aria-live="polite">
          {t("filters.shown", { shown, total })}
        </Text>
        {filtering && (
          <Button size="small" appearance="transparent" onClick={onReset}>
            {t("filters.reset")}
          </Button>
        )}
      </div>
    </div>
  );
}
