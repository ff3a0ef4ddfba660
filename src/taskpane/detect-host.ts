/**
 * Which host the pane runs in. Outside Office, office.js resolves onReady with host null; when the
 * CDN is blocked (a closed network) there is no Office at all, or onReady never resolves. So wait at
 * most `timeoutMs`, and anything but Excel means the demo.
 */
export type HostKind = "excel" | "demo";

interface OfficeLike {
  onReady?: () => Promise<{ host: unknown } | undefined>;
  HostType?: { Excel?: unknown };
}

export async function detectHost(office: OfficeLike | undefined, timeoutMs = 3000): Promise<HostKind> {
  if (!office || typeof office.onReady !== "function") return "demo";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady().catch(() => null), timeout]);
    return info && info.host !== null && info.host !== undefined && info.host === (office.HostType?.Excel ?? "Excel") ? "excel" : "demo";
  } finally {
    clearTimeout(timer);
  }
}
