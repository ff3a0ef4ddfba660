/**
 * Which cells `jixiao fix` rewrites and to what: the safe fixes the findings carry (Finding.fix: a
 * span of the cell's own text and its replacement), grouped by cell and applied from the end of
 * the text backwards so earlier spans keep their offsets. A fix whose span overlaps one already
 * taken, or no longer fits the cell's text, is left for the next run rather than guessed at.
 */
import { fromA1 } from "../domain/address";
import type { Finding, Fix } from "../domain/finding";
import type { WorkbookGrid } from "../domain/grid";
import type { CellEdit } from "../file/patch";

export interface CellChange extends CellEdit {
  before: string;
  /** the fixes applied to this cell, in the order of the text */
  applied: Finding[];
}

export interface FixPlan {
  changes: CellChange[];
  /** findings with a fix that could not be applied this time (overlapping, or the cell is not text) */
  skipped: Finding[];
}

export function planFixes(findings: Finding[], grid: WorkbookGrid): FixPlan {
  const byCell = new Map<string, { sheet: string; cell: string; fixes: { finding: Finding; fix: Fix }[] }>();
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix) continue;
    const key = `${finding.sheet}\u0000${fix.cell}`;
    const entry = byCell.get(key) ?? { sheet: finding.sheet, cell: fix.cell, fixes: [] };
    entry.fixes.push({ finding, fix });
    byCell.set(key, entry);
  }
  const plan: FixPlan = { changes: [], skipped: [] };
  for (const { sheet, cell, fixes } of byCell.values()) {
    const before = cellText(grid, sheet, cell);
    if (before === null) {
      plan.skipped.push(...fixes.map((f) => f.finding));
      continue;
    }
    let text = before;
    let limit = before.length;
    const applied: Finding[] = [];
    // from the last span to the first; a span reaching into one already applied waits for the next run
    for (const { finding, fix } of [...fixes].sort((a, b) => b.fix.start - a.fix.start || b.fix.end - a.fix.end)) {
      if (fix.start < 0 || fix.end > limit || fix.start > fix.end) {
        plan.skipped.push(finding);
        continue;
      }
      text = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
      limit = fix.start;
      applied.unshift(finding);
    }
    if (applied.length > 0 && text !== before) plan.changes.push({ sheet, cell, text, before, applied });
  }
  return plan;
}

/** Writes the planned texts into the grid, so the next round of checking sees the fixed cells. */
export function applyToGrid(grid: WorkbookGrid, changes: CellChange[]): void {
  for (const c of changes) {
    const sheet = grid.sheets.find((s) => s.name === c.sheet);
    const at = fromA1(c.cell);
    if (!sheet || !at) continue;
    sheet.rows[at.row - (sheet.originRow ?? 0)][at.col - (sheet.originCol ?? 0)] = c.text;
  }
}

export function cellText(grid: WorkbookGrid, sheetName: string, cell: string): string | null {
  const sheet = grid.sheets.find((s) => s.name === sheetName);
  const at = fromA1(cell);
  if (!sheet || !at) return null;
  const value = sheet.rows[at.row - (sheet.originRow ?? 0)]?.[at.col - (sheet.originCol ?? 0)];
  return typeof value === "string" ? value : null;
}
