/**
 * Reading a workbook through Office.js, as functions of a RequestContext (office-host.ts owns the
 * Excel.run). The pattern is the docs' correlated-objects one: queue every load for every sheet,
 * sync once, then build the grids. Sizes decide how: a sheet up to CHUNK_THRESHOLD cells comes whole
 * in the shared sync; a bigger one (known from the layout) is read afterwards in row chunks, one sync
 * each, so no response nears the 5 MB / 5M-cell limits (office-addin.md d.1, d.2, d.8).
 */
import type { CellFormat, CellValue, MergedArea, SheetGrid } from "../domain/grid";
import { compactFormat } from "./memory-workbook";
import { parseRangeList } from "./ranges";

export const CHUNK_THRESHOLD = 200_000;
const CHUNK_ROWS = 5_000;

/** A sheet as the last read saw it: enough to plan the next read without asking again. */
export interface SheetLayout {
  name: string;
  id: string;
  cells: number;
}

export interface ReadCapabilities {
  /** getCellProperties (ExcelApi 1.9): indent and bold */
  formats: boolean;
  /** getMergedAreasOrNullObject (ExcelApi 1.13) */
  merges: boolean;
}

type Props = Excel.CellProperties[][];

/** Two metadata syncs, no cell data: the sheets in tab order, then each one's used-range size. */
export async function readLayout(context: Excel.RequestContext): Promise<SheetLayout[]> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync();
  const used = sheets.items.map((s) => s.getUsedRange(true).load("rowCount,columnCount"));
  await context.sync();
  return sheets.items.map((s, i) => ({ name: s.name, id: s.id, cells: used[i].rowCount * used[i].columnCount }));
}

export interface QueuedSheet {
  layout: SheetLayout;
  used: Excel.Range;
  /** true: only the size was loaded; the cells come in chunks */
  chunked: boolean;
  props: OfficeExtension.ClientResult<Props> | null;
  merges: Excel.RangeAreas | null;
}

const CELL_PROPS: Excel.CellPropertiesLoadOptions = { format: { indentLevel: true, font: { bold: true } } };

/** Queues (does not sync) the loads for one sheet. */
export function queueSheetRead(
  context: Excel.RequestContext,
  layout: SheetLayout,
  caps: ReadCapabilities,
  forceChunks: boolean,
): QueuedSheet {
  const used = context.workbook.worksheets.getItem(layout.name).getUsedRange(true);
  const chunked = forceChunks || layout.cells > CHUNK_THRESHOLD;
  if (chunked) {
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { layout, used, chunked, props: null, merges: null };
  }
  used.load("rowIndex,columnIndex,rowCount,columnCount,values");
  return {
    layout,
    used,
    chunked,
    props: caps.formats ? used.getCellProperties(CELL_PROPS) : null,
    merges: caps.merges ? used.getMergedAreasOrNullObject().load("address") : null,
  };
}

/** After the sync: the sheet's grid (null when it still has to be read in chunks). */
export function finishSheetRead(q: QueuedSheet): SheetGrid | null {
  if (q.chunked) return null;
  return buildGrid(q.layout.name, q.used.rowIndex, q.used.columnIndex, q.used.values as CellValue[][], q.props?.value ?? null, mergeAreas(q.merges));
}

export function usedSize(q: QueuedSheet): number {
  return q.used.rowCount * q.used.columnCount;
}

/** A big sheet, CHUNK_ROWS rows (fewer if it is wide) per sync. */
export async function readSheetInChunks(context: Excel.RequestContext, q: QueuedSheet, caps: ReadCapabilities): Promise<SheetGrid> {
  const sheet = context.workbook.worksheets.getItem(q.layout.name);
  const { rowIndex, columnIndex, rowCount, columnCount } = q.used;
  const step = Math.max(1, Math.min(CHUNK_ROWS, Math.floor(CHUNK_THRESHOLD / columnCount)));
  const values: CellValue[][] = [];
  const props: Props = [];
  const merges = new Map<string, MergedArea>();
  for (let start = 0; start < rowCount; start += step) {
    const range = sheet.getRangeByIndexes(rowIndex + start, columnIndex, Math.min(step, rowCount - start), columnCount);
    range.load("values");
    const chunkProps = caps.formats ? range.getCellProperties(CELL_PROPS) : null;
    const chunkMerges = caps.merges ? range.getMergedAreasOrNullObject().load("address") : null;
    // One sync per chunk is the point of chunking: each response stays small.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    values.push(...(range.values as CellValue[][]));
    if (chunkProps) props.push(...chunkProps.value);
    for (const m of mergeAreas(chunkMerges)) merges.set(`${m.top},${m.left},${m.bottom},${m.right}`, m);
  }
  return buildGrid(q.layout.name, rowIndex, columnIndex, values, caps.formats ? props : null, [...merges.values()]);
}

function mergeAreas(areas: Excel.RangeAreas | null): MergedArea[] {
  if (!areas || areas.isNullObject) return [];
  return parseRangeList(areas.address);
}

/**
 * The grid the reader gets: Office's "" for an empty cell becomes null, indent/bold only where set,
 * and a blank sheet (Office reports A1 with "") has no rows, as the in-memory host reports it.
 */
export function buildGrid(
  name: string,
  originRow: number,
  originCol: number,
  values: CellValue[][],
  props: Props | null,
  merges: MergedArea[],
): SheetGrid {
  const rows = values.map((row) => row.map((v) => (v === "" ? null : v)));
  if (rows.every((row) => row.every((v) => v === null))) return { name, rows: [] };
  const grid: SheetGrid = { name, rows, originRow, originCol };
  if (props) {
    let any = false;
    const formats: (CellFormat | null)[][] = props.map((row) =>
      row.map((p) => {
        const f = compactFormat(p.format?.indentLevel, p.format?.font?.bold);
        if (f) any = true;
        return f;
      }),
    );
    if (any) grid.formats = formats;
  }
  if (merges.length) grid.merges = merges;
  return grid;
}
