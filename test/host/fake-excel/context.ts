/**
 * The fake Office.js runtime's engine: a request context that queues operations and runs them only
 * at sync(), like Office.js, plus the state shared by every Excel.run (the workbook, event
 * handlers, cell-edit mode, a closed workbook) and the counters tests assert on. Browser-safe: no
 * Node imports (the browser e2e bundles it).
 */
import type { MemoryWorkbook } from "../../../src/host/memory-workbook";
import { PAYLOAD_LIMIT_BYTES } from "../../../src/host/office-payload";

export { jsonBytes } from "../../../src/host/office-payload";

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

/** What one operation moved over the wire: cells loaded and the estimated bytes of the response. */
export interface Transfer {
  cells: number;
  bytes: number;
}

export interface Op {
  kind: OpKind;
  /** runs at sync time against the workbook; returns how many cells it loaded (or a Transfer) */
  run: () => number | Transfer | void;
}

export interface SyncRecord {
  kind: "read" | "write" | "ui" | "empty";
  cells: number;
  /** estimated response bytes (loaded values serialised as JSON, UTF-8) */
  bytes: number;
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
  bytesLoaded: number;
  maxBytesInOneSync: number;
  log: SyncRecord[];
}

export function emptyStats(): FakeStats {
  return { batches: 0, syncs: 0, readSyncs: 0, writeSyncs: 0, uiSyncs: 0, cellsLoaded: 0, maxCellsInOneSync: 0, bytesLoaded: 0, maxBytesInOneSync: 0, log: [] };
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
  /** a sync whose response is estimated above this fails (default 5 MB, Excel on the web) */
  maxBytesPerSync?: number;
  /** how an oversized response fails: RichApi's payload code, or the bare GeneralException Excel often sends */
  payloadError?: "payload" | "general";
  /** getMergedAreasOrNullObject fails above this many areas (default 512) */
  maxMergedAreas?: number;
  /** getRanges fails above this many areas or address characters (default 500 / 8,192; office-js#5198) */
  maxRangesAreas?: number;
  maxRangesAddressLength?: number;
  /** Office.onReady: resolve after this many ms, or never ("never": office.js blocked) */
  onReadyDelayMs?: number | "never";
}

/** Syncs parked until something happens (cell edit ends, a hang is over). */
class Waiters {
  private waiting: (() => void)[] = [];
  wait(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w();
  }
}

/** State that outlives one Excel.run: what Office keeps between batches. */
export class FakeRuntime {
  readonly stats: FakeStats = emptyStats();
  readonly handlers = new Set<ChangedHandler>();
  enableEvents = true;
  closed = false;
  cellEdit = false;
  private readonly cellEditExit = new Waiters();
  /** called before every sync with its 1-based number; may close the workbook or enter cell edit */
  beforeSync: ((syncNumber: number) => void) | null = null;
  /** Review → Protect Workbook: sheets cannot be added, deleted, renamed or hidden */
  structureProtected = false;
  /** sheet id → "row,col" of cells whose format says not locked: writable on a protected sheet */
  readonly unlocked = new Map<string, Set<string>>();

  isUnlocked(sheetId: string, row: number, col: number): boolean {
    return this.unlocked.get(sheetId)?.has(`${row},${col}`) ?? false;
  }

  /** true: every sync waits until released (a hang of Excel on the web, office-js#6678) */
  hanging = false;
  private readonly hangEnd = new Waiters();

  releaseHang(): void {
    this.hanging = false;
    this.hangEnd.release();
  }

  waitWhileHanging(): Promise<void> {
    return this.hanging ? this.hangEnd.wait() : Promise.resolve();
  }

  constructor(
    readonly workbook: MemoryWorkbook,
    readonly options: Required<Pick<FakeOptions, "sets" | "triggerSource">> & FakeOptions,
  ) {}

  exitCellEdit(): void {
    this.cellEdit = false;
    this.cellEditExit.release();
  }

  waitForCellEditExit(): Promise<void> {
    return this.cellEditExit.wait();
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
  /** set when its Excel.run has returned: its proxies may no longer queue anything */
  ended = false;

  constructor(
    readonly state: FakeRuntime,
    readonly runOptions: RunOptions,
  ) {}

  /** Office.js refuses a proxy used after (or outside) the Excel.run that made it. */
  enqueue(op: Op): void {
    if (this.ended) {
      throw new FakeOfficeError("InvalidRequestContext", "Cannot use the object across different request contexts.", "RequestContext");
    }
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
      bytes: 0,
      ops: ops.length,
    };
    rt.stats.syncs += 1;
    if (record.kind === "read") rt.stats.readSyncs += 1;
    if (record.kind === "write") rt.stats.writeSyncs += 1;
    if (record.kind === "ui") rt.stats.uiSyncs += 1;
    rt.stats.log.push(record);
    try {
      rt.beforeSync?.(rt.stats.syncs);
      await rt.waitWhileHanging();
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
        const moved = op.run() ?? 0;
        record.cells += typeof moved === "number" ? moved : moved.cells;
        record.bytes += typeof moved === "number" ? 0 : moved.bytes;
        const max = rt.options.maxCellsPerSync;
        if ((max !== undefined && record.cells > max) || record.bytes > (rt.options.maxBytesPerSync ?? PAYLOAD_LIMIT_BYTES)) {
          throw payloadExceeded(rt.options.payloadError ?? "payload");
        }
      }
    } catch (error) {
      record.failed = error instanceof FakeOfficeError ? error.code : String(error);
      throw error;
    } finally {
      rt.stats.cellsLoaded += record.cells;
      rt.stats.maxCellsInOneSync = Math.max(rt.stats.maxCellsInOneSync, record.cells);
      rt.stats.bytesLoaded += record.bytes;
      rt.stats.maxBytesInOneSync = Math.max(rt.stats.maxBytesInOneSync, record.bytes);
      this.syncCount += 1;
    }
  }
}

/** Excel on the web answers an oversized response either way (office-js#1314). */
function payloadExceeded(style: "payload" | "general"): FakeOfficeError {
  return style === "general"
    ? new FakeOfficeError("GeneralException", "An internal error has occurred.")
    : new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit. Please refer to the documentation.");
}
