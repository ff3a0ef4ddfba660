/**
 * Real picker edits on the seeds, made the way the pane makes them: seed 002 as published (compact:
 * one 绩效指标 cell per project) and in the expanded layout (one row per indicator, merged project
 * cells), a form validated by the picker, planned by planInsert and turned into a host edit.
 */
import type { SheetGrid, WorkbookGrid } from "../../../src/domain/grid";
import { readWorkbook } from "../../../src/domain/reader";
import { projectsOf, type TableModel, type TableRow } from "../../../src/domain/model";
import { detectScheme } from "../../../src/domain/indicator/taxonomy";
import { emptyPickerForm, emptyValueForm, planInsert, validatePickerForm, type InsertPlan, type PickerForm } from "../../../src/domain/picker";
import { editFromPlan, guardsFor, type CellEdit, type RowEdit } from "../../../src/host/edits";
import { loadSampleGrid } from "../../support/fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { expandedGrid } = require("../../../scripts/fixtures/expanded") as { expandedGrid: (g: SheetGrid) => SheetGrid };

/** 2-效益指标 / 22-社会效益 / 政策知晓率 ≥90%: what seed 002's 政企沟通服务中心运营经费 lacks. */
export function awarenessForm(): PickerForm {
  return {
    ...emptyPickerForm(),
    level1: "2",
    level2: "22",
    name: "政策知晓率",
    period: { ...emptyValueForm("rate"), number: "90" },
  };
}

export interface PlannedEdit<E> {
  grid: WorkbookGrid;
  table: TableModel;
  project: TableRow;
  plan: InsertPlan;
  edit: E;
}

function plan(sheet: SheetGrid, projectName: string, form: PickerForm) {
  const grid = { sheets: [sheet] };
  const table = readWorkbook(grid).tables[0];
  const project = projectsOf(table).find((p) => p.name === projectName);
  if (!project) throw new Error(`no project ${projectName}`);
  const scheme = detectScheme(table.rows.flatMap((r) => r.indicators)) ?? "traditional";
  const checked = validatePickerForm(form, { scheme, moneyUnit: table.moneyUnit, projectTotal: null, budgetYear: table.budgetYear });
  if (!checked.spec) throw new Error(checked.errors.map((e) => e.message).join("; "));
  const planned = planInsert(table, project, checked.spec, { merges: sheet.merges ?? [] });
  return { grid, table, project, plan: planned };
}

export const COMPACT_PROJECT = "政企沟通服务中心运营经费";
export const EXPANDED_PROJECT = "非公经济专项经费";

/** Seed 002 as published: the 效益 indicator appended to G9. */
export function compactEdit(form = awarenessForm()): PlannedEdit<CellEdit> {
  const p = plan(loadSampleGrid("002"), COMPACT_PROJECT, form);
  return { ...p, edit: editFromPlan(p.plan) as CellEdit };
}

/** Seed 002 expanded: a new row under 非公经济专项经费's last indicator, its merges extended. */
export function expandedEdit(form = awarenessForm(), sheet = expandedGrid(loadSampleGrid("002"))): PlannedEdit<RowEdit> {
  const p = plan(sheet, EXPANDED_PROJECT, form);
  return { ...p, edit: editFromPlan(p.plan, guardsFor(p.grid.sheets[0], [p.project.nameCell])) as RowEdit };
}
