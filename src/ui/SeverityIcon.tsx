/** The icon and colour of a severity, shared by the filters and the findings list. */
import * as React from "react";
import { tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../domain/finding";

export const severityColor: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorPaletteBlueForeground2,
};

/** Decorative: the text next to it always names the severity for screen readers. */
export function SeverityIcon({ severity }: { severity: Severity }): React.JSX.Element {
  const style = { color: severityColor[severity], flexShrink: 0 };
  if (severity === "error") return <ErrorCircle16Filled aria-hidden style={style} />;
  if (severity === "warning") return <Warning16Filled aria-hidden style={style} />;
  return <Info16Filled aria-hidden style={style} />;
}
