/**
 * The in-memory host: the demo outside Excel, the pane's jsdom tests and the browser e2e. It keeps
 * the promises OfficeHost keeps (see test/host/contract.ts): marks are conditional formats that
 * never touch a cell's format, clearing removes only ours, our own writes raise no change event, a
 * protected sheet refuses marks and writes with a Chinese message and nothing half done.
 */
import type { WorkbookGrid } from "../domain/grid";
import type { Severity } from "../domain/finding";
import { fromA1 } from "../domain/address";
import { HostError, type CellWrite, type ChangeEvent, type FixReceipt, type Mark, type SelectedCell, type WorkbookHost } from "./host";
import type { CellEdit, EditReceipt, WorkbookEdit } from "./edits";
import { applyFixesInMemory, undoFixesInMemory } from "./fix-memory";
import { applyEditInMemory, undoEditInMemory } from "./insert-memory";
import type { Explanation, ReviewSheetData } from "../domain/review";
import { EXPLAINED_SHEET } from "../domain/review/sheet-names";
import { readExplanationsInMemory, writeExplanationsInMemory } from "./explanations-memory";
import { planReviewSheet } from "./review-sheet-plan";
import { renderReviewSheetInMemory } from "./review-sheet-memory";
import { hostMessages } from "./errors";
import { freeSheetName, planStandardTable, type TemplateLayout } from "../domain/template/standard-table";
import { renderStandardTableInMemory } from "./template-memory";
import { MARK_FILLS, isMarkFormula, markFormula, planMarks } from "./marks";
import {
  addConditionalFormat,
  effectiveFill,
  findSheet,
  setValue,
  workbookFromGrid,
  workbookToGrid,
  type MemorySheet,
  type MemoryWorkbook,
} from "./memory-workbook";
import { contains, formatRange, parseRange } from "./ranges";

export type HostOperation =
  | "readWorkbook" | "selectCell" | "markFindings" | "clearMarks" | "writeCells"
  | "getSelection" | "applyEdit" | "undoEdit" | "applyFixes" | "undoFixes"
  | "readExplanations" | "writeExplanations" | "writeReviewSheet" | "addStandardTable";

export interface MemoryHostOptions {
  /** Each call waits this long first, so a test can see the pane's progress state. */
  latencyMs?: number;
  /** Work on this workbook instead of building one from the grid (see fromWorkbook). */
  workbook?: MemoryWorkbook;
}

export class MemoryHost implements WorkbookHost {
  readonly kind = "memory" as const;
  /** The workbook itself, for assertions (selection, formats, conditional formats, values). */
  readonly workbook: MemoryWorkbook;
  /** Every writeCells batch, in order. */
  readonly writes: CellWrite[][] = [];
  private readonly listeners = new Set<(e: ChangeEvent) => void>();
  private readonly followers = new Set<() => void>();
  /** Counts the changes a sheet view can see (values, marks, selection, sheets); see subscribe. */
  version = 0;
  /** The same, leaving out selection moves (a sheet view redraws cells only when this changes). */
  contentVersion = 0;
  private readonly failures = new Map<HostOperation, HostError>();
  private readonly latencyMs: number;

  constructor(grid: WorkbookGrid, options: MemoryHostOptions = {}) {
    this.workbook = options.workbook ?? workbookFromGrid(grid);
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** A host over a workbook built by hand (protected sheets, formats, a user's own rules). */
  static fromWorkbook(workbook: MemoryWorkbook, options: MemoryHostOptions = {}): MemoryHost {
    return new MemoryHost({ sheets: [] }, { ...options, workbook });
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    await this.begin("readWorkbook");
    return workbookToGrid(this.workbook);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.begin("selectCell");
    this.sheet(sheet);
    const at = fromA1(cell);
    if (!at) throw new HostError(hostMessages.badCell(sheet, cell), "InvalidArgument");
    this.workbook.activeSheet = sheet;
    this.workbook.selection = { sheet, cell: formatRange({ top: at.row, left: at.col, bottom: at.row, right: at.col }) };
    this.version += 1;
    this.notify();
  }

  async markFindings(marks: Mark[]): Promise<void> {
    await this.begin("markFindings");
    const plans = planMarks(marks);
    const touched = new Set([...plans.map((p) => p.sheet), ...this.sheetsWithMarks().map((s) => s.name)]);
    // Every check before the first change, so a refusal leaves the workbook as it was.
    for (const name of touched) this.writable(this.sheet(name));
    this.removeMarks();
    for (const plan of plans) {
      addConditionalFormat(this.workbook, this.sheet(plan.sheet), {
        type: "Custom",
        ranges: plan.areas,
        formula: markFormula(plan.severity),
        fill: MARK_FILLS[plan.severity],
        fontColor: null,
      });
    }
    this.changed();
  }

  async clearMarks(): Promise<void> {
    await this.begin("clearMarks");
    for (const sheet of this.sheetsWithMarks()) this.writable(sheet);
    this.removeMarks();
    this.changed();
  }

  async writeCells(writes: CellWrite[]): Promise<void> {
    await this.begin("writeCells");
    const targets = writes.map((w) => {
      const sheet = this.writable(this.sheet(w.sheet));
      const at = fromA1(w.cell);
      if (!at) throw new HostError(hostMessages.badCell(w.sheet, w.cell), "InvalidArgument");
      return { sheet, at, value: w.value };
    });
    for (const t of targets) setValue(t.sheet, t.at.row, t.at.col, t.value);
    this.writes.push(writes.map((w) => ({ ...w })));
    this.changed();
    // Our own writes raise no change event, as OfficeHost filters them by triggerSource.
  }

  async getSelection(): Promise<SelectedCell | null> {
    await this.begin("getSelection");
    const selected = this.workbook.selection;
    const rect = selected ? parseRange(selected.cell) : null;
    if (!selected || !rect) return null;
    return { sheet: selected.sheet, cell: formatRange({ ...rect, bottom: rect.top, right: rect.left }) };
  }

  async applyEdit(edit: WorkbookEdit): Promise<EditReceipt> {
    await this.begin("applyEdit");
    // Our own edit raises no change event, as for writeCells.
    return this.changed(applyEditInMemory(this.workbook, edit));
  }

  async undoEdit(receipt: EditReceipt): Promise<void> {
    await this.begin("undoEdit");
    undoEditInMemory(this.workbook, receipt);
    this.changed();
  }

  async applyFixes(edits: readonly CellEdit[]): Promise<FixReceipt> {
    await this.begin("applyFixes");
    return this.changed(applyFixesInMemory(this.workbook, edits));
  }

  async undoFixes(receipt: FixReceipt): Promise<void> {
    await this.begin("undoFixes");
    undoFixesInMemory(this.workbook, receipt);
    this.changed();
  }

  async readExplanations(): Promise<Explanation[]> {
    await this.begin("readExplanations");
    return readExplanationsInMemory(this.workbook).explanations;
  }

  async writeExplanations(explanations: readonly Explanation[]): Promise<void> {
    await this.begin("writeExplanations");
    const stored = findSheet(this.workbook, EXPLAINED_SHEET);
    if (stored) this.writable(stored);
    writeExplanationsInMemory(this.workbook, explanations);
    this.changed();
  }

  async writeReviewSheet(data: ReviewSheetData): Promise<void> {
    await this.begin("writeReviewSheet");
    const plan = planReviewSheet(data);
    const old = findSheet(this.workbook, plan.name);
    if (old) this.writable(old);
    renderReviewSheetInMemory(this.workbook, plan);
    this.changed();
  }

  async addStandardTable(layout: TemplateLayout): Promise<string> {
    await this.begin("addStandardTable");
    const name = freeSheetName(this.workbook.sheets.map((s) => s.name));
    renderStandardTableInMemory(this.workbook, name, planStandardTable(layout));
    return this.changed(name);
  }

  onChanged(listener: (e: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Calls `listener` after every change the workbook shows (selection, marks, writes, fixes and
   * inserts and their undo, explanations, added sheets), so the browser workspace's sheet view can
   * follow the pane. Not on WorkbookHost: in Excel, Excel itself is the sheet view.
   */
  subscribe(listener: () => void): () => void {
    this.followers.add(listener);
    return () => {
      this.followers.delete(listener);
    };
  }

  // ---- hooks for tests and the browser e2e ----

  /** A user typing into a cell: the value changes and onChanged listeners hear about it. */
  setCellByUser(sheet: string, cell: string, value: string | number | null): void {
    const target = this.sheet(sheet);
    const at = fromA1(cell);
    if (!at) throw new HostError(hostMessages.badCell(sheet, cell), "InvalidArgument");
    setValue(target, at.row, at.col, value);
    this.changed();
    for (const listener of [...this.listeners]) listener({ sheet, address: cell });
  }

  /** The next call of `operation` rejects with `error` (for the pane's error states). */
  failNext(operation: HostOperation, error: HostError): void {
    this.failures.set(operation, error);
  }

  /** Marks as a user sees them: every cell covered by one of our rules, with its severity. */
  markedCells(): { sheet: string; cell: string; severity: Severity }[] {
    const out: { sheet: string; cell: string; severity: Severity }[] = [];
    for (const sheet of this.workbook.sheets) {
      for (const cf of sheet.conditionalFormats) {
        if (!isMarkFormula(cf.formula)) continue;
        const severity = /"jixiao:mark:(\w+)"/.exec(cf.formula)?.[1] as Severity;
        for (const r of cf.ranges)
          for (let row = r.top; row <= r.bottom; row++)
            for (let col = r.left; col <= r.right; col++)
              out.push({ sheet: sheet.name, cell: formatRange({ top: row, left: col, bottom: row, right: col }), severity });
      }
    }
    return out;
  }

  /** The fill a user sees in a cell (a mark's colour over the cell's own fill); null = no fill. */
  fillAt(sheet: string, cell: string): string | null {
    const at = fromA1(cell);
    if (!at) throw new HostError(hostMessages.badCell(sheet, cell), "InvalidArgument");
    return effectiveFill(this.sheet(sheet), at.row, at.col);
  }

  isMarked(sheet: string, cell: string): boolean {
    const at = fromA1(cell);
    const target = findSheet(this.workbook, sheet);
    if (!at || !target) return false;
    return target.conditionalFormats.some((cf) => isMarkFormula(cf.formula) && cf.ranges.some((r) => contains(r, at.row, at.col)));
  }

  // ---- internals ----

  private async begin(operation: HostOperation): Promise<void> {
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const failure = this.failures.get(operation);
    if (failure) {
      this.failures.delete(operation);
      throw failure;
    }
  }

  /** Counts a change and tells the followers; passes `result` through so a return stays one line. */
  private changed<T = void>(result?: T): T {
    this.version += 1;
    this.contentVersion += 1;
    this.notify();
    return result as T;
  }

  private notify(): void {
    for (const follower of [...this.followers]) follower();
  }

  private sheet(name: string): MemorySheet {
    const sheet = findSheet(this.workbook, name);
    if (!sheet) throw new HostError(hostMessages.sheetNotFound(name), "ItemNotFound");
    return sheet;
  }

  private writable(sheet: MemorySheet): MemorySheet {
    if (sheet.protected) throw new HostError(hostMessages.protectedSheet(sheet.name), "AccessDenied");
    return sheet;
  }

  private sheetsWithMarks(): MemorySheet[] {
    return this.workbook.sheets.filter((s) => s.conditionalFormats.some((cf) => isMarkFormula(cf.formula)));
  }

  private removeMarks(): void {
    for (const sheet of this.workbook.sheets) {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !isMarkFormula(cf.formula));
    }
  }
}
