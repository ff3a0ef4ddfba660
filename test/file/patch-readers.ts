/**
 * The three readers a patched package must satisfy in the patch writer's tests: ExcelJS (the
 * workbook as a whole, with formulas, merges, formats and views), SheetJS, and the parts unzipped
 * for comparing every part the patch should not have touched byte for byte.
 */
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { unzipSync } from "fflate";

export async function excelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

export function sheetJs(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: "array", cellFormula: true, cellStyles: true });
}

/** The names of the parts whose unzipped bytes differ, plus those only in one package. */
export function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = unzipSync(before);
  const b = unzipSync(after);
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((n) => !a[n] || !b[n] || !Buffer.from(a[n]).equals(Buffer.from(b[n]))).sort();
}

export function partText(bytes: Uint8Array, name: string): string {
  return new TextDecoder().decode(unzipSync(bytes)[name]);
}
