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

/** The file layer's errors already say, in Chinese, which file, sheet and cell; others get a frame. */
function describe(error: unknown, fileName: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.includes(fileName) ? message : `无法处理“${fileName}”：${message}`;
}

function downloadSummary(result: WorkbookDownload): WorkspaceMessage {
  const parts = [result.edits.length ? `已写回 ${result.edits.length} 个单元格的修改` : ""];
  if (result.rowsShifted) parts.push(`插入或删除 ${result.rowsShifted} 行`);
  if (result.sheetsAdded.length) parts.push(`新增工作表（${result.sheetsAdded.join("、")}）`);
  if (result.sheetsReplaced.length) parts.push(`重写工作表（${result.sheetsReplaced.join("、")}）`);
  const written = parts.filter(Boolean).join("，") || "没有修改的单元格，下载的是原文件";
  return { intent: "success", text: `${written}：${result.fileName}` };
}

/** What 下载 names a workbook made in the pane, and the review file of the built-in sample. */
export const NEW_WORKBOOK_NAME = "绩效目标表.xlsx";
const DEMO_NAME = "示例.xlsx";

export function useWorkspace(demoHost: MemoryHost): Workspace {
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
      setMessage({ intent: "error", text: describe(error, file.name) });
    } finally {
      setBusy(false);
    }
  }, []);

  const download = React.useCallback(async () => {
    const { opened, host } = state;
    if (!opened) return null;
    try {
      // readWorkbook waits for the host's pending work; the download is built from its workbook itself
      await host.readWorkbook();
      const result = buildDownload(opened, host.workbook);
      setMessage(downloadSummary(result));
      return result;
    } catch (error) {
      setMessage({ intent: "error", text: describe(error, opened.fileName) });
      return null;
    }
  }, [state]);

  const downloadReview = React.useCallback(async () => {
    const { opened, host } = state;
    await host.readWorkbook();
    const result = buildReviewDownload(host.workbook, opened?.fileName ?? DEMO_NAME);
    setMessage(result ? { intent: "success", text: `已生成：${result.fileName}` } : { intent: "warning", text: "还没有审核意见表：请先在“已说明”页生成审核意见表，再下载。" });
    return result;
  }, [state]);

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
