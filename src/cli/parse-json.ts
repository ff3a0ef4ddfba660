/**
 * The JSON `jixiao parse` prints: the model as users read it, amounts as numbers in the table's
 * unit (null when blank or not a number), values as their raw text, level names as written.
 */
import { amountToJson } from "../domain/money";
import type { CategoryRef, Indicator, IndicatorValue, TableModel, TableRow, WorkbookModel } from "../domain/model";

export interface ParsedFileJson {
  file: string;
  tables: ReturnType<typeof tableJson>[];
  /** only when the file could not be read (or holds no table): the Chinese message */
  error?: string;
}

export function modelJson(file: string, model: WorkbookModel): ParsedFileJson {
  const out: ParsedFileJson = { file, tables: model.tables.map(tableJson) };
  const noTable = model.problems.find((p) => p.code === "no-table");
  if (noTable) out.error = noTable.message;
  return out;
}

function tableJson(t: TableModel) {
  return { sheet: t.sheet, layout: t.layout, moneyUnit: t.moneyUnit, rows: t.rows.map(rowJson) };
}

function rowJson(r: TableRow) {
  return {
    kind: r.kind,
    name: r.name,
    agency: r.agency,
    row: r.row,
    amounts: r.amounts
      ? {
          total: amountToJson(r.amounts.total),
          fiscal: amountToJson(r.amounts.fiscal),
          special: amountToJson(r.amounts.special),
          other: amountToJson(r.amounts.other),
        }
      : null,
    goal: r.goal ? r.goal.text : null,
    indicators: r.indicators.map(indicatorJson),
  };
}

/** A level as written; one the grammar only inferred from the taxonomy was not written: null. */
const level = (c: CategoryRef | null) => (c && !c.inferred ? c.name : null);
const value = (v: IndicatorValue | null) => (v ? v.text : null);

function indicatorJson(i: Indicator) {
  return {
    seq: i.seq,
    level1: level(i.level1),
    level2: level(i.level2),
    name: i.name ? i.name.text : null,
    periodValue: value(i.periodValue),
    annualValue: value(i.annualValue),
    cell: i.cell,
  };
}
