/**
 * The action row: 检查 / 重新检查, 标记单元格, 清除标记 and the live re-check switch. Hints are plain
 * `title`s: at a 320–350 px pane width a Fluent Tooltip covered the very button it described.
 */
import * as React from "react";
import { Button, Switch, Toolbar as FluentToolbar, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular, EraserRegular, HighlightRegular, PlayRegular } from "@fluentui/react-icons";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
    padding: "0",
  },
  live: { marginLeft: "auto" },
});

export interface ToolbarProps {
  hasRun: boolean;
  running: boolean;
  canMark: boolean;
  marked: boolean;
  live: boolean;
  onCheck: () => void;
  onMark: () => void;
  onClear: () => void;
  onLiveChange: (on: boolean) => void;
  checkButtonRef?: React.Ref<HTMLButtonElement>;
}

export function Toolbar(props: ToolbarProps): React.JSX.Element {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <FluentToolbar className={styles.root} aria-label={t("toolbar.label")} size="small" data-testid="pane-toolbar">
      <Button
        ref={props.checkButtonRef}
        appearance="primary"
        size="small"
        icon={props.hasRun ? <ArrowSyncRegular /> : <PlayRegular />}
        disabledFocusable={props.running}
        onClick={props.onCheck}
        title={t("toolbar.checkHint")}
      >
        {props.hasRun ? t("toolbar.recheck") : t("toolbar.check")}
      </Button>
      <Button
        size="small"
        icon={<HighlightRegular />}
        disabledFocusable={!props.canMark}
        onClick={props.onMark}
        title={t("toolbar.markHint")}
      >
        {t("toolbar.mark")}
      </Button>
      <Button
        size="small"
        icon={<EraserRegular />}
        disabledFocusable={!props.marked}
        onClick={props.onClear}
        title={t("toolbar.clearHint")}
      >
        {t("toolbar.clear")}
      </Button>
      <Switch
        className={styles.live}
        label={t("toolbar.live")}
        checked={props.live}
        onChange={(_, data) => props.onLiveChange(data.checked)}
        title={t("toolbar.liveHint")}
      />
    </FluentToolbar>
  );
}
