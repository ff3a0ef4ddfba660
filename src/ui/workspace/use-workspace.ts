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
import { buildReviewDownload, type ReviewDownload } from "../../host/review-download";
import type { TemplateLayout } from "../../domain/template/standard-table";

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
  /** the 审核意见表 as its own workbook; null (with a message) before the pane has written it */
  downloadReview(): Promise<ReviewDownload | null>;
  /** switches to a new workbook holding a standard table, which 下载 writes as a new file */
  newWorkbook(layout?: TemplateLayout): Promise<void>;
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
  const list = (sheets: string[]): string => sheets.join(t("workspace.sheetSeparator"));
  const parts = result.edits.length ? [t("workspace.written", { count: result.edits.length })] : [];
  if (result.rowsShifted) parts.push(t("workspace.rowsShifted", { count: result.rowsShifted }));
  if (result.sheetsAdded.length) parts.push(t("workspace.sheetsAdded", { sheets: list(result.sheetsAdded) }));
  if (result.sheetsReplaced.length) parts.push(t("workspace.sheetsReplaced", { sheets: list(result.sheetsReplaced) }));
  const written = parts.length ? parts.join(t("workspace.partSeparator")) : t("workspace.unchanged");
  return { intent: "success", text: t("workspace.saved", { written, file: result.fileName }) };
}

/** What 下载 names a workbook made in the pane, and the review file of the built-in sample. */
export const NEW_WORKBOOK_NAME = "绩效目标表.xlsx";
const DEMO_NAME = "示例.xlsx";

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
      // readWorkbook waits for the host's pending work; the download is built from its workbook itself
      await host.readWorkbook();
      const result = buildDownload(opened, host.workbook);
      setMessage(downloadSummary(result, t));
      return result;
    } catch (error) {
      setMessage({ intent: "error", text: describe(error, opened.fileName, t) });
      return null;
    }
  }, [state, t]);

  const downloadReview = React.useCallback(async () => {
    const { opened, host } = state;
    await host.readWorkbook();
    const result = buildReviewDownload(host.workbook, opened?.fileName ?? DEMO_NAME);
    setMessage(result ? { intent: "success", text: t("workspace.reviewSaved", { file: result.fileName }) } : { intent: "warning", text: t("workspace.noReview") });
    return result;
  }, [state, t]);

  const newWorkbook = React.useCallback(async (layout: TemplateLayout = "compact") => {
    const host = new MemoryHost({ sheets: [] });
    await host.addStandardTable(layout);
    // no bytes: 下载 writes a brand-new package of the workbook's sheets
    setState((s) => ({ host, generation: s.generation + 1, opened: { fileName: NEW_WORKBOOK_NAME, bytes: null, grid: { sheets: [] } } }));
    setMessage(null);
  }, []);

  const dismiss = React.useCallback(() => setMessage(null), []);
  return { ...state, busy, message, open, download, downloadReview, newWorkbook, dismiss };
}
