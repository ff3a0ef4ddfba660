/**
 * The columns whose indent and bold the reader looks at: only a table's 项目名称 column, where a
 * less indented or lone bold row is a subtotal or an agency, not a project (rows.ts, classify.ts).
 * A host that pays for every cell's formatting it loads (the Office JavaScript API: bytes per sync) asks this of
 * the values it read and loads indent/bold for these columns alone.
 */
import type { SheetGrid } from "../grid";
import { headerAt } from "./header";
import { SheetView } from "./view";

/** Grid columns (0-based in `rows`) of every header's name column on the sheet, ascending. */
export function styledColumns(grid: SheetGrid): number[] {
  const view = new SheetView(grid);
  const out = new Set<number>();
  for (let r = 0; r < view.rowCount; r++) {
    const name = headerAt(view, r)?.columns.name;
    if (name !== undefined) out.add(name);
  }
  return [...out].sort((a, b) => a - b);
}
