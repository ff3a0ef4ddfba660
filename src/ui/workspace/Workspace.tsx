/**
 * The pane outside Excel: a bar to open a workbook from disk and download it with the pane's
 * changes, above the same pane (App) working on the in-memory host. Opening a workbook replaces the
 * host and starts the pane afresh (key), so no finding of the old workbook lingers. The bar and the
 * pane share one LanguageProvider, so the pane's language switch changes the bar too.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { App, type DemoSample } from "../App";
import type { MemoryHost } from "../../host/memory-host";
import { LanguageProvider, useStrings } from "../i18n";
import { useWorkspace } from "./use-workspace";
import { saveBytes } from "./save-bytes";
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
});

interface WorkspaceProps {
  demoHost: MemoryHost;
  samples?: readonly DemoSample[];
  /** Excel may still answer (the demo while connecting): the banner does not point at 打开工作簿 */
  connecting?: boolean;
}

export function Workspace(props: WorkspaceProps): React.JSX.Element {
  return (
    <LanguageProvider>
      <CanOpenWorkbook.Provider value={!props.connecting}>
        <WorkspaceBody {...props} />
      </CanOpenWorkbook.Provider>
    </LanguageProvider>
  );
}

function WorkspaceBody({ demoHost, samples }: WorkspaceProps): React.JSX.Element {
  const { t } = useStrings();
  const styles = useStyles();
  const workspace = useWorkspace(demoHost);
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

  return (
    <>
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
        {workspace.opened && (
          <Text size={200} className={styles.name} data-testid="workspace-name">
            {t("workspace.localOnly", { file: workspace.opened.fileName })}
          </Text>
        )}
      </div>
      {workspace.message && (
        <div className={styles.message} role={workspace.message.intent === "error" ? "alert" : "status"}>
          <MessageBar intent={workspace.message.intent} layout="multiline" data-testid="workspace-message">
            <MessageBarBody className={styles.wrap}>{workspace.message.text}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {/* the built-in tables stay to choose from until the user opens a workbook of their own */}
      <App key={workspace.generation} host={workspace.host} demo={!workspace.opened} samples={workspace.opened ? undefined : samples} />
    </>
  );
}
