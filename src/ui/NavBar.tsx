/**
 * 上一条 / 下一条 over the visible findings (F8 / Shift+F8 do the same, like Excel's error checking),
 * with where the user stands ("第 3 / 85 条") and how many the filters show.
 */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular } from "@fluentui/react-icons";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  status: { color: tokens.colorNeutralForeground3, flexGrow: 1 },
});

export interface NavBarProps {
  /** 1-based place of the current finding among the visible ones; null when none is current */
  at: number | null;
  count: number;
  onStep: (step: 1 | -1) => void;
  children?: React.ReactNode;
}

export function NavBar({ at, count, onStep, children }: NavBarProps): React.JSX.Element {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label={t("nav.label")} data-testid="nav">
      <Button
        size="small"
        icon={<ArrowUpRegular />}
        disabled={count === 0}
        title={t("nav.previousHint")}
        aria-keyshortcuts="Shift+F8"
        onClick={() => onStep(-1)}
      >
        {t("nav.previous")}
      </Button>
      <Button
        size="small"
        icon={<ArrowDownRegular />}
        disabled={count === 0}
        title={t("nav.nextHint")}
        aria-keyshortcuts="F8"
        onClick={() => onStep(1)}
      >
        {t("nav.next")}
      </Button>
      <Text size={200} className={styles.status} aria-live="polite" data-testid="nav-position">
        {at === null ? t("nav.none", { count }) : t("nav.position", { at, count })}
      </Text>
      {children}
    </div>
  );
}
