/** The 插入指标 tab: the typed indicator picker (issue 5). */
import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { WorkbookHost } from "../../host/host";
import type { Checker } from "../use-checker";
import { useStrings } from "../i18n";

export function PickerTab(_props: { host: WorkbookHost; checker: Checker }): React.JSX.Element {
  const { t } = useStrings();
  return <Text>{t("tabs.insertSoon")}</Text>;
}
