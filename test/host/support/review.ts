/**
 * Shared by the review host tests: both hosts over one MemoryWorkbook, the seed 002 table checked
 * the way the pane checks it, three findings a preparer would explain, a save/reload of the
 * in-memory workbook, and a snapshot of one sheet holding everything a user could see in it.
 */
import type { WorkbookGrid } from "../../../src/domain/grid";
import type { Finding } from "../../../src/domain/finding";
import { readWorkbook } from "../../../src/domain/reader";
import { checkWorkbook } from "../../../src/domain/check";
import { applyExplanations, explainFinding, type Explanation } from "../../../src/domain/review";
import { explanationsFromWorkbook } from "../../../src/domain/review/explanation-rows";
import type { WorkbookHost } from "../../../src/host/host";
import { MemoryHost } from "../../../src/host/memory-host";
import { OfficeHost } from "../../../src/host/office-host";
import { workbookFromGrid, workbookToGrid, type MemorySheet, type MemoryWorkbook } from "../../../src/host/memory-workbook";
import { createFakeExcel, type FakeExcel, type FakeOptions } from "../fake-excel";
import { SEEDS } from "./workbooks";

export const TABLE = SEEDS[2].name; // 项目支出绩效目标表 (广州市工商业联合会)
export const RUNNING = "广州市工商业联合会2025-2026年信息化运维项目";
export const SECRET = "TZMMZXJF";
export const AT = "2025-03-01T09:30:00.000Z";

export interface HostPair {
  label: string;
  make(wb: MemoryWorkbook, options?: FakeOptions): { host: WorkbookHost; workbook: MemoryWorkbook; fake: FakeExcel | null };
}

export const HOSTS: HostPair[] = [
  { label: "MemoryHost", make: (wb) => ({ host: MemoryHost.fromWorkbook(wb), workbook: wb, fake: null }) },
  {
    label: "OfficeHost over the fake Office.js",
    make: (wb, options) => {
      const fake = createFakeExcel(wb, options);
      return { host: new OfficeHost(fake), workbook: fake.workbook, fake };
    },
  },
];

/** Seed 002 alone, as a fresh in-memory workbook. */
export const seedBook = (): MemoryWorkbook => workbookFromGrid({ sheets: [SEEDS[2]] });

/** What the pane does after reading: check, then apply the explanations the grid carries. */
export function checkAndApply(grid: WorkbookGrid) {
  const findings = checkWorkbook(readWorkbook(grid)).findings;
  const stored = explanationsFromWorkbook(grid);
  return { findings, stored, ...applyExplanations(findings, stored.explanations) };
}

const pick = (findings: readonly Finding[], rule: string, project: string | null): Finding => {
  const f = findings.find((x) => x.rule === rule && x.project === project);
  if (!f) throw new Error(`seed 002 has no ${rule} finding for ${project}`);
  return f;
};

/** The agency subtotal 563.39 (a rounding gap), a two-year contract's cost, a confidential project. */
export function threeExplanations(findings: readonly Finding[]): { chosen: Finding[]; explanations: Explanation[] } {
  const chosen = [pick(findings, "subtotal-mismatch", null), pick(findings, "cost-exceeds-amount", RUNNING), pick(findings, "name-missing", SECRET)];
  const reasons = ["元折算万元的尾差", "两年期合同，按合同总额填报", "=涉密项目，指标不宜公开"];
  return { chosen, explanations: chosen.map((f, k) => explainFinding(f, reasons[k], "张三", AT)) };
}

/** Saving and opening again, in memory: the workbook as a grid, through JSON, and back. */
export function saveAndReload(wb: MemoryWorkbook): MemoryWorkbook {
  return workbookFromGrid(JSON.parse(JSON.stringify(workbookToGrid(wb))) as WorkbookGrid);
}

const sorted = <V>(map: Map<string | number, V> | undefined) =>
  [...(map?.entries() ?? [])].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));

/** JSON with object keys sorted: the order in which formats were set is not what a user sees. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** Everything about one sheet a user could see or Excel would save; `id` only when asked for. */
export function sheetSnapshot(sheet: MemorySheet, withId = true): string {
  return stringify({
    id: withId ? sheet.id : undefined,
    name: sheet.name,
    values: cellValues(sheet),
    styles: sorted(sheet.styles),
    merges: sheet.merges,
    conditionalFormats: sheet.conditionalFormats,
    protected: sheet.protected,
    formulas: sorted(sheet.formulas),
    numberFormats: sorted(sheet.numberFormats),
    visibility: sheet.visibility ?? "Visible",
    columnWidths: sorted(sheet.columnWidths),
    frozenRows: sheet.frozenRows ?? 0,
    pageLayout: sheet.pageLayout ?? null,
  });
}

/** The values with an empty cell always null and no trailing empties: a hole and a null look the same. */
function cellValues(sheet: MemorySheet): unknown[][] {
  const rows = Array.from(sheet.values, (row) => {
    const cells = Array.from(row ?? [], (v) => (v === undefined || v === "" ? null : v));
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

const stringify = (value: unknown): string => JSON.stringify(canonical(value));
