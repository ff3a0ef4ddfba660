/**
 * The pane outside Excel: a bar to open a workbook from disk and download it with the pane's
 * changes, above the same pane (App) working on the in-memory host. Opening a workbook replaces the
 * host and starts the pane afresh (key), so no finding of the old workbook lingers. A read-only
 * sheet view shows the workbook: on a wide screen beside the pane (the pane on the right, as
 * Excel's task pane), on a narrow one above it, hidden until 表格视图 shows it.
 * The bar, the sheet view and the pane share one LanguageProvider, so the pane's language switch
 * changes them all.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, DismissRegular, DocumentAddRegular, DocumentTableArrowRightRegular, FolderOpenRegular, TableRegular } from "@fluentui/react-icons";
import { App, type DemoSample } from "../App";
import type { MemoryHost } from "../../host/memory-host";
import { LanguageProvider, useStrings } from "../i18n";
import { useWorkspace } from "./use-workspace";
import { saveBytes } from "./save-bytes";
import { SheetView } from "./SheetView";
import { useSheetHost } from "./use-sheet-host";
import { useMediaQuery } from "./use-media-query";
import { CanOpenWorkbook } from "./can-open";

const ACCEPT = ".xlsx,.xlsm,.xls,.et,.csv";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} 0`,
  },
  name: { flexBasis: "100%", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  message: { margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} 0` },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere" },
  hidden: { display: "none" },
  // with the sheet view shown, the page is one screen: the bar on top, the sheet view and the pane
  // each scrolling on its own, so the selected cell stays in sight while the list scrolls
  fixedRoot: { display: "flex", flexDirection: "column", height: "100vh" },
  wideBody: { display: "flex", flex: 1, minHeight: 0 },
  wideSheet: { flex: 1, minWidth: 0, paddingTop: tokens.spacingVerticalS },
  widePane: { width: "400px", flexShrink: 0, overflowY: "auto", borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  narrowBody: { display: "flex", flexDirection: "column", flex: 1, minHeight: 0 },
  narrowSheet: { height: "40vh", flexShrink: 0, marginTop: tokens.spacingVerticalS },
  narrowPane: { flex: 1, minHeight: 0, overflowY: "auto", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

/** At least this wide, the sheet view sits beside the pane; narrower, above it. */
const WIDE = "(min-width: 900px)";
const SHEET_ID = "workspace-sheet-view";

interface WorkspaceProps {
  demoHost: MemoryHost;
  samples?: readonly DemoSample[];
  /** Excel may still answer (the demo while connecting): the banner does not point at 打开工作簿 */
  connecting?: boolean;
}

export function Workspace(props: WorkspaceProps): React.JSX.Element {
  // one language for the bar, the sheet view and the pane (the pane's provider shares this one)
  return (
    <LanguageProvider>
      <CanOpenWorkbook.Provider value={!props.connecting}>
        <WorkspaceBody {...props} />
      </CanOpenWorkbook.Provider>
    </LanguageProvider>
  );
}

function WorkspaceBody({ demoHost, samples }: WorkspaceProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useStrings();
  const workspace = useWorkspace(demoHost);
  const sheet = useSheetHost(workspace.host, workspace.opened);
  const wide = useMediaQuery(WIDE);
  const [sheetShown, setSheetShown] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);

  const onPicked = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so picking the same file again (after editing it on disk) opens it again.
    event.target.value = "";
    if (file) void workspace.open(file);
  };

  const onDownload = async (): Promise<void> => {
    const result = await workspace.download();
    if (result) saveBytes(result.bytes, result.fileName);
  };
  const onDownloadReview = async (): Promise<void> => {
    const result = await workspace.downloadReview();
    if (result) saveBytes(result.bytes, result.fileName);
  };

  const sheetView = (
    <div id={SHEET_ID} className={wide ? styles.wideSheet : styles.narrowSheet}>
      <SheetView host={sheet.host} baseline={sheet.baseline} />
    </div>
  );
  return (
    <div className={wide || sheetShown ? styles.fixedRoot : undefined}>
      <div className={styles.bar} role="toolbar" aria-label={t("workspace.bar")} data-testid="workspace-bar">
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept={ACCEPT}
          aria-label={t("workspace.fileLabel")}
          data-testid="workspace-file"
          onChange={onPicked}
        />
        <Button size="small" icon={<FolderOpenRegular />} disabled={workspace.busy} onClick={() => input.current?.click()}>
          {t("workspace.open")}
        </Button>
        <Button size="small" icon={<ArrowDownloadRegular />} disabled={!workspace.opened || workspace.busy} onClick={() => void onDownload()}>
          {t("workspace.download")}
        </Button>
        <Button size="small" icon={<DocumentTableArrowRightRegular />} disabled={workspace.busy} onClick={() => void onDownloadReview()}>
          {t("workspace.downloadReview")}
        </Button>
        <Button size="small" icon={<DocumentAddRegular />} disabled={workspace.busy} onClick={() => void workspace.newWorkbook()}>
          {t("workspace.newWorkbook")}
        </Button>
        {!wide && (
          <Button size="small" icon={<TableRegular />} aria-expanded={sheetShown} aria-controls={SHEET_ID} onClick={() => setSheetShown((shown) => !shown)}>
            {t("sheet.toggle")}
          </Button>
        )}
        {workspace.opened && (
          <Text size={200} className={styles.name} data-testid="workspace-name">
            {workspace.opened.bytes
              ? t("workspace.localOnly", { file: workspace.opened.fileName })
              : t("workspace.newLocal", { file: workspace.opened.fileName })}
          </Text>
        )}
      </div>
      {workspace.message && (
        <div className={styles.message} role={workspace.message.intent === "error" ? "alert" : "status"}>
          <MessageBar intent={workspace.message.intent} layout="multiline" data-testid="workspace-message">
            <MessageBarBody className={styles.wrap}>{workspace.message.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={t("state.dismiss")} icon={<DismissRegular />} onClick={workspace.dismiss} />
              }
            />
          </MessageBar>
        </div>
      )}
      <div className={wide ? styles.wideBody : sheetShown ? styles.narrowBody : undefined}>
        {(wide || sheetShown) && sheetView}
        <div className={wide ? styles.widePane : sheetShown ? styles.narrowPane : undefined}>
          {/* the built-in tables stay to choose from until the user opens a workbook of their own */}
          <App
            key={workspace.generation}
            host={workspace.host}
            demo={!workspace.opened}
            samples={workspace.opened ? undefined : samples}
            onHost={sheet.onHost}
          />
        </div>
      </div>
    </div>
  );
}
