/** After an insert: what was written and where, with 撤销插入; after an undo: that it was restored. */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useStrings } from "../i18n";
import type { Picker } from "./use-picker";
import { usePickerStyles } from "./styles";

export function InsertResult({ picker }: { picker: Picker }): React.JSX.Element | null {
  const { t } = useStrings();
  const styles = usePickerStyles();
  const done = picker.inserted;
  if (done) {
    return (
      <div role="status">
        <MessageBar intent="success" layout="multiline" data-testid="picker-inserted">
          <MessageBarBody className={styles.wrap}>
            {t("picker.inserted", { sheet: done.sheet, address: done.receipt.address, name: done.name })}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" icon={<ArrowUndoRegular />} disabled={picker.busy} onClick={() => void picker.undo()}>
              {t("picker.undo")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
  if (picker.notice?.kind === "undone") {
    return (
      <div role="status">
        <MessageBar intent="info" layout="multiline" data-testid="picker-undone">
          <MessageBarBody className={styles.wrap}>
            {t("picker.undone", { sheet: picker.notice.sheet, address: picker.notice.address })}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return null;
}
