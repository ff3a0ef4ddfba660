/**
 * From the findings a rule gave a safe fix to, the cell edits that apply them: the `before` of each
 * edit is the exact text the check read (so the host refuses when the user typed since), and
 * several fixes in one cell are applied together, right to left, skipping any that overlap.
 */
import type { Finding, Fix } from "../domain/finding";
import type { WorkbookGrid } from "../domain/grid";
import type { CellEdit } from "../host/edits";
import { gridCell } from "../host/edits";

export interface FixPlan {
  edits: CellEdit[];
  /** findings whose fix is in `edits` */
  fixed: Finding[];
}

/** The text the check read in a finding's fix cell; null when it is not text (nothing to fix). */
export function checkedText(grid: WorkbookGrid, sheet: string, cell: string): string | null {
  const found = grid.sheets.find((s) => s.name === sheet);
  const value = found ? gridCell(found, cell) : null;
  return typeof value === "string" ? value : null;
}

/** Applies fixes to one text, right to left; a fix overlapping one already applied is left out. */
export function applyToText(before: string, fixes: readonly Fix[]): { after: string; applied: Fix[] } {
  const sorted = [...fixes].sort((a, b) => b.start - a.start || b.end - a.end);
  let after = before;
  let floor = Number.POSITIVE_INFINITY;
  const applied: Fix[] = [];
  for (const fix of sorted) {
    if (fix.end > floor || fix.start < 0 || fix.end > before.length || fix.start > fix.end) continue;
    after = after.slice(0, fix.start) + fix.replacement + after.slice(fix.end);
    floor = fix.start;
    applied.push(fix);
  }
  return { after, applied };
}

export function planFixes(findings: readonly Finding[], grid: WorkbookGrid): FixPlan {
  // by cell, then by the span a fix replaces: two findings may carry one fix (one cell, two values)
  const byCell = new Map<string, { sheet: string; cell: string; fixes: Map<string, { fix: Fix; findings: Finding[] }> }>();
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix) continue;
    const id = `${finding.sheet}!${fix.cell}`;
    let entry = byCell.get(id);
    if (!entry) byCell.set(id, (entry = { sheet: finding.sheet, cell: fix.cell, fixes: new Map() }));
    const span = `${fix.start}:${fix.end}`;
    const same = entry.fixes.get(span);
    if (same) same.findings.push(finding);
    else entry.fixes.set(span, { fix, findings: [finding] });
  }
  const edits: CellEdit[] = [];
  const fixed: Finding[] = [];
  for (const { sheet, cell, fixes } of byCell.values()) {
    const before = checkedText(grid, sheet, cell);
    if (before === null) continue;
    const { after, applied } = applyToText(before, [...fixes.values()].map((v) => v.fix));
    if (after === before) continue;
    edits.push({ kind: "cell", sheet, cell, before, after });
    for (const v of fixes.values()) if (applied.includes(v.fix)) fixed.push(...v.findings);
  }
  return { edits, fixed };
}

/**
 * The rule's own description of a fix (将“≧”改为“≥”), in English when the pane is: the rule's
 * English words where it gives them, else the Chinese turned word for word (a finding saved
 * before the rules wrote English, or a rule that does not yet).
 */
export function fixDescription(fix: Fix, lang: "zh-CN" | "en"): string {
  if (lang !== "en") return fix.description;
  if (fix.descriptionEn) return fix.descriptionEn;
  return fix.description
    .replace(/将指标依次重新编号为“(.*)”/, "Renumber the indicators as “$1”")
    .replace(/改为/g, " to ")
    .replace(/^将/, "Change ")
    .replace(/（共?(\d+)处）/, " ($1 places)")
    .replace(/，/g, ", ");
}

/** The cell's text before and after, cut to `room` characters around the change so a long cell fits. */
export function fixPreview(before: string, fix: Fix, room = 40): { before: string; after: string } {
  const after = applyToText(before, [fix]).after;
  if (before.length <= room) return { before, after };
  const from = Math.max(0, fix.start - Math.floor(room / 2));
  const cut = (text: string, end: number) => `${from > 0 ? "…" : ""}${text.slice(from, end)}${end < text.length ? "…" : ""}`;
  const tail = Math.min(before.length, fix.end + Math.ceil(room / 2));
  return { before: cut(before, tail), after: cut(after, tail + fix.replacement.length - (fix.end - fix.start)) };
}
