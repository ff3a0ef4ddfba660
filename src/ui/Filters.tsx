/**
 * Severity filters (on/off buttons that show what is pressed, each with its count, and 只看错误),
 * the order of the list, a rule picker and a search box.
 */
import * as React from "react";
import {
  Button,
  Dropdown,
  Option,
  SearchBox,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkRegular } from "@fluentui/react-icons";
import type { Severity } from "../domain/finding";
import type { Summary as Counts } from "../domain/report";
import { SORT_ORDERS, type SortOrder } from "./findings-order";
import { SEVERITIES } from "../domain/finding";
import type { FindingFilter } from "./findings-view";
import { SeverityIcon } from "./SeverityIcon";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  rule: { minWidth: "0", flexGrow: 1, flexBasis: "0" },
  sort: { minWidth: "0", flexShrink: 0, width: "7.5em" },
  severity: { minWidth: "0", paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalS },
  // Pressed reads as pressed: a brand border and tint plus a check mark, not just a grey shade.
  pressed: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover, color: tokens.colorNeutralForeground1 },
    ":hover:active": { backgroundColor: tokens.colorBrandBackground2Pressed, color: tokens.colorNeutralForeground1 },
  },
  released: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  search: { maxWidth: "none", width: "100%" },
});

export interface RuleOption {
  id: string;
  title: string;
  count: number;
}

export interface FiltersProps {
  filter: FindingFilter;
  /** open findings per severity, whatever the filters */
  counts: Counts;
  order: SortOrder;
  onOrderChange: (order: SortOrder) => void;
  rules: readonly RuleOption[];
  onChange: (filter: FindingFilter) => void;
}

const ALL_RULES = "__all__";

const countOf = (counts: Counts, s: Severity): number =>
  s === "error" ? counts.errors : s === "warning" ? counts.warnings : counts.infos;

export function Filters(props: FiltersProps): React.JSX.Element {
  const { filter, rules, onChange } = props;
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
  const orderLabel = (o: SortOrder): string =>
    o === "severity" ? t("filters.bySeverity") : o === "position" ? t("filters.byPosition") : t("filters.byRule");
  const onlyErrors = filter.severities.size === 1 && filter.severities.has("error");

  return (
    <div className={styles.root} role="search" aria-label={t("filters.label")} data-testid="pane-filters">
      <div className={styles.row} role="group" aria-label={t("filters.severity")}>
        {SEVERITIES.map((s) => {
          const on = filter.severities.has(s);
          return (
            <ToggleButton
              key={s}
              size="small"
              appearance="outline"
              className={mergeClasses(styles.severity, on ? styles.pressed : styles.released)}
              checked={on}
              icon={on ? <CheckmarkRegular /> : <SeverityIcon severity={s} />}
              onClick={() => toggle(s)}
              data-testid={`count-${s}`}
            >
              {`${severityLabel(s)} ${countOf(props.counts, s)}`}
            </ToggleButton>
          );
        })}
        <Button
          size="small"
          appearance="transparent"
          disabled={onlyErrors || props.counts.errors === 0}
          onClick={() => onChange({ ...filter, severities: new Set<Severity>(["error"]) })}
        >
          {t("filters.onlyErrors")}
        </Button>
      </div>
      <div className={styles.row}>
      <Dropdown
        className={styles.sort}
        size="small"
        aria-label={t("filters.order")}
        value={orderLabel(props.order)}
        selectedOptions={[props.order]}
        onOptionSelect={(_, data) => props.onOrderChange((data.optionValue as SortOrder | undefined) ?? "severity")}
      >
        {SORT_ORDERS.map((o) => (
          <Option key={o} value={o}>
            {orderLabel(o)}
          </Option>
        ))}
      </Dropdown>
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
      </div>
      <SearchBox
        className={styles.search}
        size="small"
        placeholder={t("filters.search")}
        aria-label={t("filters.searchLabel")}
        value={filter.query}
        onChange={(_, data) => onChange({ ...filter, query: data.value })}
      />
    </div>
  );
}
