/** What ranges and conditional formats need of their worksheet, and the checks every write makes. */
import type { MemorySheet } from "../../../src/host/memory-workbook";
import { FakeOfficeError, type FakeContext } from "./context";

/** What a range needs of its worksheet proxy. */
export interface SheetSource {
  readonly context: FakeContext;
  required(): MemorySheet;
}

/** "Sheet1!A1:B2", quoting a sheet name the way Excel does when it is not a plain word. */
export function qualified(sheet: MemorySheet, address: string): string {
  const name = /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  return `${name}!${address}`;
}

export function assertWritable(sheet: MemorySheet): void {
  if (sheet.protected) {
    throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.", sheet.name);
  }
}
