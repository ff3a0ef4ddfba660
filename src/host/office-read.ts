/**
 * Reading a workbook through Office.js, as functions of a RequestContext (office-host.ts owns the
 * Excel.run). Every read sync is budgeted by *estimated bytes*, not cells (excel-limits.md row 1):
 * the layout (names and used-range shapes, no cell data) says how big each sheet is; the bytes a
 * cell costs are guessed at first and measured on every read after. Sheets that fit the budget
 * together come in one shared sync; a bigger one comes in row chunks sized to the budget, and a
 * chunk Excel refuses (payload error or bare GeneralException) is halved and retried, down to one
 * row. Merged areas are asked for in row bands, because getMergedAreasOrNullObject fails above 512
 * areas (row 2); it reports an area in the band holding its top-left cell, so an area crossing a
 * band edge arrives whole, once. Indent and bold are loaded only for the columns the reader looks
 * at (a table's 项目名称 column, domain/reader/styled-columns.ts): on a wide table of long text they
 * were a quarter of every response. Which column that is shows only in the values, so a read loads
 * the columns the last read found (or the first few, where every published template puts it) and,
 * in the rare case the values name another, fetches that column's formatting in one more sync.
 * Each block also loads its range's rowHidden/columnHidden, two booleans (office-hidden.ts).
 */
import type { MergedArea, SheetGrid } from "../domain/grid";
import { styledColumns } from "../domain/reader/styled-columns";
import { buildGrid, type CellBlock, type ColumnSpan, type Props } from "./office-grid";
import { HiddenProbes } from "./office-hidden";
import { isPayloadError, jsonBytes, READ_BUDGET_BYTES } from "./office-payload";
import { officeErrorCode } from "./errors";
import { parseRangeList } from "./ranges";

/** Guess for a cell never read: its value, number format and indent/bold properties as JSON. */
const GUESSED_BYTES_PER_CELL = 120;
/** One cell's {"format":{"indentLevel":0,"font":{"bold":false}}}, a little over its JSON. */
const PROPS_BYTES_PER_CELL = 60;
/** Rows per merged-area request: 512 areas in 64 rows needs 8 merges a row, more than any table has. */
export const MERGE_BAND_ROWS = 64;

/** A sheet as the last read saw it: enough to plan the next read without asking again. */
export interface SheetLayout {
  name: string;
  id: string;
  cells: number;
  /** the used range's shape, when known */
  top?: number;
  left?: number;
  rows?: number;
  cols?: number;
  /** measured on the last read of this sheet */
  bytesPerCell?: number;
  /** grid columns whose indent/bold the reader needed on the last read */
  styled?: ColumnSpan | null;
}

/** Before any read: the name column is among the first four (序号, 主管部门, 单位, 项目名称) in every template. */
const FIRST_COLUMNS = 4;

/** The columns to load indent/bold for: what the last read needed, else the first few. */
function styledGuess(l: SheetLayout): ColumnSpan | null {
  if (l.styled !== undefined) return l.styled;
  return { from: 0, to: Math.min(FIRST_COLUMNS, l.cols ?? 0) - 1 };
}

export interface ReadCapabilities {
  /** getCellProperties (ExcelApi 1.9): indent and bold */
  formats: boolean;
  /** getMergedAreasOrNullObject (ExcelApi 1.13) */
  merges: boolean;
}

/** What one read sync moved, for the bench and the tests (the pane shows nothing of it). */
export interface ReadStats {
  syncs: number;
  bytes: number[];
  retries: number;
}

export function emptyReadStats(): ReadStats {
  return { syncs: 0, bytes: [], retries: 0 };
}

/** Two metadata syncs, no cell data: the sheets in tab order, then each one's used-range shape. */
export async function readLayout(context: Excel.RequestContext): Promise<SheetLayout[]> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync();
  const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
  await context.sync();
  return sheets.items.map((s, i) => {
    const u = used[i];
    if (u.isNullObject) return { name: s.name, id: s.id, cells: 0, top: 0, left: 0, rows: 0, cols: 0 };
    return { name: s.name, id: s.id, cells: u.rowCount * u.columnCount, top: u.rowIndex, left: u.columnIndex, rows: u.rowCount, cols: u.columnCount };
  });
}

export function estimatedBytes(layout: SheetLayout): number {
  return layout.cells * (layout.bytesPerCell ?? GUESSED_BYTES_PER_CELL);
}

const CELL_PROPS: Excel.CellPropertiesLoadOptions = { format: { indentLevel: true, font: { bold: true } } };

interface QueuedBlock {
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Props> | null;
  styled: ColumnSpan | null;
  merges: Excel.RangeAreas[];
}

type Shape = { top: number; left: number; rows: number; cols: number };

/** Indent/bold of the `styled` grid columns of a block of rows; null when there is nothing to load. */
function queueProps(context: Excel.RequestContext, sheet: string, shape: Shape, styled: ColumnSpan | null, caps: ReadCapabilities) {
  if (!caps.formats || !styled || styled.to < styled.from) return null;
  const ws = context.workbook.worksheets.getItem(sheet);
  return ws.getRangeByIndexes(shape.top, shape.left + styled.from, shape.rows, styled.to - styled.from + 1).getCellProperties(CELL_PROPS);
}

/** Queues one block of rows: values, number formats, indent/bold of the styled columns and its merged areas in bands. */
function queueBlock(context: Excel.RequestContext, sheet: string, shape: Shape, caps: ReadCapabilities, band: number, styled: ColumnSpan | null): QueuedBlock {
  const ws = context.workbook.worksheets.getItem(sheet);
  const range = ws.getRangeByIndexes(shape.top, shape.left, shape.rows, shape.cols).load("values,numberFormat,rowHidden,columnHidden");
  const merges: Excel.RangeAreas[] = [];
  if (caps.merges) {
    for (let r = 0; r < shape.rows; r += band) {
      merges.push(ws.getRangeByIndexes(shape.top + r, shape.left, Math.min(band, shape.rows - r), shape.cols).getMergedAreasOrNullObject().load("address"));
    }
  }
  const props = queueProps(context, sheet, shape, styled, caps);
  return { range, props, styled: props ? styled : null, merges };
}

function blockOf(q: QueuedBlock): CellBlock {
  return {
    values: q.range.values,
    numberFormats: q.range.numberFormat as string[][],
    props: q.props?.value ?? null,
    styled: q.styled,
    merges: q.merges.flatMap((m) => (m.isNullObject ? [] : parseRangeList(m.address))),
  };
}

/**
 * The grid of a block whose values are all read: if the reader needs indent/bold of a column the
 * read did not load, that column span's formatting comes in one more sync (chunked, as any read).
 * The layout remembers the span, so the next read loads it with the values.
 */
async function finishGrid(context: Excel.RequestContext, l: SheetLayout, block: CellBlock, caps: ReadCapabilities, stats: ReadStats): Promise<SheetGrid> {
  const { top, left, rows } = shapeOf(l);
  const grid = buildGrid(l.name, top, left, block);
  if (!caps.formats) return grid;
  const needed = styledColumns(grid);
  const span = needed.length ? { from: needed[0], to: needed[needed.length - 1] } : null;
  l.styled = span;
  if (!span || (block.styled && block.styled.from <= span.from && block.styled.to >= span.to)) return grid;
  const props: Props = [];
  const width = span.to - span.from + 1;
  const step = Math.max(1, Math.floor(READ_BUDGET_BYTES / 2 / (width * PROPS_BYTES_PER_CELL)));
  for (let start = 0; start < rows; start += step) {
    const n = Math.min(step, rows - start);
    const result = queueProps(context, l.name, { top: top + start, left, rows: n, cols: width }, span, caps) as OfficeExtension.ClientResult<Props>;
    await syncCounted(context, stats);
    stats.bytes[stats.bytes.length - 1] = jsonBytes(result.value);
    props.push(...result.value);
  }
  return buildGrid(l.name, top, left, { ...block, props, styled: span });
}

/** What came back, estimated the way Excel counts it. */
function blockBytes(b: CellBlock): number {
  return jsonBytes(b.values) + jsonBytes(b.numberFormats) + (b.props ? jsonBytes(b.props) : 0);
}

/**
 * Reads the given sheets. Sheets whose estimate fits the budget together share syncs; the rest are
 * read in chunks. Returns the grids in the order given, and updates each layout's measured size.
 */
export async function readSheets(context: Excel.RequestContext, layouts: SheetLayout[], caps: ReadCapabilities, stats: ReadStats): Promise<SheetGrid[]> {
  const grids = new Map<string, SheetGrid>();
  const hidden = new HiddenProbes();
  let group: SheetLayout[] = [];
  let groupBytes = 0;
  const flush = async () => {
    if (!group.length) return;
    const queued = group.map((l) => ({
      l,
      q: queueBlock(context, l.name, shapeOf(l), caps, MERGE_BAND_ROWS, styledGuess(l)),
      // the shape again, in the same sync: a sheet edited since the layout was learnt is re-read
      used: context.workbook.worksheets.getItem(l.name).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
    }));
    try {
      await syncCounted(context, stats);
    } catch (error) {
      if (!isPayloadError(officeErrorCode(error))) throw error;
      // The estimate was wrong (text much longer than guessed): read each sheet on its own, in chunks.
      stats.retries += 1;
      for (const l of group) grids.set(l.name, await readInChunks(context, l, caps, stats, READ_BUDGET_BYTES / 4, hidden));
      group = [];
      groupBytes = 0;
      return;
    }
    let bytes = 0;
    const stale: SheetLayout[] = [];
    const read: [SheetLayout, CellBlock][] = [];
    for (const { l, q, used } of queued) {
      const block = blockOf(q);
      const size = blockBytes(block);
      bytes += size;
      l.bytesPerCell = Math.max(1, size / Math.max(1, l.cells));
      if (!sameShape(l, used)) stale.push(l);
      else {
        hidden.start(l.name, shapeOf(l));
        hidden.record(l.name, shapeOf(l), q.range);
        read.push([l, block]);
      }
    }
    stats.bytes[stats.bytes.length - 1] = bytes;
    for (const [l, block] of read) grids.set(l.name, await finishGrid(context, l, block, caps, stats));
    for (const l of stale) {
      Object.assign(l, shapeFromUsed(l, used(queued, l)));
      grids.set(l.name, l.rows === 0 ? { name: l.name, rows: [] } : await readInChunks(context, l, caps, stats, READ_BUDGET_BYTES, hidden));
    }
    group = [];
    groupBytes = 0;
  };
  for (const l of layouts) {
    const bytes = estimatedBytes(l);
    if (l.rows === 0) {
      grids.set(l.name, { name: l.name, rows: [] });
    } else if (bytes > READ_BUDGET_BYTES) {
      grids.set(l.name, await readInChunks(context, l, caps, stats, READ_BUDGET_BYTES, hidden));
    } else {
      if (groupBytes + bytes > READ_BUDGET_BYTES) await flush();
      group.push(l);
      groupBytes += bytes;
    }
  }
  await flush();
  const first = stats.bytes.length;
  const moved = await hidden.apply(context, grids, () => syncCounted(context, stats));
  moved.forEach((b, i) => (stats.bytes[first + i] = b));
  return layouts.map((l) => grids.get(l.name) as SheetGrid);
}

function used(queued: { l: SheetLayout; used: Excel.Range }[], l: SheetLayout): Excel.Range {
  return (queued.find((x) => x.l === l) as { used: Excel.Range }).used;
}

function sameShape(l: SheetLayout, used: Excel.Range): boolean {
  if (used.isNullObject) return l.rows === 0;
  return used.rowIndex === l.top && used.columnIndex === l.left && used.rowCount === l.rows && used.columnCount === l.cols;
}

function shapeFromUsed(l: SheetLayout, used: Excel.Range): Partial<SheetLayout> {
  if (used.isNullObject) return { cells: 0, top: 0, left: 0, rows: 0, cols: 0 };
  return { cells: used.rowCount * used.columnCount, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount, bytesPerCell: l.bytesPerCell };
}

function shapeOf(l: SheetLayout): { top: number; left: number; rows: number; cols: number } {
  return { top: l.top ?? 0, left: l.left ?? 0, rows: l.rows ?? 0, cols: l.cols ?? 0 };
}

async function syncCounted(context: Excel.RequestContext, stats: ReadStats): Promise<void> {
  stats.syncs += 1;
  stats.bytes.push(0);
  // Callers sync once per chunk on purpose: each response must stay small.
  await context.sync();
}

/**
 * One sheet in row chunks sized to the budget from the bytes a cell is known (or guessed) to cost;
 * the size adapts to what each chunk measured, and a refused chunk is halved and retried.
 */
async function readInChunks(context: Excel.RequestContext, l: SheetLayout, caps: ReadCapabilities, stats: ReadStats, budget: number, hidden: HiddenProbes): Promise<SheetGrid> {
  const { top, left, rows, cols } = shapeOf(l);
  hidden.start(l.name, shapeOf(l));
  let perRow = cols * (l.bytesPerCell ?? GUESSED_BYTES_PER_CELL);
  // Never measured: a first chunk of a quarter of the budget by the guess, so a table of long text
  // costs one small sync to learn its real size instead of one oversized sync.
  let step = Math.max(1, Math.floor((l.bytesPerCell ? budget * 0.9 : budget / 4) / perRow));
  let band = MERGE_BAND_ROWS;
  const styled = styledGuess(l);
  const whole: CellBlock = { values: [], numberFormats: [], props: caps.formats ? [] : null, styled: null, merges: [] };
  const seen = new Set<string>();
  let total = 0;
  for (let start = 0; start < rows; ) {
    const n = Math.min(step, rows - start);
    const q = queueBlock(context, l.name, { top: top + start, left, rows: n, cols }, caps, Math.min(band, n), styled);
    try {
      await syncCounted(context, stats);
    } catch (error) {
      if (!isPayloadError(officeErrorCode(error)) || (n === 1 && band === 1)) throw error;
      stats.retries += 1;
      step = Math.max(1, Math.floor(n / 2));
      band = Math.max(1, Math.floor(Math.min(band, n) / 2));
      continue;
    }
    const block = blockOf(q);
    const bytes = blockBytes(block);
    stats.bytes[stats.bytes.length - 1] = bytes;
    hidden.record(l.name, { top: top + start, left, rows: n, cols }, q.range);
    total += bytes;
    whole.values.push(...block.values);
    whole.numberFormats.push(...block.numberFormats);
    if (whole.props && block.props) whole.props.push(...block.props);
    whole.styled = block.styled;
    for (const m of block.merges) addOnce(whole.merges, seen, m);
    start += n;
    // Grow at most twice as big as the last chunk that worked, and keep a tenth of the budget spare
    // for what the estimate leaves out (addresses of merged areas, rows longer than the average).
    perRow = Math.max(1, bytes / n);
    step = Math.max(1, Math.min(n * 2, Math.floor((budget * 0.9) / perRow)));
  }
  l.bytesPerCell = Math.max(1, total / Math.max(1, rows * cols));
  return finishGrid(context, l, whole, caps, stats);
}

function addOnce(into: MergedArea[], seen: Set<string>, m: MergedArea): void {
  const key = `${m.top},${m.left},${m.bottom},${m.right}`;
  if (seen.has(key)) return;
  seen.add(key);
  into.push(m);
}
