/**
 * The old and the plain formats through SheetJS CE (`@e965/xlsx`): .xls (BIFF8) and .et
 * workbooks, which are OLE compound files, and CSV (UTF-8, or GBK as Chinese Excel saves it).
 * SheetJS gives values, text, merges, number formats and hidden rows, not indent or bold: the reader
 * then tells agencies from projects by their labels and roll-up. An OLE file SheetJS cannot read is
 * most often a password-protected .xlsx, which keeps the message that says so.
 */
import * as XLSX from "@e965/xlsx";
import { toA1 } from "../domain/address";
import type { CellFormat, CellValue, SheetGrid, WorkbookGrid } from "../domain/grid";
import type { FileLimits } from "./limits";
import { isDateFormat, serialToIso } from "./number-formats";
import { ReadError } from "./read-error";

type Kind = "ole" | "text";

export function readWithSheetJs(bytes: Uint8Array, file: string, kind: Kind, limits: FileLimits): WorkbookGrid {
  let wb: XLSX.WorkBook;
  try {
    wb =
      kind === "text"
        ? // raw: CSV text stays text ("95%", "1-2" are indicator values, not a percent and a date)
          XLSX.read(decodeText(bytes), { type: "string", raw: true, dense: true })
        : XLSX.read(bytes, { type: "array", dense: true, cellNF: true, cellStyles: true });
  } catch (e) {
    if (kind === "ole") {
      throw new ReadError(
        `文件“${file}”已加密（设置了打开密码），或是无法读取的旧版 .xls 格式。请在 Excel 中取消密码保护并另存为 .xlsx 后重试。`,
        "encrypted",
        file,
      );
    }
    throw new ReadError(`文件“${file}”无法作为 CSV 读取（${e instanceof Error ? e.message : String(e)}）。`, "corrupt", file);
  }
  const cells = { count: 0 };
  const sheets = wb.SheetNames.map((name, i) => sheetGrid(name, wb.Sheets[name], wb.Workbook?.Sheets?.[i]?.Hidden, kind, { file, limits, cells }));
  if (sheets.length === 0) throw new ReadError(`文件“${file}”是空工作簿：其中没有任何工作表。`, "no-sheets", file);
  return { sheets };
}

/** UTF-8 when the bytes are valid UTF-8 (with or without a BOM), otherwise GBK. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gbk").decode(bytes);
  }
}

interface Budget {
  file: string;
  limits: FileLimits;
  cells: { count: number };
}

function sheetGrid(name: string, ws: XLSX.WorkSheet, hidden: number | undefined, kind: Kind, budget: Budget): SheetGrid {
  const rows: CellValue[][] = [];
  const formats: (CellFormat | null)[][] = [];
  const data = (ws["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
  data.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      const value = kind === "text" ? csvValue(cell) : cellValue(cell);
      if (value === undefined) return;
      if (r >= budget.limits.rows || c >= budget.limits.cols || ++budget.cells.count > budget.limits.cells) {
        throw new ReadError(`文件“${budget.file}”过大，未读取：工作表“${name}”的单元格 ${toA1(r, c)} 超出 ${budget.limits.rows} 行 × ${budget.limits.cols} 列或 ${budget.limits.cells} 个单元格的上限。`, "too-large", budget.file);
      }
      while (rows.length <= r) rows.push([]);
      while (rows[r].length < c) rows[r].push(null);
      rows[r][c] = value;
      if (cell.z && cell.z !== "General") {
        while (formats.length <= r) formats.push([]);
        while (formats[r].length < c) formats[r].push(null);
        formats[r][c] = { numberFormat: String(cell.z) };
      }
    });
  });
  const lastCol = rows.reduce((n, row) => Math.max(n, row.length), 0) - 1;
  const grid: SheetGrid = { name, rows, formats, merges: [] };
  for (const m of ws["!merges"] ?? []) {
    if (m.s.r >= rows.length || m.s.c > lastCol) continue;
    grid.merges?.push({ top: m.s.r, left: m.s.c, bottom: Math.min(m.e.r, rows.length - 1), right: Math.min(m.e.c, lastCol) });
  }
  const hiddenRows: number[] = [];
  (ws["!rows"] ?? []).forEach((row, r) => {
    if (row?.hidden && r < rows.length) hiddenRows.push(r);
  });
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  const hiddenCols: number[] = [];
  (ws["!cols"] ?? []).forEach((col, c) => {
    if (col?.hidden && c <= lastCol) hiddenCols.push(c);
  });
  if (hiddenCols.length > 0) grid.hiddenCols = hiddenCols;
  if (hidden === 1) grid.visibility = "hidden";
  if (hidden === 2) grid.visibility = "veryHidden";
  return grid;
}

function cellValue(cell: XLSX.CellObject | undefined): CellValue | undefined {
  if (!cell || cell.t === "z") return undefined;
  if (cell.t === "e") return cell.w ?? "#N/A";
  if (cell.t === "n" && typeof cell.v === "number" && isDateFormat(typeof cell.z === "string" ? cell.z : undefined)) return serialToIso(cell.v, false);
  if (cell.v instanceof Date) return serialToIso(cell.v.getTime() / 86400000 + 25569, false);
  return cell.v ?? undefined;
}

/** CSV cells are text; a plain decimal number ("49.00", "-3") is a number, as Excel opens it. */
function csvValue(cell: XLSX.CellObject | undefined): CellValue | undefined {
  if (!cell || cell.v === undefined || cell.v === "") return undefined;
  const text = String(cell.v);
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
}
