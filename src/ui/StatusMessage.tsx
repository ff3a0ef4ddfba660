/**
 * Messages about the pane's state rather than the tables: the demo banner, the progress indicator,
 * failures (a HostError's Chinese message as is), and the empty states that say what to do next.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Problem } from "./use-checker";
import { useStrings } from "./i18n";
import { CanOpenWorkbook } from "./workspace/can-open";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground2, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}` },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere" },
  sample: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

export type SampleId = "seeds" | "seed-000" | "clean";

/** The demo's banner; with samples, a chooser a trainer switches workbooks with. */
export function DemoBanner(props: { samples?: readonly SampleId[]; sample?: SampleId; onSample?: (id: SampleId) => void }): React.JSX.Element {
  const { t } = useStrings();
  const styles = useStyles();
  const selectId = React.useId();
  const canOpen = React.useContext(CanOpenWorkbook);
  const label = (id: SampleId): string =>
    id === "seeds" ? t("demo.sampleSeeds") : id === "seed-000" ? t("demo.sample000") : t("demo.sampleClean");
  return (
    <MessageBar intent="info" layout="multiline" data-testid="demo-banner">
      <MessageBarBody className={styles.wrap}>
        {t("app.demo")}
        {canOpen && <div data-testid="demo-open-own">{t("demo.openOwn")}</div>}
        {props.samples && props.samples.length > 1 && (
          <span className={styles.sample}>
            <label htmlFor={selectId}>{t("demo.sample")}</label>
            <Select
              id={selectId}
              size="small"
              value={props.sample}
              onChange={(_, data) => props.onSample?.(data.value as SampleId)}
              data-testid="demo-sample"
            >
              {props.samples.map((id) => (
                <option key={id} value={id}>
                  {label(id)}
                </option>
              ))}
            </Select>
          </span>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

export function Progress({ live }: { live: boolean }): React.JSX.Element {
  const { t } = useStrings();
  return <Spinner size="extra-tiny" labelPosition="after" label={live ? t("progress.live") : t("progress.running")} />;
}

export function ProblemBar({
  problem,
  kind,
  onDismiss,
}: {
  problem: Problem;
  kind: "check" | "action";
  onDismiss: () => void;
}): React.JSX.Element {
  const { t } = useStrings();
  const styles = useStyles();
  // A HostError already says, in Chinese, what went wrong and what to do; anything else gets a frame.
  const text = problem.fromHost
    ? problem.message
    : kind === "check"
      ? t("state.checkFailed", { message: problem.message })
      : t("state.actionFailed", { message: problem.message });
  return (
    <div role="alert">
      <MessageBar intent="error" layout="multiline" data-testid="problem">
        <MessageBarBody className={styles.wrap}>
          <MessageBarTitle>{t("state.errorTitle")}</MessageBarTitle>
          {text}
        </MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" aria-label={t("state.dismiss")} icon={<DismissRegular />} onClick={onDismiss} />
          }
        />
      </MessageBar>
    </div>
  );
}

export type EmptyState = "start" | "noTable" | "noMatch";

export function EmptyHint({ state, details }: { state: EmptyState; details?: readonly string[] }): React.JSX.Element {
  const { t } = useStrings();
  const styles = useStyles();
  const text = state === "start" ? t("state.start") : state === "noTable" ? t("state.noTable") : t("state.noMatch");
  if (state === "noTable") {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="no-table">
        <MessageBarBody className={styles.wrap}>
          {text}
          {details?.map((d, i) => (
            <Text as="p" size={200} key={i}>
              {d}
            </Text>
          ))}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Text as="p" size={200} className={styles.hint} data-testid={`hint-${state}`}>
      {text}
    </Text>
  );
}
