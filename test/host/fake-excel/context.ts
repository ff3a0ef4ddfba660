/**
 * The fake Office.js runtime's engine: a request context that queues operations and runs them only
 * at sync(), like Office.js, plus the state shared by every Excel.run (the workbook, event
 * handlers, cell-edit mode, a closed workbook) and the counters tests assert on. Browser-safe: no
 * Node imports (the browser e2e bundles it).
 */
import type { MemoryWorkbook } from "../../../src/host/memory-workbook";

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(owner: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${property}`,
  );
}

/** read: loads; write: changes the workbook; ui: activate/select; meta: flags and event registration. */
export type OpKind = "read" | "write" | "ui" | "meta";

export interface Op {
  kind: OpKind;
  /** runs at sync time against the workbook; returns how many cells it loaded */
  run: () => number | void;
}

export interface SyncRecord {
  kind: "read" | "write" | "ui" | "empty";
  cells: number;
  ops: number;
  failed?: string;
}

export interface FakeStats {
  /** Excel.run calls */
  batches: number;
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  uiSyncs: number;
  cellsLoaded: number;
  maxCellsInOneSync: number;
  log: SyncRecord[];
}

export function emptyStats(): FakeStats {
  return { batches: 0, syncs: 0, readSyncs: 0, writeSyncs: 0, uiSyncs: 0, cellsLoaded: 0, maxCellsInOneSync: 0, log: [] };
}

export interface ChangedEventArgs {
  address: string;
  worksheetId: string;
  changeType: string;
  source: string;
  type: string;
  /** ExcelApi 1.14; absent on older hosts */
  triggerSource?: string;
}

export type ChangedHandler = (args: ChangedEventArgs) => Promise<unknown> | void;

export interface FakeOptions {
  /** requirement sets the host claims, e.g. { ExcelApi: "1.14" } (default 1.14) */
  sets?: Record<string, string>;
  /** false: change events carry no triggerSource (hosts before ExcelApi 1.14) */
  triggerSource?: boolean;
  /** a sync loading more cells than this fails with ResponsePayloadSizeLimitExceeded */
  maxCellsPerSync?: number;
}

/** State that outlives one Excel.run: what Office keeps between batches. */
export class FakeRuntime {
  readonly stats: FakeStats = emptyStats();
  readonly handlers = new Set<ChangedHandler>();
  enableEvents = true;
  closed = false;
  cellEdit = false;
  private cellEditWaiters: (() => void)[] = [];
  /** called before every sync with its 1-based number; may close the workbook or enter cell edit */
  beforeSync: ((syncNumber: number) => void) | null = null;

  constructor(
    readonly workbook: MemoryWorkbook,
    readonly options: Required<Pick<FakeOptions, "sets" | "triggerSource">> & FakeOptions,
  ) {}

  exitCellEdit(): void {
    this.cellEdit = false;
    const waiters = this.cellEditWaiters;
    this.cellEditWaiters = [];
    for (const w of waiters) w();
  }

  waitForCellEditExit(): Promise<void> {
    return new Promise((resolve) => this.cellEditWaiters.push(resolve));
  }

  /** Delivers a change event to every registered handler, after the current sync has returned. */
  emitChanged(args: ChangedEventArgs): void {
    if (!this.enableEvents) return;
    const event = { ...args };
    if (!this.options.triggerSource) delete event.triggerSource;
    for (const handler of [...this.handlers]) {
      void Promise.resolve().then(() => handler(event));
    }
  }
}

export interface RunOptions {
  delayForCellEdit?: boolean;
}

export class FakeContext {
  private queue: Op[] = [];
  /** number of syncs this context has completed */
  syncCount = 0;

  constructor(
    readonly state: FakeRuntime,
    readonly runOptions: RunOptions,
  ) {}

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const rt = this.state;
    const ops = this.queue;
    this.queue = [];
    const kinds = new Set(ops.map((o) => o.kind));
    const record: SyncRecord = {
      kind: kinds.has("write") ? "write" : kinds.has("ui") ? "ui" : kinds.has("read") ? "read" : "empty",
      cells: 0,
      ops: ops.length,
    };
    rt.stats.syncs += 1;
    if (record.kind === "read") rt.stats.readSyncs += 1;
    if (record.kind === "write") rt.stats.writeSyncs += 1;
    if (record.kind === "ui") rt.stats.uiSyncs += 1;
    rt.stats.log.push(record);
    try {
      rt.beforeSync?.(rt.stats.syncs);
      if (rt.closed) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", "Workbook");
      if (rt.cellEdit && ops.length) {
        if (!this.runOptions.delayForCellEdit) {
          throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.", "RequestContext.sync");
        }
        await rt.waitForCellEditExit();
        if (rt.closed) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", "Workbook");
      }
      // Like Office.js, operations run in order and a failure stops the batch where it is: the
      // operations before it have happened. A host that wants "all or nothing" must check first.
      for (const op of ops) {
        record.cells += op.run() ?? 0;
        const max = rt.options.maxCellsPerSync;
        if (max !== undefined && record.cells > max) {
          throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
        }
      }
    } catch (error) {
      record.failed = error instanceof FakeOfficeError ? error.code : String(error);
      throw error;
    } finally {
      rt.stats.cellsLoaded += record.cells;
      rt.stats.maxCellsInOneSync = Math.max(rt.stats.maxCellsInOneSync, record.cells);
      this.syncCount += 1;
    }
  }
}
