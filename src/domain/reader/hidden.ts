/**
 * Hidden rows are not part of the published table: the reader leaves them out and says so once per
 * table, naming the rows and whether the 合计 counts their money (then it cannot tie with what is
 * shown, and the reviewer should know why).
 */
import { parseAmount, sumAmounts, type Amount } from "../money";
import type { ColumnMap, TableRow } from "../model";
import type { SheetView } from "./view";

export function hiddenRowsNote(view: SheetView, fromRow: number, toRow: number, columns: ColumnMap, rows: TableRow[]): string | null {
  const hidden = [...view.hiddenDataRows].filter((r) => r >= fromRow && r <= toRow).sort((a, b) => a - b);
  if (hidden.length === 0) return null;
  const note = `第 ${hidden.join("、")} 行已隐藏，不属于公布的表格，未作检查`;
  const total = rows.find((r) => r.kind === "total");
  if (!total || !total.amounts || total.amounts.total.kind !== "number" || columns.total === undefined) return `${note}。`;
  const shown = sumAmounts(rows.filter((r) => r.kind === "project").map((r) => r.amounts?.total ?? { kind: "empty" }));
  const hiddenAmounts: Amount[] = hidden.map((r) => parseAmount(view.value(view.gridRow(r), columns.total!)));
  const withHidden = shown && sumAmounts(hiddenAmounts)?.plus(shown);
  const cell = total.amountCells.total ?? total.nameCell;
  if (shown && total.amounts.total.value.eq(shown)) return `${note}；合计（${cell}）不含这些行的金额。`;
  if (withHidden && total.amounts.total.value.eq(withHidden)) return `${note}；合计（${cell}）包含这些行的金额，与公布的明细不符。`;
  return `${note}。`;
}
