/**
 * The browser workspace's state: which host the pane works on (the demo's, or one built from a
 * workbook the user opened), the opened file's original bytes and grid (kept untouched for 下载),
 * and the last message. Opening reads the file in the browser through the workbook-file layer; no
 * byte leaves the machine.
 */
import * as React from "react";
import { readWorkbookBytes } from "../../file";
import { MemoryHost } from "../../host/memory-host";
import { buildDownload, type OpenedWorkbook, type WorkbookDownload } from "../../host/memory-download";
import { useStrings, type Translate } from "../i18n";

export interface WorkspaceMessage {
  intent: "error" | "success" | "warning";
  text: string;
}

export interface Workspace {
  host: MemoryHost;
  /** changes whenever the host is replaced, so the pane starts afresh on the new workbook */
  generation: number;
  opened: OpenedWorkbook | null;
  busy: boolean;
  message: WorkspaceMessage | null;
  open(file: File): Promise<void>;
  /** builds the download; null (with a message) when it cannot be built */
  download(): Promise<WorkbookDownload | null>;
  dismiss(): void;
}

/**
 * The file layer's errors already say, in Chinese, which file, sheet and cell (the product's
 * messages about a user's file are Chinese); others get a frame in the pane's language.
 */
function describe(error: unknown, fileName: string, t: Translate): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.includes(fileName) ? message : t("workspace.cannotProcess", { file: fileName, message });
}

function downloadSummary(result: WorkbookDownload, t: Translate): WorkspaceMessage {
  const written = result.edits.length ? t("workspace.written", { count: result.edits.length }) : t("workspace.unchanged");
  if (!result.sheetsLeftOut.length) return { intent: "success", text: t("workspace.saved", { written, file: result.fileName }) };
  return {
    intent: "warning",
    text: t("workspace.sheetsLeftOut", { written, file: result.fileName, sheets: result.sheetsLeftOut.join(t("workspace.sheetSeparator")) }),
  };
}

export function useWorkspace(demoHost: MemoryHost): Workspace {
  const { t } = useStrings();
  const [state, setState] = React.useState({ host: demoHost, generation: 0, opened: null as OpenedWorkbook | null });
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<WorkspaceMessage | null>(null);

  const open = React.useCallback(async (file: File) => {
    setBusy(true);
    setMessage(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const grid = await readWorkbookBytes(bytes, file.name);
      // The host gets its own copy of the grid: the opened grid is what 下载 compares against.
      const host = new MemoryHost(structuredClone(grid));
      setState((s) => ({ host, generation: s.generation + 1, opened: { fileName: file.name, bytes, grid } }));
    } catch (error) {
      setMessage({ intent: "error", text: describe(error, file.name, t) });
    } finally {
      setBusy(false);
    }
  }, [t]);

  const download = React.useCallback(async () => {
    const { opened, host } = state;
    if (!opened) return null;
    try {
      const result = buildDownload(opened, await host.readWorkbook());
      setMessage(downloadSummary(result, t));
      return result;
    } catch (error) {
      setMessage({ intent: "error", text: describe(error, opened.fileName, t) });
      return null;
    }
  }, [state, t]);

  const dismiss = React.useCallback(() => setMessage(null), []);
  return { ...state, busy, message, open, download, dismiss };
}
