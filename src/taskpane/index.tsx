/**
 * Bootstrap: a shell at once, then the host. In Excel (Office.onReady within 3 s) the pane talks to
 * the workbook through OfficeHost; anywhere else (a browser, a blocked CDN, another Office app) it
 * opens the demo: the in-memory host over two seed tables, with the pane's demo banner.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { App } from "../ui/App";
import type { WorkbookHost } from "../host/host";
import { MemoryHost } from "../host/memory-host";
import { OfficeHost } from "../host/office-host";
import { demoWorkbook } from "./demo-workbook";
import { detectHost } from "./detect-host";
import { Workspace } from "../ui/workspace/Workspace";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root");
const root = createRoot(container);

function Shell(props: { children?: React.ReactNode }): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      {props.children ?? <Spinner size="small" label="正在连接 Excel… Connecting to Excel…" style={{ marginTop: 48 }} />}
    </FluentProvider>
  );
}

root.render(<Shell />);

function show(host: WorkbookHost, demo: boolean): void {
  root.render(
    <Shell>
      <App host={host} demo={demo} />
    </Shell>,
  );
}

async function start(): Promise<void> {
  const office = (globalThis as { Office?: Parameters<typeof detectHost>[0] }).Office;
  if ((await detectHost(office, 3000)) === "excel") {
    const host = new OfficeHost();
    // Learn the sheet list now, so the first 检查 is a single read sync. If this fails, readWorkbook
    // learns it again and reports the error where the user can see it.
    host.prepare().catch((error: unknown) => console.warn("jixiao: prepare() failed; the first check will retry", error));
    show(host, false);
  } else {
    // Outside Excel the pane is a workspace: the demo workbook until the user opens their own.
    root.render(
      <Shell>
        <Workspace demoHost={new MemoryHost(demoWorkbook())} />
      </Shell>,
    );
  }
}

void start();
