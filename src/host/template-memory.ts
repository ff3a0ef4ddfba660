/**
 * 新建绩效目标表 in the in-memory workbook: the domain's plan (src/domain/template) rendered with the
 * same primitives as the review sheet, so the demo, the pane's tests and Excel get the same table.
 */
import type { StandardTablePlan } from "../domain/template/standard-table";
import { setStyle, setValue, type MemorySheet, type MemoryWorkbook } from "./memory-workbook";
import { addSheet, setColumnWidth, setNumberFormat } from "./review-sheet-memory";
import { widthInPoints } from "./review-sheet-plan";

/** Adds the table as a new sheet named `name` (the caller picked a free name) and activates it. */
export function renderStandardTableInMemory(wb: MemoryWorkbook, name: string, plan: StandardTablePlan): MemorySheet {
  const sheet = addSheet(wb, name);
  const bold = new Set(plan.boldRows);
  const wrap = new Set(plan.wrapCols);
  plan.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      setNumberFormat(sheet, r, c, plan.numberFormats[r][c]);
      if (value !== null) setValue(sheet, r, c, value);
      if (bold.has(r)) setStyle(sheet, r, c, { font: { bold: true } });
      if (r >= plan.wrapFromRow && wrap.has(c)) setStyle(sheet, r, c, { alignment: { wrap: true, vertical: "Top" } });
    }),
  );
  sheet.merges.push(...plan.merges.map((m) => ({ ...m })));
  plan.columnWidths.forEach((chars, c) => setColumnWidth(sheet, c, widthInPoints(chars)));
  sheet.frozenRows = plan.freezeRows;
  wb.activeSheet = sheet.name;
  return sheet;
}
