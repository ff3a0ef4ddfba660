/**
 * 自检: a menu entry in the pane's header (only with a real Excel host) that runs the self-test
 * probes (src/host/self-test.ts) on a scratch sheet, shows a short result table and offers 复制结果,
 * text a pilot user can paste into a message to the team. Chinese only: it is a support tool.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import type { WorkbookHost } from "../host/host";
import type { ProbeResult } from "../host/self-test";

/** A host that can run the self-test (OfficeHost). */
export interface SelfTestHost {
  selfTest(onResult?: (r: ProbeResult) => void): Promise<ProbeResult[]>;
}

export function canSelfTest(host: WorkbookHost): host is WorkbookHost & SelfTestHost {
  return typeof (host as Partial<SelfTestHost>).selfTest === "function";
}

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", verticalAlign: "top", textAlign: "left" },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

/** The text 复制结果 copies: one line per probe, and where it ran. */
export function selfTestText(results: readonly ProbeResult[], where: string): string {
  return [`绩效目标表助手 自检结果（${where}）`, ...results.map((r) => `${r.ok ? "✓" : "✗"} ${r.probe}：${r.detail}`)].join("\n");
}

function whereItRan(): string {
  const office = (globalThis as { Office?: { context?: { platform?: unknown; diagnostics?: { version?: string } } } }).Office;
  const platform = String(office?.context?.platform ?? "未知平台");
  const version = office?.context?.diagnostics?.version ?? "";
  return [platform, version, navigator.userAgent].filter(Boolean).join("；");
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The clipboard API is often blocked in the add-in's webview: fall back to a selected textarea.
    const area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand("copy");
    area.remove();
    return done;
  }
}

export function SelfTestPanel({ host }: { host: SelfTestHost }): React.JSX.Element {
  const styles = useStyles();
  const [results, setResults] = React.useState<ProbeResult[]>([]);
  const [state, setState] = React.useState<"idle" | "running" | "done" | "failed">("idle");
  const [message, setMessage] = React.useState("");
  const start = async () => {
    setResults([]);
    setState("running");
    setMessage("");
    try {
      await host.selfTest((r) => setResults((rs) => [...rs, r]));
      setState("done");
    } catch (error) {
      setState("failed");
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div data-testid="self-test">
      <p>自检会新建一张临时工作表，在上面测试 Excel 的读取、合并单元格、标记和写入，完成后删除它；不会读取或修改您的工作表。</p>
      <Button appearance="primary" disabled={state === "running"} onClick={() => void start()}>
        {state === "idle" ? "开始自检" : "重新自检"}
      </Button>{" "}
      <Button disabled={!results.length || state === "running"} onClick={() => void copy(selfTestText(results, whereItRan())).then((ok) => setMessage(ok ? "已复制，可粘贴到消息中发送。" : "无法复制，请手动选择表格文字。"))}>
        复制结果
      </Button>
      {state === "running" && <Spinner size="tiny" label="正在自检…" />}
      {message && <p role="status">{message}</p>}
      {results.length > 0 && (
        <table className={styles.table} data-testid="self-test-results">
          <thead>
            <tr>
              <th className={styles.cell}>项目</th>
              <th className={styles.cell}>结果</th>
              <th className={styles.cell}>说明</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.probe}>
                <td className={styles.cell}>{r.probe}</td>
                <td className={`${styles.cell} ${r.ok ? "" : styles.bad}`}>{r.ok ? "通过" : "未通过"}</td>
                <td className={styles.cell}>{r.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The header's 更多 menu with 自检, opening the panel in a dialog. */
export function SelfTestMenu({ host }: { host: SelfTestHost }): React.JSX.Element {
  const [open, setOpen] = React.useState(false);
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button size="small" appearance="subtle" icon={<MoreHorizontalRegular />} aria-label="更多" />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => setOpen(true)}>自检</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>自检</DialogTitle>
            <DialogContent>
              <SelfTestPanel host={host} />
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setOpen(false)}>关闭</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
