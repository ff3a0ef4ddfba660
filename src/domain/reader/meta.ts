/**
 * What the rows above a header say about the table: its title, the department (部门名称：/单位名称：),
 * the money unit (单位：万元) and the budget year in the title (2025年…).
 */
import type { MoneyUnit } from "../money";
import type { ColumnMap } from "../model";
import { cleanText } from "../text";
import type { SheetView } from "./view";

export interface TableMeta {
  title: string | null;
  department: string | null;
  moneyUnit: MoneyUnit | null;
  budgetYear: number | null;
}

const DEPARTMENT = /(?:部门名称|单位名称|主管部门|预算部门|填报单位|编制单位)\s*[:：]\s*(.*)$/;
const UNIT = /单位\s*[:：]\s*(万元|元|亿元)/;
/** a unit written inside a header label: 总计（万元） */
const HEADER_UNIT = /[（(](万元|元|亿元)[)）]/;
const YEAR = /((?:19|20)\d{2})\s*年/;
/** a title names the kind of table */
const TITLE = /表|目标|绩效/;

/** Cuts a unit written on the same line as the department: `部门名称：X 单位：万元`. */
function departmentOf(text: string): string | null {
  const m = DEPARTMENT.exec(text);
  if (!m) return null;
  let name = m[1].replace(/\s*(金额)?单位\s*[:：].*$/, "");
  // `(部门)` marks the level of the unit in some exports; it is not part of the name
  name = name.replace(/[（(]部门[)）]\s*$/, "").trim();
  return name || null;
}

function unitOf(text: string): MoneyUnit | null {
  const m = UNIT.exec(text);
  return m ? (m[1] as MoneyUnit) : null;
}

export function readMeta(view: SheetView, from: number, headerRow: number, headerLastRow: number, columns: ColumnMap): TableMeta {
  const meta: TableMeta = { title: null, department: null, moneyUnit: null, budgetYear: null };
  for (let r = Math.max(0, from); r < headerRow; r++) {
    for (const c of view.filledColumns(r)) {
      const text = cleanText(view.typedText(r, c));
      if (text.length > 200) continue;
      const dept = departmentOf(text);
      if (dept && !meta.department) meta.department = dept;
      const unit = unitOf(text);
      if (unit && !meta.moneyUnit) meta.moneyUnit = unit;
      if (!dept && !unit && !meta.title && TITLE.test(text)) meta.title = text;
    }
  }
  if (!meta.moneyUnit) meta.moneyUnit = unitInHeader(view, headerRow, headerLastRow, columns);
  const year = meta.title ? YEAR.exec(meta.title) : null;
  if (year) meta.budgetYear = Number(year[1]);
  return meta;
}

function unitInHeader(view: SheetView, headerRow: number, headerLastRow: number, columns: ColumnMap): MoneyUnit | null {
  for (const key of ["total", "fiscal", "special", "other"] as const) {
    const c = columns[key];
    if (c === undefined) continue;
    for (let r = headerRow; r <= headerLastRow; r++) {
      const m = HEADER_UNIT.exec(view.typedText(r, c));
      if (m) return m[1] as MoneyUnit;
    }
  }
  return null;
}
