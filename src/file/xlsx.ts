/**
 * An .xlsx/.xlsm package (bytes) → WorkbookGrid: every worksheet in workbook order, hidden ones
 * marked. Isomorphic: no file system, no Node streams, so the CLI and the browser read alike.
 */
import type { WorkbookGrid } from "../domain/grid";
import { DEFAULT_LIMITS, type FileLimits } from "./limits";
import { findParts } from "./package-parts";
import { ReadError } from "./read-error";
import { readSharedStrings } from "./shared-strings";
import { readSheet, type SheetContext } from "./sheet";
import { readStyles, Styles } from "./styles";
import { ZipPackage, type Inflater } from "./zip";

export function readXlsx(bytes: Uint8Array, file: string, limits: FileLimits = DEFAULT_LIMITS, inflater?: Inflater): WorkbookGrid {
  const zip = new ZipPackage(bytes, file, limits, inflater);
  const parts = findParts(zip, file);
  if (parts.sheets.length === 0) throw new ReadError(`文件“${file}”是空工作簿：其中没有任何工作表。`, "no-sheets", file);
  const ctx: SheetContext = {
    zip,
    file,
    limits,
    strings: parts.sharedStrings ? readSharedStrings(zip, parts.sharedStrings, file) : [],
    styles: parts.styles ? readStyles(zip, parts.styles, file) : Styles.none(),
    date1904: parts.date1904,
    cells: { count: 0 },
  };
  return { sheets: parts.sheets.map((s) => readSheet(s, ctx)) };
}
