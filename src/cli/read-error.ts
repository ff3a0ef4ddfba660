/** The CLI's read errors are the file layer's (src/file), so a message reads the same wherever a file was opened. */
export { ReadError, type ReadErrorCode } from "../file/read-error";
