/**
 * 新建绩效目标表: the standard 项目支出绩效目标表 as a plan both hosts render (src/host/template-*.ts),
 * in the layout a user picks. It carries the title, the 部门名称/单位 line, the header, a 合计 row, an
 * agency subtotal row (where the layout has amounts) and one example project whose indicator values
 * are placeholders (≥XX次): the checker's placeholder-value rule points at each, and nothing else
 * is wrong, so a trainee starts from a table the checker passes once the XX are filled. Pure data.
 */
import type { MergedArea } from "../grid";

export type TemplateLayout = "compact" | "agency" | "expanded";
export const TEMPLATE_LAYOUTS: readonly TemplateLayout[] = ["compact", "agency", "expanded"];

export const STANDARD_TABLE_NAME = "项目支出绩效目标表";
const TITLE = "项目支出绩效目标表";
const DEPARTMENT_LINE = "部门名称：示例部门";
const UNIT_LINE = "单位：万元";
const AGENCY = "示例单位";
const PROJECT = "示例项目（请改为项目名称）";
const GOAL = "（示例）全年完成XX项工作，按期完成率达到XX%，服务对象满意度达到XX%。请改为本项目的年度绩效目标。";

/** Amounts are shown as Excel's "0.00": the published tables give 万元 to two places. */
export const AMOUNT_FORMAT = "0.00";

/** One example indicator per dimension the rules expect (产出数量/时效, 效益, 满意度, 成本). */
interface ExampleIndicator {
  level1: string;
  level2: string;
  name: string;
  nature: string;
  unit: string;
  value: string;
}

const EXAMPLE_INDICATORS: readonly ExampleIndicator[] = [
  { level1: "1-产出指标", level2: "11-数量指标", name: "完成工作次数", nature: "≥", unit: "次", value: "≥XX次" },
  { level1: "1-产出指标", level2: "13-时效指标", name: "工作按期完成率", nature: "≥", unit: "%", value: "≥XX%" },
  { level1: "2-效益指标", level2: "22-社会效益", name: "政策知晓率", nature: "≥", unit: "%", value: "≥XX%" },
  { level1: "3-满意度指标", level2: "31-服务对象满意度指标", name: "服务对象满意度", nature: "≥", unit: "%", value: "≥XX%" },
  { level1: "4-成本指标", level2: "41-经济成本指标", name: "项目支出成本", nature: "≤", unit: "万元", value: "≤XX万元" },
];

/** The indicators in one cell, numbered the way the published compact tables write them. */
function indicatorCell(numbered: "compact" | "agency"): string {
  return EXAMPLE_INDICATORS.map((ind, i) =>
    numbered === "compact"
      ? `${i + 1}、${ind.level1},${ind.level2},${ind.name}；实施周期指标值:${ind.value},年度指标值:${ind.value};`
      : `${i + 1}、${ind.level1.replace(/^\d+-/, "")}：${ind.name}，年度指标值：${ind.value}。`,
  ).join(numbered === "compact" ? "," : "");
}

export type TemplateCell = string | number | null;

export interface StandardTablePlan {
  layout: TemplateLayout;
  /** every cell, row by row, all rows the same length */
  rows: TemplateCell[][];
  /** per cell: AMOUNT_FORMAT on amounts, "General" elsewhere */
  numberFormats: string[][];
  /** the header row (0-based); the rows above it are the title and the 部门/单位 lines */
  headerRow: number;
  /** rows shown bold: title, header, 合计 and the agency subtotal */
  boldRows: number[];
  /** columns whose text cells wrap (goal, indicators, names) from the header down */
  wrapCols: number[];
  /** the title across the table */
  merges: MergedArea[];
  /** per column, in characters (the hosts turn them into their own unit) */
  columnWidths: number[];
  /** rows frozen above the scrolling data: everything down to the header */
  freezeRows: number;
}

const AMOUNT_HEADER = ["总计", "财政拨款", "财政专户拨款", "其他资金"];
const AMOUNTS = [0, 0, null, null];

interface Body {
  header: string[];
  data: TemplateCell[][];
  amountCols: number[];
  wrapCols: number[];
  widths: number[];
  /** rows of `data` that are totals (bold) */
  totalRows: number[];
}

function compactBody(): Body {
  return {
    header: ["项目名称（资金使用单位）", ...AMOUNT_HEADER, "绩效目标", "绩效指标"],
    data: [
      ["合计", ...AMOUNTS, null, null],
      [AGENCY, ...AMOUNTS, null, null],
      [PROJECT, ...AMOUNTS, GOAL, indicatorCell("compact")],
    ],
    amountCols: [1, 2, 3, 4],
    wrapCols: [0, 5, 6],
    widths: [28, 10, 10, 10, 10, 40, 60],
    totalRows: [0, 1],
  };
}

function agencyBody(): Body {
  // an agency table names the 主管部门 and 预算单位 on every project and has no amounts to total
  return {
    header: ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"],
    data: [["示例部门", AGENCY, PROJECT, GOAL, indicatorCell("agency")]],
    amountCols: [],
    wrapCols: [0, 1, 2, 3, 4],
    widths: [16, 16, 24, 40, 60],
    totalRows: [],
  };
}

function expandedBody(): Body {
  const header = ["项目名称（资金使用单位）", ...AMOUNT_HEADER, "绩效目标", "一级指标", "二级指标", "三级指标", "指标性质", "计量单位", "实施周期指标值", "年度指标值"];
  const blank = (): TemplateCell[] => header.map(() => null);
  const totals = (label: string): TemplateCell[] => [label, ...AMOUNTS, ...blank().slice(5)];
  const indicators = EXAMPLE_INDICATORS.map((ind, i) => {
    const lead: TemplateCell[] = i === 0 ? [PROJECT, ...AMOUNTS, GOAL] : blank().slice(0, 6);
    return [...lead, ind.level1, ind.level2, ind.name, ind.nature, ind.unit, ind.value, ind.value];
  });
  return {
    header,
    data: [totals("合计"), totals(AGENCY), ...indicators],
    amountCols: [1, 2, 3, 4],
    wrapCols: [0, 5, 6, 7, 8, 11, 12],
    widths: [28, 10, 10, 10, 10, 40, 14, 18, 20, 8, 8, 14, 14],
    totalRows: [0, 1],
  };
}

const BODIES: Record<TemplateLayout, () => Body> = { compact: compactBody, agency: agencyBody, expanded: expandedBody };

export function planStandardTable(layout: TemplateLayout): StandardTablePlan {
  const body = BODIES[layout]();
  const cols = body.header.length;
  const line = (first: string, last?: string): TemplateCell[] =>
    body.header.map((_, c) => (c === 0 ? first : c === cols - 1 && last ? last : null));
  const top = [line(TITLE), line(DEPARTMENT_LINE, UNIT_LINE)];
  const headerRow = top.length;
  const rows = [...top, body.header, ...body.data];
  const amountCols = new Set(body.amountCols);
  const numberFormats = rows.map((row, r) =>
    row.map((_, c) => (r > headerRow && amountCols.has(c) ? AMOUNT_FORMAT : "General")),
  );
  return {
    layout,
    rows,
    numberFormats,
    headerRow,
    boldRows: [0, headerRow, ...body.totalRows.map((r) => headerRow + 1 + r)],
    wrapCols: body.wrapCols,
    merges: [{ top: 0, left: 0, bottom: 0, right: cols - 1 }],
    columnWidths: body.widths,
    freezeRows: headerRow + 1,
  };
}

/** 项目支出绩效目标表, else 项目支出绩效目标表(2), (3)…: a new table never replaces a sheet. */
export function freeSheetName(existing: readonly string[], base: string = STANDARD_TABLE_NAME): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base}(${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
