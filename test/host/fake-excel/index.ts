/**
 * A fake Office.js (Excel) runtime over the in-memory workbook, strict where Office.js is strict:
 * nothing happens before sync(), unloaded properties throw PropertyNotLoaded, a failing operation
 * stops its batch where it is, protected sheets refuse writes, cell-edit mode refuses batches that
 * do not ask to wait. It counts batches, syncs (read / write / ui) and loaded cells.
 *
 *   const fake = createFakeExcel(grid);            // or a MemoryWorkbook
 *   const host = new OfficeHost(fake);             // { Excel, Office } is what OfficeHost needs
 *   fake.stats.readSyncs; fake.workbook.sheets[0].conditionalFormats; fake.userEdit("表", "B7", 1);
 *
 * Browser-safe (no Node imports): the browser e2e bundles it and calls installFakeOffice(window, fake).
 */
import type { CellValue, WorkbookGrid } from "../../../src/domain/grid";
import { fromA1 } from "../../../src/domain/address";
import { parseRange } from "../../../src/host/ranges";
import { findSheet, setValue, workbookFromGrid, type MemoryWorkbook } from "../../../src/host/memory-workbook";
import { emptyStats, FakeContext, FakeOfficeError, FakeRuntime, propertyNotLoaded, type FakeOptions, type FakeStats, type RunOptions } from "./context";
import { FakeWorkbook } from "./workbook";
import { dateSerial, isDateFormat } from "./coercion";

export { FakeOfficeError, type FakeOptions, type FakeStats } from "./context";

export class FakeRequestContext extends FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeWorkbook["application"];
  readonly runtime: { enableEvents: boolean; load(spec: string): void };

  constructor(state: FakeRuntime, runOptions: RunOptions) {
    super(state, runOptions);
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
    let loaded: boolean | undefined;
    const enqueue = this.enqueue.bind(this);
    this.runtime = {
      get enableEvents(): boolean {
        if (loaded === undefined) throw propertyNotLoaded("Runtime", "enableEvents");
        return loaded;
      },
      set enableEvents(on: boolean) {
        enqueue({ kind: "meta", run: () => void (state.enableEvents = on) });
      },
      load(spec: string): void {
        if (spec.trim() !== "enableEvents") throw new Error(`fake-excel: Runtime.load("${spec}") is not modelled`);
        enqueue({ kind: "read", run: () => void (loaded = state.enableEvents) });
      },
    };
  }
}

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

export interface FakeExcel {
  /** Pass to `new OfficeHost(fake)`; typed as the real globals so host code type-checks against Office.js. */
  Excel: typeof Excel;
  Office: typeof Office;
  stats: FakeStats;
  workbook: MemoryWorkbook;
  /** A user typing into a cell: changes the value and raises onChanged (triggerSource "Unknown"). */
  userEdit(sheet: string, cell: string, value: CellValue): void;
  enterCellEdit(): void;
  exitCellEdit(): void;
  closeWorkbook(): void;
  /** Runs before every sync with its 1-based number (e.g. close the workbook after the first read). */
  beforeSync(hook: ((syncNumber: number) => void) | null): void;
  resetStats(): void;
  /** how many onChanged handlers are registered */
  handlerCount(): number;
  /** Review → Protect Workbook (structure) on or off */
  protectStructure(on: boolean): void;
  /** true: syncs hang until set back to false */
  hangSyncs(on: boolean): void;
  /** Format Cells → Protection → Locked off for these cells (writable while the sheet is protected) */
  unlockCells(sheet: string, address: string): void;
}

/**
 * The workbook a grid describes, stored the way Excel stores it: a cell whose CellFormat carries a
 * number format keeps it, and an ISO date under a date format becomes its serial number (what
 * `values` then returns; excel-limits.md row 6).
 */
function workbookAsExcelHoldsIt(grid: WorkbookGrid): MemoryWorkbook {
  const workbook = workbookFromGrid(grid);
  grid.sheets.forEach((g, i) => {
    const sheet = workbook.sheets[i];
    const top = g.originRow ?? 0;
    const left = g.originCol ?? 0;
    g.formats?.forEach((row, r) =>
      row?.forEach((f, c) => {
        if (!f?.numberFormat) return;
        (sheet.numberFormats ??= new Map()).set(`${top + r},${left + c}`, f.numberFormat);
        const value = g.rows[r]?.[c];
        const iso = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
        if (iso && isDateFormat(f.numberFormat)) setValue(sheet, top + r, left + c, dateSerial(+iso[1], +iso[2], +iso[3]));
      }),
    );
  });
  return workbook;
}

export function createFakeExcel(source: MemoryWorkbook | WorkbookGrid, options: FakeOptions = {}): FakeExcel {
  const workbook = "nextId" in source ? source : workbookAsExcelHoldsIt(source);
  const state = new FakeRuntime(workbook, {
    ...options,
    sets: options.sets ?? { ExcelApi: "1.14" },
    triggerSource: options.triggerSource ?? true,
  });

  async function run<T>(a: RunOptions | Batch<T>, b?: Batch<T>): Promise<T> {
    const [runOptions, batch] = typeof a === "function" ? [{}, a] : [a ?? {}, b];
    if (!batch) throw new Error("fake-excel: Excel.run needs a batch function");
    state.stats.batches += 1;
    const context = new FakeRequestContext(state, runOptions);
    try {
      const result = await batch(context);
      // Office.js flushes what the batch queued but did not sync.
      if (context.pending) await context.sync();
      return result;
    } finally {
      context.ended = true;
    }
  }

  const FakeExcelNamespace = {
    run,
    ErrorCodes: {
      accessDenied: "AccessDenied",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      invalidOperation: "InvalidOperation",
      invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
      itemNotFound: "ItemNotFound",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
    EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
    ConditionalFormatType: { custom: "Custom", cellValue: "CellValue" },
    InsertShiftDirection: { down: "Down", right: "Right" },
    DeleteShiftDirection: { up: "Up", left: "Left" },
  };

  const info = { host: "Excel", platform: "PC" };
  const FakeOffice = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    context: {
      host: "Excel",
      platform: "PC",
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          const have = state.options.sets[name];
          return have !== undefined && (minVersion === undefined || versionAtLeast(have, minVersion));
        },
      },
    },
    /** Immediate by default; slow (onReadyDelayMs) or never ("never": office.js blocked), as in row 7. */
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      const delay = options.onReadyDelayMs ?? 0;
      if (delay === "never") return new Promise<typeof info>(() => undefined);
      const ready = () => {
        callback?.(info);
        return info;
      };
      return delay > 0 ? new Promise((resolve) => setTimeout(() => resolve(ready()), delay)) : Promise.resolve(ready());
    },
    actions: { associate(): void {} },
  };

  return {
    Excel: FakeExcelNamespace as unknown as typeof Excel,
    Office: FakeOffice as unknown as typeof Office,
    get stats() {
      return state.stats;
    },
    workbook,
    userEdit(sheetName, cell, value) {
      const sheet = findSheet(workbook, sheetName);
      const at = fromA1(cell);
      if (!sheet || !at) throw new FakeOfficeError("InvalidArgument", `fake-excel: no cell ${sheetName}!${cell}`);
      setValue(sheet, at.row, at.col, value === "" ? null : value);
      state.emitChanged({ address: cell, worksheetId: sheet.id, changeType: "RangeEdited", source: "Local", type: "WorksheetChanged", triggerSource: "Unknown" });
    },
    enterCellEdit: () => void (state.cellEdit = true),
    exitCellEdit: () => state.exitCellEdit(),
    closeWorkbook: () => void (state.closed = true),
    beforeSync: (hook) => void (state.beforeSync = hook),
    resetStats: () => void Object.assign(state.stats, emptyStats()),
    handlerCount: () => state.handlers.size,
    protectStructure: (on) => void (state.structureProtected = on),
    hangSyncs: (on) => (on ? void (state.hanging = true) : state.releaseHang()),
    unlockCells(sheetName, address) {
      const sheet = findSheet(workbook, sheetName);
      const rect = parseRange(address);
      if (!sheet || !rect) throw new FakeOfficeError("InvalidArgument", `fake-excel: no range ${sheetName}!${address}`);
      const cells = state.unlocked.get(sheet.id) ?? new Set<string>();
      state.unlocked.set(sheet.id, cells);
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) cells.add(`${r},${c}`);
    },
  };
}

/** Puts the fake where office.js would be (window.Office, window.Excel) for the browser e2e. */
export function installFakeOffice(target: Record<string, unknown>, fake: Pick<FakeExcel, "Excel" | "Office">): void {
  target.Office = fake.Office;
  target.Excel = fake.Excel;
}
