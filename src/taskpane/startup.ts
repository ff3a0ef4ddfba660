/**
 * Start-up that never locks a real Excel session into the demo (excel-limits.md row 7):
 * Office.onReady can take well over 3 s on a slow PC and never resolves when office.js is blocked.
 * So the pane waits a few seconds, then opens the demo *while still listening*: the moment onReady
 * reports Excel, the pane switches to the Office host. Only a definite answer (no Office at all, or
 * another host) makes the demo final.
 */
export type StartupPhase =
  /** waiting for onReady, nothing shown yet but the connecting spinner */
  | "connecting"
  /** onReady is late: the demo is shown with a visible 仍在连接 Excel… notice */
  | "demo-while-connecting"
  /** onReady said Excel: the Office host */
  | "excel"
  /** no Office, or another host: the demo, for good */
  | "demo";

interface OfficeLike {
  onReady?: () => Promise<{ host: unknown } | undefined>;
  HostType?: { Excel?: unknown };
}

/** How long the pane waits for Excel before it shows the demo (and keeps waiting). */
export const DEMO_AFTER_MS = 3_000;

/**
 * Reports each phase as it comes (at most: connecting → demo-while-connecting → excel | demo).
 * Returns a function that stops listening (for tests and a pane torn down).
 */
export function watchStartup(office: OfficeLike | undefined, report: (phase: StartupPhase) => void, demoAfterMs = DEMO_AFTER_MS): () => void {
  let done = false;
  const finish = (phase: StartupPhase) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    report(phase);
  };
  if (!office || typeof office.onReady !== "function") {
    report("demo");
    return () => undefined;
  }
  report("connecting");
  const timer = setTimeout(() => {
    if (!done) report("demo-while-connecting");
  }, demoAfterMs);
  office.onReady().then(
    (info) => finish(isExcel(office, info) ? "excel" : "demo"),
    () => finish("demo"),
  );
  return () => {
    done = true;
    clearTimeout(timer);
  };
}

function isExcel(office: OfficeLike, info: { host: unknown } | undefined): boolean {
  return !!info && info.host !== null && info.host !== undefined && info.host === (office.HostType?.Excel ?? "Excel");
}
