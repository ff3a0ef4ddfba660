/**
 * Which of the three published layouts a header describes, and which of that layout's standard
 * columns it lacks (reported later as column-missing).
 */
import type { ColumnKey, ColumnMap, Layout } from "../model";

export const EXPECTED_COLUMNS: Record<Layout, ColumnKey[]> = {
  compact: ["name", "total", "fiscal", "special", "other", "goal", "indicators"],
  agency: ["department", "agency", "name", "goal", "indicators"],
  expanded: ["name", "level1", "level2", "level3", "annualValue", "goal"],
  // a 申报表 has a header block, not columns: nothing is missing by column
  form: [],
};

export const AMOUNT_COLUMNS = ["total", "fiscal", "special", "other"] as const;

export function hasAmountColumns(columns: ColumnMap): boolean {
  return AMOUNT_COLUMNS.some((k) => columns[k] !== undefined);
}

export function decideLayout(columns: ColumnMap): Layout {
  // one row per indicator: the level columns are what sets it apart
  if (columns.level3 !== undefined || (columns.level1 !== undefined && columns.level2 !== undefined)) return "expanded";
  if ((columns.department !== undefined || columns.agency !== undefined) && !hasAmountColumns(columns)) return "agency";
  return "compact";
}

export function missingColumns(layout: Layout, columns: ColumnMap): ColumnKey[] {
  return EXPECTED_COLUMNS[layout].filter((k) => columns[k] === undefined);
}
