/**
 * Small TableModels for rule tests, built from a compact description instead of a workbook:
 *
 *   buildTable({ rows: [
 *     { kind: "agency", name: "广州市工商业联合会", amounts: ["563.39", "563.39"] },
 *     { name: "工作经费", amounts: ["12.00", "12.00"], goal: "…", indicators: "1、1-产出指标；…" },
 *   ] })
 *
 * Compact layout: A 项目名称 | B 总计 | C 财政拨款 | D 财政专户拨款 | E 其他资金 | F 绩效目标 | G 绩效指标,
 * header on row 3, data from row 4. Agency layout (no amounts): A 主管部门 | B 预算单位 | C 项目名称 |
 * D 绩效目标 | E 绩效指标. Indicator text goes through GRAMMAR's parseIndicatorCell, as the reader does.
 */
import { toA1 } from "../../src/domain/address";
import { parseIndicatorCell } from "../../src/domain/indicator/parse";
import { parseAmount, type MoneyUnit } from "../../src/domain/money";
import type { Amounts, ColumnKey, ColumnMap, Indicator, Layout, RowKind, TableModel, TableRow } from "../../src/domain/model";
import type { CellValue } from "../../src/domain/grid";
import { cleanText } from "../../src/domain/text";

export interface RowSpec {
  kind?: RowKind;
  name: string;
  /** [总计, 财政拨款, 财政专户拨款, 其他资金]; missing entries are blank */
  amounts?: CellValue[];
  goal?: string | null;
  /** the 绩效指标 cell text, or indicators built by hand */
  indicators?: string | Indicator[] | null;
  /** the agency of a project; defaults to the agency row above it (or the 预算单位 in the agency layout) */
  agency?: string | null;
}

export interface TableSpec {
  sheet?: string;
  layout?: Extract<Layout, "compact" | "agency">;
  moneyUnit?: MoneyUnit | null;
  budgetYear?: number | null;
  title?: string | null;
  missingColumns?: ColumnKey[];
  rows: RowSpec[];
}

export const HEADER_ROW = 3;

const COMPACT: ColumnMap = { name: 0, total: 1, fiscal: 2, special: 3, other: 4, goal: 5, indicators: 6 };
const AGENCY: ColumnMap = { department: 0, agency: 1, name: 2, goal: 3, indicators: 4 };

export function buildTable(spec: TableSpec): TableModel {
  const layout = spec.layout ?? "compact";
  const columns = layout === "compact" ? COMPACT : AGENCY;
  let agency: string | null = null;
  const rows: TableRow[] = spec.rows.map((r, k) => {
    const row = HEADER_ROW + 1 + k;
    const kind = r.kind ?? "project";
    if (kind === "agency") agency = r.name;
    if (kind === "total") agency = null;
    return buildRow(r, kind, row, columns, layout === "compact", kind === "project" ? (r.agency !== undefined ? r.agency : agency) : kind === "agency" ? r.name : null);
  });
  const headerCells: Partial<Record<ColumnKey, string>> = {};
  for (const [key, col] of Object.entries(columns)) headerCells[key as ColumnKey] = toA1(HEADER_ROW - 1, col as number);
  return {
    sheet: spec.sheet ?? "项目支出绩效目标表",
    layout,
    moneyUnit: spec.moneyUnit === undefined ? (layout === "compact" ? "万元" : null) : spec.moneyUnit,
    title: spec.title ?? "项目支出绩效目标表（含转移支付项目）",
    department: null,
    budgetYear: spec.budgetYear ?? null,
    headerRow: HEADER_ROW,
    headerCells,
    columns,
    missingColumns: spec.missingColumns ?? [],
    rows,
  };
}

function buildRow(r: RowSpec, kind: RowKind, row: number, columns: ColumnMap, withAmounts: boolean, agency: string | null): TableRow {
  const cell = (key: keyof ColumnMap) => toA1(row - 1, columns[key] as number);
  let amounts: Amounts | null = null;
  if (withAmounts) {
    const a = r.amounts ?? [];
    amounts = { total: parseAmount(a[0] ?? null), fiscal: parseAmount(a[1] ?? null), special: parseAmount(a[2] ?? null), other: parseAmount(a[3] ?? null) };
  }
  const indicatorText = typeof r.indicators === "string" ? r.indicators : null;
  const indicators: Indicator[] =
    typeof r.indicators === "string" ? parseIndicatorCell(r.indicators, cell("indicators"), row) : (r.indicators ?? []);
  const goalText = r.goal ? cleanText(r.goal) : "";
  return {
    kind,
    name: r.name,
    nameCell: cell("name"),
    row,
    lastRow: row,
    agency,
    department: null,
    amounts,
    amountCells: withAmounts ? { total: cell("total"), fiscal: cell("fiscal"), special: cell("special"), other: cell("other") } : {},
    goal: goalText ? { text: goalText, cell: cell("goal"), cellText: r.goal! } : null,
    goalCell: cell("goal"),
    indicators,
    indicatorCell: cell("indicators"),
    indicatorText: indicatorText && indicatorText.trim() ? indicatorText : null,
  };
}

/** A one-project compact table: the usual shape of a rule test. */
export function oneProject(p: Omit<RowSpec, "kind" | "name"> & { name?: string }, table: Omit<TableSpec, "rows"> = {}): TableModel {
  return buildTable({ ...table, rows: [{ name: p.name ?? "测试项目", amounts: ["10.00", "10.00"], goal: "保障工作正常开展。", ...p }] });
}
