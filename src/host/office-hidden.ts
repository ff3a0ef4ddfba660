/**
 * Which rows and columns of a sheet are hidden, for the Office read (the CLI and the in-memory host
 * give the reader `hiddenRows`/`hiddenCols`; without them a hidden project row was read in Excel
 * and its 合计 looked wrong). Office.js has no list of hidden rows; what it has is
 * Range.rowHidden / Range.columnHidden (ExcelApi 1.2, @types/office-js): `true` when every row
 * (column) of the range is hidden, `false` when none is, `null` when some are. So every block the
 * read loads also loads those two booleans, in the sync it already makes: a sheet with nothing
 * hidden costs no extra sync. Only a block answering null (mixed) needs each row's own flag; those
 * come in one more sync for the whole read, the per-row ranges queued in a plain loop and synced
 * once, in chunks sized to the byte budget when there are more rows than one request should carry.
 */
import type { SheetGrid } from "../domain/grid";
import { jsonBytes, READ_BUDGET_BYTES } from "./office-payload";

/**
 * A guess at what asking one row's flag costs in the request: a getRangeByIndexes and a load
 * action with their object paths (the response is only {"rowHidden":false}, ≈20 bytes).
 */
const REQUEST_BYTES_PER_PROBE = 200;
export const PROBES_PER_SYNC = Math.floor(READ_BUDGET_BYTES / REQUEST_BYTES_PER_PROBE);

/** One block of rows as read: sheet row where it starts, how many, and what its range answered. */
interface RowSpan {
  top: number;
  rows: number;
  hidden: boolean | null;
}

interface SheetProbe {
  left: number;
  top: number;
  cols: number;
  spans: RowSpan[];
  /** Range.columnHidden of the first block: a column is hidden for every row or none */
  colsHidden: boolean | null;
}

type Shape = { top: number; left: number; rows: number; cols: number };

/** The rowHidden/columnHidden every read block loads, gathered per sheet until the grids are built. */
export class HiddenProbes {
  private readonly bySheet = new Map<string, SheetProbe>();

  /** A (re)read of the sheet starts: what an earlier, stale read of it recorded no longer counts. */
  start(sheet: string, shape: Shape): void {
    this.bySheet.set(sheet, { left: shape.left, top: shape.top, cols: shape.cols, spans: [], colsHidden: false });
  }

  /** After the sync that loaded `range` (a block of the sheet's rows, all its columns). */
  record(sheet: string, block: Shape, range: Excel.Range): void {
    let probe = this.bySheet.get(sheet);
    if (!probe) {
      this.start(sheet, block);
      probe = this.bySheet.get(sheet) as SheetProbe;
    }
    if (!probe.spans.length) probe.colsHidden = range.columnHidden;
    probe.spans.push({ top: block.top, rows: block.rows, hidden: range.rowHidden });
  }

  /**
   * Sets hiddenRows/hiddenCols on the grids. Flags already known (a whole block hidden or none) cost
   * nothing; the rows and columns of mixed blocks are asked for one by one, `sync` once per chunk.
   */
  async apply(context: Excel.RequestContext, grids: Map<string, SheetGrid>, sync: () => Promise<void>): Promise<number[]> {
    const found = new Map<string, { rows: number[]; cols: number[] }>();
    const asks: { sheet: string; index: number; kind: "row" | "col" }[] = [];
    for (const [sheet, probe] of this.bySheet) {
      if (!grids.get(sheet)?.rows.length) continue;
      const known = { rows: [] as number[], cols: [] as number[] };
      found.set(sheet, known);
      for (const span of probe.spans) {
        for (let r = span.top; r < span.top + span.rows; r++) {
          if (span.hidden === true) known.rows.push(r);
          else if (span.hidden === null) asks.push({ sheet, index: r, kind: "row" });
        }
      }
      for (let c = probe.left; c < probe.left + probe.cols; c++) {
        if (probe.colsHidden === true) known.cols.push(c);
        else if (probe.colsHidden === null) asks.push({ sheet, index: c, kind: "col" });
      }
    }
    const bytes: number[] = [];
    for (let start = 0; start < asks.length; start += PROBES_PER_SYNC) {
      const chunk = asks.slice(start, start + PROBES_PER_SYNC);
      const ranges = chunk.map(({ sheet, index, kind }) => {
        const probe = this.bySheet.get(sheet) as SheetProbe;
        const ws = context.workbook.worksheets.getItem(sheet);
        // One cell is enough: rowHidden is a property of the whole row, columnHidden of the column.
        return kind === "row" ? ws.getRangeByIndexes(index, probe.left, 1, 1).load("rowHidden") : ws.getRangeByIndexes(probe.top, index, 1, 1).load("columnHidden");
      });
      await sync();
      let moved = 0;
      chunk.forEach(({ sheet, index, kind }, i) => {
        const hidden = kind === "row" ? ranges[i].rowHidden : ranges[i].columnHidden;
        moved += jsonBytes({ [kind === "row" ? "rowHidden" : "columnHidden"]: hidden });
        const known = found.get(sheet) as { rows: number[]; cols: number[] };
        if (hidden) (kind === "row" ? known.rows : known.cols).push(index);
      });
      bytes.push(moved);
    }
    for (const [sheet, { rows, cols }] of found) {
      const grid = grids.get(sheet) as SheetGrid;
      if (rows.length) grid.hiddenRows = rows.sort((a, b) => a - b);
      if (cols.length) grid.hiddenCols = cols.sort((a, b) => a - b);
    }
    return bytes;
  }
}
