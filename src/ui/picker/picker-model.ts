/**
 * What the 插入指标 tab derives from the last check: the projects it can target, the table's scheme
 * and dialect, the validation context, and the plan for the current form. Plain functions over the
 * domain (no React), so the tab's components only render and the rules stay testable.
 */
import type { CheckRun } from "../run-check";
import type { SheetGrid } from "../../domain/grid";
import { fromA1 } from "../../domain/address";
import { projectsOf, type Indicator, type TableModel, type TableRow } from "../../domain/model";
import { detectScheme, type Scheme } from "../../domain/indicator/taxonomy";
import { detectDialect } from "../../domain/indicator/dialect";
import {
  PlanError,
  planInsert,
  tableDialect,
  validatePickerForm,
  type InsertPlan,
  type PickerContext,
  type PickerForm,
  type PickerValidation,
} from "../../domain/picker";
import { editFromPlan, guardsFor, type WorkbookEdit } from "../../host/edits";
import type { SelectedCell } from "../../host/host";

export interface Target {
  /** stable while the table keeps its shape: the sheet and the project's first row */
  key: string;
  table: TableModel;
  project: TableRow;
  grid: SheetGrid | null;
}

export const targetKey = (sheet: string, row: number): string => `${sheet}\u0000${row}`;

/** Every project of every table of the last check, in table order. */
export function targetsOf(run: CheckRun | null): Target[] {
  if (!run) return [];
  return run.model.tables.flatMap((table) => {
    const grid = run.grid.sheets.find((s) => s.name === table.sheet) ?? null;
    return projectsOf(table).map((project) => ({ key: targetKey(table.sheet, project.row), table, project, grid }));
  });
}

/** The project whose rows hold the selected cell; null when the cell is outside every project. */
export function targetAt(targets: readonly Target[], selection: SelectedCell | null): Target | null {
  const at = selection ? fromA1(selection.cell) : null;
  if (!selection || !at) return null;
  const row = at.row + 1;
  return targets.find((t) => t.table.sheet === selection.sheet && row >= t.project.row && row <= t.project.lastRow) ?? null;
}

/** The table's scheme from its indicators; null when they do not tell (the user chooses). */
export function schemeOf(table: TableModel): Scheme | null {
  return detectScheme(table.rows.flatMap((r) => r.indicators));
}

/** Whether the target's table writes a 实施周期指标值 at all (seed 000 writes only 年度指标值). */
export function writesPeriodValue(target: Target): boolean {
  if (target.table.layout === "expanded") return target.table.columns.periodValue !== undefined;
  const text = target.project.indicatorText ?? "";
  return detectDialect(text, tableDialect(target.table)).hasPeriodValue;
}

export function contextOf(target: Target, scheme: Scheme): PickerContext {
  return {
    scheme,
    moneyUnit: target.table.moneyUnit,
    projectTotal: target.project.amounts?.total ?? null,
    budgetYear: target.table.budgetYear,
    project: { name: target.project.name, indicators: target.project.indicators },
    sheet: target.table.sheet,
  };
}

export interface Planned {
  validation: PickerValidation;
  plan: InsertPlan | null;
  /** a plan that cannot be made or fails its own read-back check */
  planProblems: string[];
}

export function planFor(target: Target, scheme: Scheme, form: PickerForm, renumber: boolean): Planned {
  const validation = validatePickerForm(form, contextOf(target, scheme));
  if (!validation.ok || !validation.spec) return { validation, plan: null, planProblems: [] };
  try {
    const plan = planInsert(target.table, target.project, validation.spec, { renumber, merges: target.grid?.merges ?? [] });
    const planProblems = plan.kind === "compact" && !plan.check.ok ? plan.check.problems : [];
    return { validation, plan, planProblems };
  } catch (error) {
    if (error instanceof PlanError) return { validation, plan: null, planProblems: [error.message] };
    throw error;
  }
}

/** The host edit for a plan; a new row also guards the project's name cell against changes. */
export function editOf(target: Target, plan: InsertPlan): WorkbookEdit {
  if (plan.kind === "compact") return editFromPlan(plan);
  return editFromPlan(plan, target.grid ? guardsFor(target.grid, [target.project.nameCell]) : []);
}

export interface CopySource {
  /** index into `indicators` */
  id: string;
  project: string;
  indicator: Indicator;
}

/** The indicators of the table's other projects, for 从本表复制. */
export function copySources(target: Target): CopySource[] {
  return projectsOf(target.table)
    .filter((p) => p.row !== target.project.row)
    .flatMap((p) => p.indicators.filter((i) => i.name).map((indicator, k) => ({ id: `${p.row}:${k}`, project: p.name, indicator })));
}
