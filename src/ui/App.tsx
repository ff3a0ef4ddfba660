/**
 * The task pane: a header with the language switch, the demo banner, and three tabs — 检查 (the
 * findings), 插入指标 (the typed indicator picker) and 已说明 (explained findings and the review
 * sheet). Chinese first; the language button switches every string and the rule docs.
 */
import * as React from "react";
import { Button, FluentProvider, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { LocalLanguageRegular } from "@fluentui/react-icons";
import type { WorkbookHost } from "../host/host";
import { LanguageProvider, useStrings } from "./i18n";
import { excelTheme } from "./theme";
import { useChecker } from "./use-checker";
import { DemoBanner, type SampleId } from "./StatusMessage";
import { CheckTab } from "./CheckTab";
import { PickerTab } from "./picker/PickerTab";
import { usePicker } from "./picker/use-picker";
import { ReviewTab } from "./review/ReviewTab";
import { useReview } from "./review/use-review";
import { useFixes } from "./use-fixes";
import { SelfTestMenu, canSelfTest } from "./SelfTest";
import { NewTable } from "./NewTable";
import { HelpLink } from "./HelpLink";

const useStyles = makeStyles({
  // Height and background sit on an inner div, not on FluentProvider: Fluent copies the provider's
  // class onto the portal nodes it mounts for popups, and a full-height background there would
  // cover the whole pane.
  surface: { height: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: "280px",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export type PaneTab = "check" | "insert" | "review";

/** A workbook the demo can switch to (outside Excel): its id names it in the banner's chooser. */
export interface DemoSample {
  id: SampleId;
  open: () => WorkbookHost;
}

interface PaneProps {
  host: WorkbookHost;
  demo: boolean;
  samples?: readonly DemoSample[];
  sample?: SampleId;
  onSample?: (id: SampleId) => void;
}

function Pane({ host, demo, samples, sample, onSample }: PaneProps): React.JSX.Element {
  const { t, lang, setLang } = useStrings();
  const styles = useStyles();
  const checker = useChecker(host);
  // The picker lives here, not in its tab, so an insert can still be undone after switching tabs.
  const picker = usePicker(host, checker);
  const review = useReview(host, checker);
  const fixer = useFixes(host, checker);
  const [tab, setTab] = React.useState<PaneTab>("check");

  return (
    <main className={styles.root} lang={lang} aria-busy={checker.running}>
      <header className={styles.header} data-testid="pane-header">
        <h1 className={styles.title}>{t("app.title")}</h1>
        <HelpLink />
        <Button
          size="small"
          appearance="subtle"
          icon={<LocalLanguageRegular />}
          aria-label={t("app.languageLabel")}
          lang={lang === "en" ? "zh-CN" : "en"}
          onClick={() => setLang(lang === "en" ? "zh-CN" : "en")}
        >
          {t("app.language")}
        </Button>
        {canSelfTest(host) && <SelfTestMenu host={host} />}
      </header>
      {demo && <DemoBanner samples={samples?.map((x) => x.id)} sample={sample} onSample={onSample} />}
      <TabList
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as PaneTab)}
        aria-label={t("tabs.label")}
      >
        <Tab value="check">{t("tabs.check")}</Tab>
        <Tab value="insert">{t("tabs.insert")}</Tab>
        <Tab value="review">{t("tabs.review")}</Tab>
      </TabList>
      {tab === "check" && <CheckTab checker={checker} review={review} fixer={fixer} />}
      {tab === "insert" && <NewTable host={host} checker={checker} />}
      {tab === "insert" && <PickerTab picker={picker} checker={checker} />}
      {tab === "review" && <ReviewTab host={host} checker={checker} review={review} />}
    </main>
  );
}

export function App(props: {
  host: WorkbookHost;
  demo: boolean;
  samples?: readonly DemoSample[];
  /** hears which host the pane works on (a sample's, once one is chosen): the workspace's sheet view follows it */
  onHost?: (host: WorkbookHost) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const [sample, setSample] = React.useState<SampleId | null>(null);
  // Switching samples starts a fresh pane over a fresh in-memory workbook.
  const host = React.useMemo(() => props.samples?.find((x) => x.id === sample)?.open() ?? props.host, [sample, props.samples, props.host]);
  const { onHost } = props;
  React.useEffect(() => {
    onHost?.(host);
  }, [host, onHost]);
  return (
    <FluentProvider theme={excelTheme}>
      <div className={styles.surface}>
        <LanguageProvider>
          <Pane
            key={sample ?? "first"}
            host={host}
            demo={props.demo}
            samples={props.samples}
            sample={sample ?? props.samples?.[0]?.id}
            onSample={setSample}
          />
        </LanguageProvider>
      </div>
    </FluentProvider>
  );
}
