/**
 * 帮助: the rule handbook the build puts beside the pane (dist/handbook.html, made by
 * scripts/handbook-plugin.js from the renderer `jixiao rules --html` uses), on the pane's own
 * origin so it opens on an intranet too. In Office the pane's webview may not open a new window
 * for a link, so Office's own browser window is asked for where the host has one; elsewhere the
 * link opens a new tab as any link does.
 */
import * as React from "react";
import { Link } from "@fluentui/react-components";
import { useStrings } from "./i18n";
import { handbookUrl } from "./handbook-url";

interface OfficeUi {
  openBrowserWindow?: (url: string) => void;
}

/** Office's browser window, when this host offers one (OpenBrowserWindowApi 1.1). */
function officeBrowserWindow(): ((url: string) => void) | null {
  const office = (globalThis as { Office?: { context?: { ui?: OfficeUi } } }).Office;
  const ui = office?.context?.ui;
  return ui && typeof ui.openBrowserWindow === "function" ? (url) => ui.openBrowserWindow!(url) : null;
}

export function HelpLink(): React.JSX.Element {
  const { t } = useStrings();
  const href = handbookUrl();
  const onClick = (event: React.MouseEvent<HTMLAnchorElement>): void => {
    const open = officeBrowserWindow();
    if (!open) return;
    event.preventDefault();
    try {
      open(href);
    } catch {
      // the host refused (an old build without the API's requirement set): the plain new window
      window.open(href, "_blank", "noopener");
    }
  };
  return (
    <Link href={href} target="_blank" rel="noopener" onClick={onClick} title={t("app.helpHint")} data-testid="help-link">
      {t("app.help")}
    </Link>
  );
}
