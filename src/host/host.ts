/**
 * The WorkbookHost seam. The task pane talks to Excel only through this interface; the Office.js
 * host (office-host.ts) is the only code that calls Excel.run, and the in-memory host serves tests,
 * the demo and the browser e2e. Every method rejects with a HostError (Chinese message) rather
 * than swallowing a failure.
 */
import type { WorkbookGrid } from "../domain/grid";
import type { Severity } from "../domain/finding";

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
