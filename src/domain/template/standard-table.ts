/**
 * 新建绩效目标表: the standard 项目支出绩效目标表 as a plan both hosts render (src/host/template-*.ts),
 * in the layout a user picks. It carries the title, the 部门名称/单位 line, the header, a 合计 row, an
 * agency subtotal row (where the layout has amounts) and one example project whose indicator values
 * are placeholders (≥XX次): the checker's placeholder-value rule points at each, and nothing else
 * is wrong, so a trainee starts from a table the checker passes once the XX are filled. Pure data.
 */
import type { MergedArea } from "../grid";

export type TemplateLayout = "compact" | "agency" | "expanded" | "form";
export const TEMPLATE_LAYOUTS: readonly TemplateLayout[] = ["compact", "agency", "expanded", "form"];

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
  /** the header row (0-based); the rows above it are the title and the 部门/单位 lines (the form: its block too) */
  headerRow: number;
  /** the first row whose text cells wrap: the header, or the form's header block */
  wrapFromRow: number;
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
  /** the first row under the title and 部门/单位 lines (the form: its block's first line) */
  header: TemplateCell[];
  data: TemplateCell[][];
  amountCols: number[];
  wrapCols: number[];
  widths: number[];
  /** rows of `data` that are totals (bold) */
  totalRows: number[];
  /** the form: rows of `data` that head its indicator tables (the first is the plan's headerRow), its merges */
  form?: FormParts;
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

/** What sets the 申报表 apart: rows of its body (0 = the block's first row) to bold and merge, its amount cells. */
interface FormParts {
  headerRows: number[];
  boldRows: number[];
  merges: MergedArea[];
  amountCells: Array<[number, number]>;
  freezeRows: number;
}

const FORM_TITLE = "项目支出绩效目标申报表";

/**
 * The per-project 申报表 (src/domain/reader/form.ts reads it): a header block of labels with their
 * values to the right, then the 长期 (实施期) indicator table and the 年度 one, each 一级 | 二级 |
 * 三级 | 指标值 under a caption, the 一级 cells merged down over their rows as the published forms do.
 */
function formBody(): Body {
  const block: TemplateCell[][] = [
    ["项目名称", PROJECT, null, null, null],
    ["主管部门", "示例部门", null, "实施单位", AGENCY],
    ["项目资金（万元）", "资金总额", 0, null, null],
    [null, "其中：财政拨款", 0, null, null],
    [null, "其他资金", null, null, null],
    ["年度绩效目标", GOAL, null, null, null],
  ];
  const header = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"];
  const plain = (s: string): string => s.replace(/^\d+-/, "");
  const table = (caption: string, at: number): { rows: TemplateCell[][]; merges: MergedArea[] } => ({
    rows: [
      [caption, null, null, null, null],
      header,
      // 一级 once per run of equal ones: Excel keeps only a merge's first value
      ...EXAMPLE_INDICATORS.map((ind, i): TemplateCell[] => [
        null,
        i > 0 && EXAMPLE_INDICATORS[i - 1].level1 === ind.level1 ? null : plain(ind.level1),
        plain(ind.level2),
        ind.name,
        ind.value,
      ]),
    ],
    merges: [
      { top: at, left: 0, bottom: at, right: 4 },
      { top: at + 1, left: 0, bottom: at + 1 + EXAMPLE_INDICATORS.length, right: 0 },
      ...mergesDown(EXAMPLE_INDICATORS.map((ind) => ind.level1), at + 2, 1),
    ],
  });
  const long = table("长期绩效指标（实施期）", block.length);
  const year = table("年度绩效指标", block.length + long.rows.length);
  const [first, ...below] = [...block, ...long.rows, ...year.rows];
  const yearHeader = block.length + long.rows.length + 1;
  return {
    header: first,
    data: below,
    amountCols: [],
    wrapCols: [1, 3, 4],
    widths: [16, 16, 20, 24, 24],
    totalRows: [],
    form: {
      headerRows: [block.length + 1, yearHeader],
      boldRows: [block.length, block.length + 1, yearHeader - 1, yearHeader],
      merges: [
        { top: 0, left: 1, bottom: 0, right: 4 },
        { top: 2, left: 0, bottom: 4, right: 0 },
        { top: 5, left: 1, bottom: 5, right: 4 },
        ...long.merges,
        ...year.merges,
      ],
      amountCells: [
        [2, 2],
        [3, 2],
        [4, 2],
      ],
      freezeRows: 2,
    },
  };
}

/** The runs of equal values down a column, from `top`, as merges (一级指标 written once per group). */
function mergesDown(values: readonly string[], top: number, col: number): MergedArea[] {
  const out: MergedArea[] = [];
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (j + 1 < values.length && values[j + 1] === values[i]) j++;
    if (j > i) out.push({ top: top + i, left: col, bottom: top + j, right: col });
    i = j + 1;
  }
  return out;
}

const BODIES: Record<TemplateLayout, () => Body> = { compact: compactBody, agency: agencyBody, expanded: expandedBody, form: formBody };

export function planStandardTable(layout: TemplateLayout): StandardTablePlan {
  const body = BODIES[layout]();
  const cols = body.header.length;
  const line = (first: string, last?: string): TemplateCell[] =>
    body.header.map((_, c) => (c === 0 ? first : c === cols - 1 && last ? last : null));
  const top = [line(layout === "form" ? FORM_TITLE : TITLE), line(DEPARTMENT_LINE, UNIT_LINE)];
  const rows = [...top, body.header, ...body.data];
  const amountCols = new Set(body.amountCols);
  const formAmounts = new Set(body.form?.amountCells.map(([r, c]) => `${top.length + r}:${c}`));
  const isAmount = (r: number, c: number): boolean => (r > top.length && amountCols.has(c)) || formAmounts.has(`${r}:${c}`);
  const numberFormats = rows.map((row, r) => row.map((_, c) => (isAmount(r, c) ? AMOUNT_FORMAT : "General")));
  const title: MergedArea = { top: 0, left: 0, bottom: 0, right: cols - 1 };
  // the form's body starts with its header block, and its indicator tables come further down
  const at = (r: number): number => top.length + r;
  if (body.form) {
    const { headerRows, boldRows, merges, freezeRows } = body.form;
    return {
      layout,
      rows,
      numberFormats,
      headerRow: at(headerRows[0]),
      wrapFromRow: top.length,
      boldRows: [0, ...boldRows.map(at)],
      wrapCols: body.wrapCols,
      merges: [title, ...merges.map((m) => ({ ...m, top: at(m.top), bottom: at(m.bottom) }))],
      columnWidths: body.widths,
      freezeRows,
    };
  }
  const headerRow = top.length;
  return {
    layout,
    rows,
    numberFormats,
    headerRow,
    wrapFromRow: headerRow,
    boldRows: [0, headerRow, ...body.totalRows.map((r) => headerRow + 1 + r)],
    wrapCols: body.wrapCols,
    merges: [title],
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
