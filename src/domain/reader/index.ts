/**
 * The reader: a WorkbookGrid (any host) → the typed model of its 绩效目标表 tables. Every sheet is
 * searched for a header in its first 30 rows, then for further tables (a new title, department or
 * header layout below the first); a header repeated at a page break continues the same table.
 * Never throws: whatever a sheet holds, the worst outcome is a ReadProblem.
 */
import type { SheetGrid, WorkbookGrid } from "../grid";
import { YUAN_PER_UNIT } from "../money";
import type { ColumnKey, ReadProblem, TableModel, WorkbookModel } from "../model";
import { cleanText } from "../text";
import { classifyDrafts } from "./classify";
import { expandedDrafts, expandedIndicators } from "./expanded";
import { findHeader, headerAt, matchHeaderLabel, sameColumns, type HeaderMatch } from "./header";
import { decideLayout, hasAmountColumns, missingColumns } from "./layout";
import { readMeta } from "./meta";
import { buildRows, columnAgencyOf, compactDrafts, compactIndicators, introRow, type TableContext } from "./rows";
import { foldSubtotals } from "./subtotals";
import { hiddenRowsNote } from "./hidden";
import { readForm } from "./form";
import { SheetView } from "./view";
import { JIXIAO_SHEETS } from "../sheet-names";

export { matchHeaderLabel } from "./header";
export { readerNotes, type ReaderNote } from "./notes";
export { isOrganisationName } from "./classify";
export { EXPECTED_COLUMNS } from "./layout";

/** The first table's header must start within the first 30 rows of its sheet. */
export const HEADER_SEARCH_ROWS = 30;

export function readWorkbook(grid: WorkbookGrid): WorkbookModel {
  const tables: TableModel[] = [];
  const problems: ReadProblem[] = [];
  // jixiao's own sheets (the 已说明 storage, the 审核意见表) are never tables to check
  const sheets: SheetGrid[] = (Array.isArray(grid?.sheets) ? grid.sheets : []).filter((s) => !JIXIAO_SHEETS.has(s?.name));
  for (const sheet of sheets) {
    try {
      tables.push(...readSheet(sheet, problems));
    } catch (e) {
      // a defect in the reader must not cost the user the other sheets
      const name = String(sheet?.name ?? "");
      problems.push({
        code: "unreadable",
        sheet: name,
        cell: null,
        message: `工作表“${name}”无法读取：${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }
  if (tables.length === 0) problems.push(noTable(sheets));
  return { tables, problems };
}

function noTable(sheets: SheetGrid[]): ReadProblem {
  const names = sheets.map((s) => `“${String(s?.name ?? "")}”`).join("、");
  const message = sheets.length
    ? `未找到绩效目标表：工作表${names}的前 ${HEADER_SEARCH_ROWS} 行中都没有“项目名称”“绩效目标”“绩效指标”等列组成的表头。`
    : "未找到绩效目标表：工作簿中没有工作表。";
  return { code: "no-table", sheet: null, cell: null, message };
}

export function readSheet(sheet: SheetGrid, problems: ReadProblem[]): TableModel[] {
  const view = new SheetView(sheet);
  const form = readForm(view);
  if (form) return [form];
  const out: TableModel[] = [];
  const limit = HEADER_SEARCH_ROWS - (sheet.originRow ?? 0);
  let header = findHeader(view, 0, limit);
  let from = 0;
  while (header) {
    const dataStart = header.lastRow + 1;
    const next = nextTable(view, header, dataStart);
    out.push(buildTable(view, from, header, dataStart, next ? next.start : view.rowCount, problems));
    if (!next) break;
    from = next.start;
    header = next.header;
  }
  if (view.uncomputed.size > 0) problems.push(uncomputedProblem(view));
  return out;
}

/** One note per sheet: which amounts are formulas without a result, and that they are not checked. */
function uncomputedProblem(view: SheetView): ReadProblem {
  const cells = [...view.uncomputed.entries()];
  const listed = cells.slice(0, 5).map(([cell, f]) => `${cell}（=${f}）`).join("、");
  return {
    code: "uncalculated-formulas",
    sheet: view.name,
    cell: cells[0][0],
    message:
      `工作表“${view.name}”中 ${cells.length} 个金额单元格的公式没有计算结果，请在 Excel 中打开并保存后再检查：` +
      `${listed}${cells.length > 5 ? " 等" : ""}。这些金额未参与核对。`,
  };
}

/**
 * The next table below `header`: a later header with a title or department above it, or with
 * different columns. A bare repeat of the same header (a page break) belongs to this table, and so
 * does one under a repeated title (`…（续）`).
 */
function nextTable(view: SheetView, header: HeaderMatch, dataStart: number): { start: number; header: HeaderMatch } | null {
  const title = firstTitle(view, Math.max(0, header.row - 5), header.row);
  for (let r = dataStart; r < view.rowCount; r++) {
    const h = headerAt(view, r);
    if (!h) continue;
    let start = r;
    let hasMeta = false;
    let sameTitle = true;
    for (let k = r - 1; k >= dataStart; k--) {
      if (view.rowIsBlank(k)) continue;
      const intro = introRow(view, k);
      if (!intro) break;
      start = k;
      if (intro === "meta") hasMeta = true;
      else {
        const t = cleanText(view.typedText(k, view.filledColumns(k)[0]));
        if (t !== title && !/续/.test(t)) sameTitle = false;
      }
    }
    if (!hasMeta && sameTitle && sameColumns(h.columns, header.columns)) {
      r = h.lastRow;
      continue;
    }
    return { start, header: h };
  }
  return null;
}

function firstTitle(view: SheetView, from: number, to: number): string | null {
  for (let r = from; r < to; r++) {
    if (introRow(view, r) === "title") return cleanText(view.typedText(r, view.filledColumns(r)[0]));
  }
  return null;
}

function buildTable(view: SheetView, from: number, header: HeaderMatch, dataStart: number, end: number, problems: ReadProblem[]): TableModel {
  const columns = header.columns;
  const layout = decideLayout(columns);
  const meta = readMeta(view, from, header.row, header.lastRow, columns);
  let moneyUnit = meta.moneyUnit;
  // Published tables are in 万元 unless they say otherwise; the assumption is kept visible.
  const moneyUnitAssumed = !moneyUnit && hasAmountColumns(columns);
  if (moneyUnitAssumed) moneyUnit = "万元";
  const ctx: TableContext = { view, columns, layout, department: meta.department, problems };
  const drafts = layout === "expanded" ? expandedDrafts(ctx, dataStart, end) : compactDrafts(ctx, dataStart, end);
  const unitScale = moneyUnit ? YUAN_PER_UNIT["万元"] / YUAN_PER_UNIT[moneyUnit] : 1;
  const kinds = classifyDrafts(drafts, unitScale);
  const built = buildRows(ctx, drafts, kinds, layout === "expanded" ? expandedIndicators : (c, d) => compactIndicators(c, d.rows[0]));
  const rows = foldSubtotals(built, columnAgencyOf(ctx));
  const table: TableModel = {
    sheet: view.name,
    layout,
    moneyUnit,
    title: meta.title,
    department: meta.department,
    budgetYear: meta.budgetYear,
    headerRow: view.sheetRow(header.row),
    headerCells: headerCells(view, header),
    columns,
    missingColumns: missingColumns(layout, columns),
    rows,
  };
  if (moneyUnitAssumed) table.moneyUnitAssumed = true;
  const hidden = hiddenRowsNote(view, view.sheetRow(dataStart), view.sheetRow(end - 1), columns, rows);
  if (hidden) table.notes = [hidden];
  return table;
}

function headerCells(view: SheetView, header: HeaderMatch): Partial<Record<ColumnKey, string>> {
  const out: Partial<Record<ColumnKey, string>> = {};
  for (const [key, c] of Object.entries(header.columns) as [ColumnKey, number][]) {
    let row = header.row;
    for (let r = header.row; r <= header.lastRow; r++) {
      const v = view.value(r, c);
      if (typeof v === "string" && matchHeaderLabel(v) === key) row = r;
    }
    out[key] = view.a1(row, c);
  }
  return out;
}
