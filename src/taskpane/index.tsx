/**
 * Bootstrap: a shell at once, then the host (startup.ts). In Excel the pane talks to the workbook
 * through OfficeHost. If Excel has not answered after a few seconds, the demo opens (the in-memory
 * host over two seed tables) with a visible 仍在连接 Excel… notice, and the pane switches to Excel
 * the moment it answers. Without Office, or in another Office app, the demo is final.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, Spinner, webLightTheme } from "@fluentui/react-components";
import { App, type DemoSample } from "../ui/App";
import { MemoryHost } from "../host/memory-host";
import { OfficeHost } from "../host/office-host";
import { DEMO_SAMPLES, demoWorkbook } from "./demo-workbook";
import { watchStartup, type StartupPhase } from "./startup";
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

// the built-in tables a trainer switches between in the demo banner
const samples: readonly DemoSample[] = DEMO_SAMPLES.map((sample) => ({ id: sample.id, open: () => new MemoryHost(demoWorkbook(sample.seeds)) }));
let demo: MemoryHost | null = null;

function show(phase: StartupPhase): void {
  if (phase === "connecting") {
    root.render(<Shell />);
    return;
  }
  if (phase === "excel") {
    const host = new OfficeHost();
    // Learn the sheet list now, so the first 检查 is cheap. If this fails, readWorkbook learns it
    // again and reports the error where the user can see it.
    host.prepare().catch((error: unknown) => console.warn("jixiao: prepare() failed; the first check will retry", error));
    // a new key: the pane starts afresh on the workbook, nothing of the demo carries over
    root.render(
      <Shell>
        <App key="excel" host={host} demo={false} />
      </Shell>,
    );
    return;
  }
  demo ??= new MemoryHost(demoWorkbook(DEMO_SAMPLES[0].seeds));
  root.render(
    <Shell>
      {phase === "demo-while-connecting" && (
        <MessageBar intent="info" data-testid="still-connecting">
          <MessageBarBody>
            <Spinner size="extra-tiny" style={{ display: "inline-flex", marginRight: 6 }} />
            仍在连接 Excel…连接成功后会自动切换到您的工作簿。
          </MessageBarBody>
        </MessageBar>
      )}
      {/* outside Excel the pane is a workspace: the demo tables until the user opens their own */}
      <Workspace demoHost={demo} samples={samples} connecting={phase === "demo-while-connecting"} />
    </Shell>,
  );
}

watchStartup((globalThis as { Office?: Parameters<typeof watchStartup>[0] }).Office, show);
