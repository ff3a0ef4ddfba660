/**
 * The workbook-file layer: a workbook file's bytes → the WorkbookGrid the reader consumes, and
 * back (patch.ts). What kind of file it is comes from its first bytes, not its name: a zip is an
 * .xlsx/.xlsm package, an OLE compound file is an .xls/.et (or an encrypted .xlsx), text is CSV.
 */
import type { WorkbookGrid } from "../domain/grid";
import { DEFAULT_LIMITS, type FileLimits } from "./limits";
import { ReadError } from "./read-error";
import { readXlsx } from "./xlsx";
import type { Inflater } from "./zip";

export { DEFAULT_LIMITS, type FileLimits } from "./limits";
export { ReadError, type ReadErrorCode } from "./read-error";
export type { Inflater } from "./zip";

export type FileKind = "zip" | "ole" | "text" | "empty";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** What the first bytes say (eight are enough): the CLI checks this before reading a file whole. */
export function fileKind(head: Uint8Array): FileKind {
  if (head.length === 0) return "empty";
  if (startsWith(head, ZIP)) return "zip";
  if (startsWith(head, OLE)) return "ole";
  return "text";
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export interface ReadOptions {
  limits?: FileLimits;
  /** a faster inflater where the platform has one (the CLI passes Node's zlib); fflate otherwise */
  inflater?: Inflater;
}

export async function readWorkbookBytes(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const kind = fileKind(bytes.subarray(0, 8));
  if (kind === "empty") throw new ReadError(`文件“${file}”是空文件（0 字节），不是有效的 xlsx 工作簿。`, "empty-file", file);
  if (kind === "zip") return readXlsx(bytes, file, limits, options.inflater);
  if (kind === "text" && !isCsvName(file)) {
    throw new ReadError(`文件“${file}”不是 xlsx 工作簿（内容不是 Excel 2007 及以后版本的格式）。`, "not-xlsx", file);
  }
  // SheetJS is large: loaded only for the old formats and CSV
  const { readWithSheetJs } = await import("./sheetjs");
  return readWithSheetJs(bytes, file, kind, limits);
}

export function isCsvName(file: string): boolean {
  return /\.csv$/i.test(file);
}
