/**
 * The parity reference (test code only since the CLI reads through src/file): the ExcelJS path the
 * CLI used before issue #17, kept as it was. Loads an .xlsx file with ExcelJS into the plain WorkbookGrid the reader consumes: cell values
 * (formula results, rich text joined, a hyperlink's text, dates as ISO strings, errors as their
 * text such as "#REF!"), the indent and bold of every cell, merged areas, and which sheets are
 * hidden or very hidden (all sheets are read, hidden ones marked). Whatever goes wrong
 * becomes a ReadError whose Chinese message names the file.
 */
import ExcelJS from "exceljs";
import { fromA1 } from "../../src/domain/address";
import type { CellFormat, CellValue, MergedArea, SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { readChecked } from "../../src/cli/load-grid";
import { ReadError } from "../../src/file/read-error";



const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from("PK\u0003\u0004", "latin1");

export async function loadWorkbookGridWithExcelJs(file: string): Promise<WorkbookGrid> {
  const bytes = Buffer.from(await readChecked(file));
  checkSignature(file, bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new ReadError(`文件“${file}”已损坏，无法作为 xlsx 工作簿打开（${reason}）。请在 Excel 中打开并另存为 .xlsx 后重试。`, "corrupt", file);
  }
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => sheets.push(sheetGrid(ws)));
  if (sheets.length === 0) throw new ReadError(`文件“${file}”是空工作簿：其中没有任何工作表。`, "no-sheets", file);
  return { sheets };
}

/** Tells the common cases apart before ExcelJS tries: they deserve messages that say what to do. */
function checkSignature(file: string, bytes: Buffer): void {
  if (bytes.length === 0) throw new ReadError(`文件“${file}”是空文件（0 字节），不是有效的 xlsx 工作簿。`, "empty-file", file);
  if (bytes.subarray(0, 8).equals(OLE_SIGNATURE)) {
    // Password-protected .xlsx files are stored in an OLE compound file, as are old .xls files.
    throw new ReadError(
      `文件“${file}”已加密（设置了打开密码），或是旧版 .xls 格式，无法读取。请在 Excel 中取消密码保护并另存为 .xlsx 后重试。`,
      "encrypted",
      file,
    );
  }
  if (!bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw new ReadError(`文件“${file}”不是 xlsx 工作簿（内容不是 Excel 2007 及以后版本的格式）。`, "not-xlsx", file);
  }
}

type Cell = ExcelJS.Cell;

/**
 * One worksheet as a SheetGrid (exported for `npm run bench`, which times loading and converting apart).
 * Rows and columns come in increasing order, so every array is built dense as it grows (padded with
 * null, or with one shared [] for a row without cells), with no second pass to fill holes.
 */
export function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  const formats: (CellFormat | null)[][] = [];
  const noCells: CellValue[] = [];
  const noFormats: (CellFormat | null)[] = [];
  // the row being read, for the one cell callback below (no closure per row)
  let values: CellValue[] = [];
  let rowFormats: (CellFormat | null)[] | null = null;
  const readCell = (cell: Cell, colNumber: number): void => {
    // only the top-left cell of a merged area holds the value (ExcelJS repeats it in every other
    // cell of the area, whose type is Merge; the top-left cell is its own master)
    if (cell.type === ExcelJS.ValueType.Merge) return;
    const c = colNumber - 1;
    while (values.length < c) values.push(null);
    values.push(plain(cell.value));
    const f = cellFormat(cell);
    if (f) {
      rowFormats ??= [];
      while (rowFormats.length < c) rowFormats.push(null);
      rowFormats.push(f);
    }
  };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    values = [];
    rowFormats = null;
    row.eachCell({ includeEmpty: false }, readCell);
    while (rows.length < rowNumber - 1) rows.push(noCells);
    rows.push(values);
    if (rowFormats) {
      while (formats.length < rowNumber - 1) formats.push(noFormats);
      formats.push(rowFormats);
    }
  });
  const grid: SheetGrid = { name: ws.name, rows, formats, merges: merges(ws) };
  // hidden and very hidden sheets are read too (the 已说明 storage is very hidden), and marked
  if (ws.state === "hidden" || ws.state === "veryHidden") grid.visibility = ws.state;
  return grid;
}

function cellFormat(cell: Cell): CellFormat | null {
  const indent = cell.alignment?.indent;
  const bold = cell.font?.bold;
  if (!indent && !bold) return null;
  const f: CellFormat = {};
  if (indent) f.indent = indent;
  if (bold) f.bold = true;
  return f;
}

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("error" in o) return String(o.error);
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((p) => p.text ?? "").join("");
    if ("formula" in o || "sharedFormula" in o) return plain(o.result);
    if ("hyperlink" in o || "text" in o) return plain(o.text);
  }
  return String(v);
}

/** A date cell as an ISO string: the date alone when it has no time of day. */
function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/**
 * The merged ranges ("A1:G1") as `ws.model.merges` lists them. `ws.model` serialises every row of
 * the sheet to get there (~10 ms on 10,000 rows), so the index it reads them from is read directly
 * when ExcelJS still keeps one (`_merges`: master address → range), in the same order.
 */
function mergeRanges(ws: ExcelJS.Worksheet): string[] {
  const index = (ws as unknown as { _merges?: Record<string, { range: string } | undefined> })._merges;
  if (index === null || typeof index !== "object") return ws.model.merges ?? [];
  const ranges: string[] = [];
  for (const k of Object.keys(index)) {
    const merge = index[k];
    if (merge) ranges.push(merge.range);
  }
  return ranges;
}

function merges(ws: ExcelJS.Worksheet): MergedArea[] {
  const out: MergedArea[] = [];
  for (const range of mergeRanges(ws)) {
    const [a, b] = String(range).split(":");
    const tl = fromA1(a);
    const br = fromA1(b ?? a);
    if (tl && br) out.push({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
  }
  return out;
}
