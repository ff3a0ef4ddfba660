/**
 * The WorkbookHost seam. The task pane talks to Excel only through this interface; the Office.js
 * host (office-host.ts) is the only code that calls Excel.run, and the in-memory host serves tests,
 * the demo and the browser e2e. Every method rejects with a HostError (Chinese message) rather
 * than swallowing a failure.
 */
import type { WorkbookGrid } from "../domain/grid";
import type { Severity } from "../domain/finding";
import type { CellEdit, EditReceipt, WorkbookEdit } from "./edits";
import type { Explanation } from "../domain/review/explanations";
import type { ReviewSheetData } from "../domain/review/review-sheet";
import type { TemplateLayout } from "../domain/template/standard-table";

export type { CellEdit, EditReceipt, RowEdit, WorkbookEdit } from "./edits";

export interface Mark {
  sheet: string;
  cell: string;
  severity: Severity;
}

export type WriteValue = string | number | null;

export interface CellWrite {
  sheet: string;
  cell: string;
  value: WriteValue;
}

/** What applyFixes did, to undo it: the cell edits, each with the exact text before and after. */
export interface FixReceipt {
  edits: CellEdit[];
}

export interface ChangeEvent {
  sheet: string;
  /** A1 address or range of what changed ("B7" or "B7:D9") */
  address: string;
}

export interface WorkbookHost {
  readonly kind: "office" | "memory";
  /** Every sheet's values plus the formatting the reader needs, in one read sync. */
  readWorkbook(): Promise<WorkbookGrid>;
  /** Activate the sheet and select the cell, in one batch. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Mark cells without touching the user's formats; replaces marks from an earlier call. */
  markFindings(marks: Mark[]): Promise<void>;
  /** Remove every mark this add-in made, leaving formats exactly as they were. */
  clearMarks(): Promise<void>;
  /** Write values in one batch (fixes, the picker). Ignored by onChanged listeners. */
  writeCells(writes: CellWrite[]): Promise<void>;
  /**
   * Listen for user edits (raw events; the pane debounces them); returns an unsubscribe function.
   * `onError` hears a failure to listen (e.g. the workbook closed) instead of it going unheard.
   */
  onChanged(listener: (e: ChangeEvent) => void, onError?: (e: HostError) => void): () => void;
  /** The active cell (the top-left of the selection); null when no cell is selected. */
  getSelection(): Promise<SelectedCell | null>;
  /**
   * A reversible edit (the picker's insert, see edits.ts) in one read and one write sync; refuses
   * with a HostError when the live cells differ from what the edit was planned on. Not heard by
   * onChanged listeners.
   */
  applyEdit(edit: WorkbookEdit): Promise<EditReceipt>;
  /** Undoes an applied edit exactly; refuses when the user has since changed what it wrote. */
  undoEdit(receipt: EditReceipt): Promise<void>;
  /**
   * Safe fixes (修正 / 全部修正): every cell edit checked in one read sync, then all written in one
   * write sync; refuses, writing nothing, when any cell no longer holds its `before` text or holds
   * a formula. Not heard by onChanged listeners.
   */
  applyFixes(edits: readonly CellEdit[]): Promise<FixReceipt>;
  /** Restores every fixed cell byte for byte; refuses, writing nothing, when any was changed since. */
  undoFixes(receipt: FixReceipt): Promise<void>;
  /**
   * The explained findings (已说明) stored in the workbook's very hidden sheet `jixiao_explained`;
   * [] when there is none. Bad rows are left out (explanationsFromWorkbook reports them). The pane's
   * check needs no call: readWorkbook's grid already holds that sheet.
   */
  readExplanations(): Promise<Explanation[]>;
  /** Replaces the stored list in one write batch, creating the very hidden sheet on the first write. */
  writeExplanations(explanations: readonly Explanation[]): Promise<void>;
  /**
   * Writes the review sheet (审核意见表) as a new worksheet named data.name and activates it,
   * replacing a sheet of that name and touching no other sheet.
   */
  writeReviewSheet(data: ReviewSheetData): Promise<void>;
  /**
   * 新建绩效目标表: adds the standard table (src/domain/template) in `layout` as a new sheet under a
   * free name (项目支出绩效目标表, else …(2)), activates it and resolves to that name. Never
   * replaces or touches an existing sheet.
   */
  addStandardTable(layout: TemplateLayout): Promise<string>;
}

export interface SelectedCell {
  sheet: string;
  /** A1 of the active cell */
  cell: string;
}

/** A host failure with a message a user can act on. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly code: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "HostError";
  }
}
