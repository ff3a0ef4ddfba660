/**
 * Which in-memory workbook the sheet view shows and what it compares against: the host the pane
 * works on (App reports it, as a demo sample switch makes a new one), and that workbook as it was
 * opened — the opened file's grid (with its hidden rows), or for a built-in sample the workbook as
 * the sheet view first saw it, before the pane changed anything.
 */
import * as React from "react";
import { MemoryHost } from "../../host/memory-host";
import type { WorkbookHost } from "../../host/host";
import type { OpenedWorkbook } from "../../host/memory-download";
import { workbookToGrid } from "../../host/memory-workbook";
import { baselineOf, type Baseline } from "./sheet-view-model";

export interface SheetHost {
  host: MemoryHost;
  baseline: Baseline;
  /** App's onHost */
  onHost(host: WorkbookHost): void;
}

export function useSheetHost(workspaceHost: MemoryHost, opened: OpenedWorkbook | null): SheetHost {
  const [paneHost, setPaneHost] = React.useState(workspaceHost);
  const onHost = React.useCallback((host: WorkbookHost) => {
    if (host instanceof MemoryHost) setPaneHost(host);
  }, []);
  // Until App reports a host after opening a workbook, the workspace's own host is the one shown.
  const host = paneHost === workspaceHost || !opened ? paneHost : workspaceHost;
  const baseline = React.useMemo(
    () => (opened && host === workspaceHost ? baselineOf(opened.grid) : baselineOf(workbookToGrid(host.workbook), host.workbook)),
    // taken once per workbook, before the pane changes it (opened never changes without the host)
    [host],
  );
  return { host, baseline, onHost };
}
