/** An input the CLI could not read: the message is Chinese, names the file, and says what to do. */
export type ReadErrorCode = "not-found" | "empty-file" | "encrypted" | "not-xlsx" | "corrupt" | "no-sheets" | "io";

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
