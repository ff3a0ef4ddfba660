/**
 * A workbook file that could not be read: the message is Chinese, names the file (and the sheet or
 * cell where there is one), and says what to do. Thrown by the file layer and by the CLI's loader.
 */
export type ReadErrorCode =
  | "not-found"
  | "empty-file"
  | "encrypted"
  | "not-xlsx"
  | "corrupt"
  | "no-sheets"
  | "io"
  /** over one of the limits in limits.ts: the message names the limit */
  | "too-large";

export class ReadError extends Error {
  constructor(
    message: string,
    readonly code: ReadErrorCode,
    readonly file: string,
  ) {
    super(message);
    this.name = "ReadError";
  }
}

/** The message for a package the layer cannot make sense of, with the reason it gave. */
export function corruptError(file: string, reason: string): ReadError {
  return new ReadError(`文件“${file}”已损坏，无法作为 xlsx 工作簿打开（${reason}）。请在 Excel 中打开并另存为 .xlsx 后重试。`, "corrupt", file);
}
