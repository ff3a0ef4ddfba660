/**
 * 新建绩效目标表 through Office.js, queued on a just-added worksheet for one write sync (office-host.ts
 * owns the Excel.run): number formats first, then the values as one 2-D array with every text
 * marked as text (office-text.ts), so "≥XX%" or a name that looks like a date stays as written.
 */
import type { StandardTablePlan } from "../domain/template/standard-table";
import { formatRange } from "./ranges";
import { asWrittenText } from "./office-text";
import { widthInPoints } from "./review-sheet-plan";

export function queueStandardTable(sheet: Excel.Worksheet, plan: StandardTablePlan, canFreeze: boolean): void {
  const rows = plan.rows.length;
  const cols = plan.rows[0].length;
  const all = sheet.getRange(formatRange({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 }));
  all.numberFormat = plan.numberFormats;
  all.values = plan.rows.map((row) => row.map((v) => (typeof v === "string" ? asWrittenText(v) : (v ?? ""))));
  for (const m of plan.merges) sheet.getRange(formatRange(m)).merge(false);
  for (const r of plan.boldRows) sheet.getRangeByIndexes(r, 0, 1, cols).format.font.bold = true;
  for (const c of plan.wrapCols) {
    const column = sheet.getRangeByIndexes(plan.wrapFromRow, c, rows - plan.wrapFromRow, 1).format;
    column.wrapText = true;
    column.verticalAlignment = "Top";
  }
  plan.columnWidths.forEach((chars, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(chars);
  });
  if (canFreeze) sheet.freezePanes.freezeRows(plan.freezeRows);
}
