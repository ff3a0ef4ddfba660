/**
 * The pane outside Excel: a bar to open a workbook from disk and download it with the pane's
 * changes, above the same pane (App) working on the in-memory host. Opening a workbook replaces the
 * host and starts the pane afresh (key), so no finding of the old workbook lingers.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentAddRegular, DocumentTableArrowRightRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useStrings } from "../i18n";
import { App, type DemoSample } from "../App";
import type { MemoryHost } from "../../host/memory-host";
import { useWorkspace } from "./use-workspace";
import { saveBytes } from "./save-bytes";

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

export function Workspace({ demoHost, samples }: { demoHost: MemoryHost; samples?: readonly DemoSample[] }): React.JSX.Element {
  const styles = useStyles();
  const workspace = useWorkspace(demoHost);
  const input = React.useRef<HTMLInputElement>(null);

  const onPicked = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so picking the same file again (after editing it on disk) opens it again.
    event.target.value = "";
    if (file) void workspace.open(file);
  };

  const { t } = useStrings();
  const onDownload = async (): Promise<void> => {
    const result = await workspace.download();
    if (result) saveBytes(result.bytes, result.fileName);
  };
  const onDownloadReview = async (): Promise<void> => {
    const result = await workspace.downloadReview();
    if (result) saveBytes(result.bytes, result.fileName);
  };

  return (
    <>
      <div className={styles.bar} role="toolbar" aria-label="工作簿" data-testid="workspace-bar">
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept={ACCEPT}
          aria-label="选择工作簿文件"
          data-testid="workspace-file"
          onChange={onPicked}
        />
        <Button size="small" icon={<FolderOpenRegular />} disabled={workspace.busy} onClick={() => input.current?.click()}>
          打开工作簿
        </Button>
        <Button size="small" icon={<ArrowDownloadRegular />} disabled={!workspace.opened || workspace.busy} onClick={() => void onDownload()}>
          下载
        </Button>
        <Button size="small" icon={<DocumentTableArrowRightRegular />} disabled={workspace.busy} onClick={() => void onDownloadReview()}>
          {t("workspace.downloadReview")}
        </Button>
        <Button size="small" icon={<DocumentAddRegular />} disabled={workspace.busy} onClick={() => void workspace.newWorkbook()}>
          {t("workspace.newWorkbook")}
        </Button>
        {workspace.opened && (
          <Text size={200} className={styles.name} data-testid="workspace-name">
            {workspace.opened.fileName}
            {workspace.opened.bytes ? "（只在本机浏览器中读取，不上传）" : "（新工作簿，下载时生成）"}
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
