/**
 * One pass over the rows for many rules. A model of 10,000 projects holds ~50,000 indicators
 * spread over the heap, and walking them costs more in memory traffic than the checks themselves;
 * so the rules that look at rows, projects and indicators are written as visitors, and checkTable
 * runs all of them in a single walk (each rule's own check() still walks alone, for tests and
 * one-off use). The sums over agencies (subtotal-mismatch, total-mismatch) keep their own check().
 * The walk also carries what several rules ask of every indicator (its 一级, whether it is a cost
 * indicator), so that is worked out once per indicator rather than once per asking rule.
 */
import type { Indicator, TableModel, TableRow } from "../../model";
import type { ProjectVisitor, Scheme } from "../rule";
import { CategoryFacts } from "./categories";

type OnRow = (row: TableRow) => void;
type OnProject = (row: TableRow, facts: CategoryFacts) => void;
type OnIndicator = (row: TableRow, ind: Indicator, k: number, facts: CategoryFacts) => void;

/** Every row, and every project row and its indicators, once, handed to every visitor. */
export function walkProjects(table: TableModel, visitors: readonly ProjectVisitor[], scheme: Scheme): void {
  // the functions taken out once: the loop below makes ~700,000 calls at 10,000 projects, and a
  // property lookup on a different visitor shape each time would cost more than many of the checks
  const onRow: OnRow[] = [];
  const onProject: OnProject[] = [];
  const onIndicator: OnIndicator[] = [];
  for (const v of visitors) {
    if (v.row) onRow.push(v.row);
    if (v.project) onProject.push(v.project);
    if (v.indicator) onIndicator.push(v.indicator);
  }
  const facts = new CategoryFacts(scheme);
  const nr = onRow.length;
  const np = onProject.length;
  const ni = onIndicator.length;
  // indexed loops: the first pass runs before the engine optimises, and for…of then allocates per step
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let j = 0; j < nr; j++) onRow[j](row);
    if (row.kind !== "project") continue;
    for (let j = 0; j < np; j++) onProject[j](row, facts);
    if (ni === 0) continue;
    const inds = row.indicators;
    for (let k = 0; k < inds.length; k++) {
      const ind = inds[k];
      for (let j = 0; j < ni; j++) onIndicator[j](row, ind, k, facts);
    }
  }
  for (const v of visitors) v.end?.();
}
