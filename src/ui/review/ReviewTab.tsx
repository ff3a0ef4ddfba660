/** The 已说明 tab: explained findings and the review sheet (issue 6). */
import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { WorkbookHost } from "../../host/host";
import type { Checker } from "../use-checker";
import { useStrings } from "../i18n";

export function ReviewTab(_props: { host: WorkbookHost; checker: Checker }): React.JSX.Element {
  const { t } = useStrings();
  return <Text>{t("tabs.reviewSoon")}</Text>;
}
