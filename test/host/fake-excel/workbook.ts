/** Fake Workbook, WorksheetCollection, Worksheet (with protection) and the onChanged event. */
import { findSheet, usedRect, type MemorySheet, type MemoryWorkbook } from "../../../src/host/memory-workbook";
import { parseRange, parseRangeList, rectOf, type CellRect } from "../../../src/host/ranges";
import { FakeClientResult, FakeObject } from "./base";
import { FakeOfficeError, propertyNotLoaded, type ChangedHandler, type FakeContext } from "./context";
import { FakeRange, FakeRangeAreas } from "./range";
import { FakeFreezePanes, FakePageLayout, queueAddSheet, queueDeleteSheet, queueVisibility } from "./formats";

const WHOLE_SHEET: CellRect = { top: 0, left: 0, bottom: 1048575, right: 16383 };

export class FakeWorksheet extends FakeObject<MemorySheet> {
  constructor(
    context: FakeContext,
    private readonly find: (wb: MemoryWorkbook) => MemorySheet | null,
  ) {
    super(context, "Worksheet");
  }

  protected resolve(): MemorySheet | null {
    return this.find(this.context.state.workbook);
  }

  protected readProperty(name: string, sheet: MemorySheet): unknown {
    if (name === "name") return sheet.name;
    if (name === "id") return sheet.id;
    if (name === "position") return this.context.state.workbook.sheets.indexOf(sheet);
    if (name === "visibility") return sheet.visibility ?? "Visible";
    return this.unknownProperty(name);
  }

  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }

  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this);
  }

  /** A blank sheet gives A1, as Office.js does (it does not throw). */
  getUsedRange(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this, (sheet) => usedRect(sheet) ?? rectOf(0, 0, 1, 1));
  }

  /** Only values count towards the used range in this fake, whatever valuesOnly says. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this, (sheet) => usedRect(sheet));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this, () => {
      if (address === undefined || address === "") return WHOLE_SHEET;
      const rect = parseRange(address);
      if (!rect) throw new FakeOfficeError("InvalidArgument", `The argument '${address}' is invalid or missing.`);
      return rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this, () => rectOf(startRow, startColumn, rowCount, columnCount));
  }

  /** Fails near 500 areas / 8k characters of address, as office-js#5198 reports (undocumented). */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this, () => {
      const invalid = () => new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      let areas: CellRect[];
      try {
        areas = parseRangeList(address);
      } catch {
        throw invalid();
      }
      const options = this.context.state.options;
      if (areas.length > (options.maxRangesAreas ?? 500) || address.length > (options.maxRangesAddressLength ?? 8_192)) throw invalid();
      return areas;
    });
  }

  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(visibility: string) {
    queueVisibility(this.context, () => this.required(), visibility);
  }

  delete(): void {
    queueDeleteSheet(this.context, () => this.required());
  }

  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.context, () => this.required());
  }

  /** ExcelApi 1.9 */
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, () => this.required());
  }

  activate(): void {
    this.context.enqueue({
      kind: "ui",
      run: () => {
        this.context.state.workbook.activeSheet = this.required().name;
      },
    });
  }
}

export class FakeWorksheetProtection extends FakeObject<MemorySheet> {
  constructor(private readonly sheet: FakeWorksheet) {
    super(sheet.context, "WorksheetProtection");
  }
  protected resolve(): MemorySheet {
    return this.sheet.required();
  }
  protected readProperty(name: string, sheet: MemorySheet): unknown {
    if (name === "protected") return sheet.protected;
    return this.unknownProperty(name);
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeContext,
    private readonly handler: ChangedHandler,
  ) {}
  remove(): void {
    this.context.enqueue({ kind: "meta", run: () => void this.context.state.handlers.delete(this.handler) });
  }
}

export class FakeEventHandlers {
  constructor(private readonly context: FakeContext) {}
  /** Takes effect at the next sync, as in Office.js. */
  add(handler: ChangedHandler): FakeEventHandlerResult {
    this.context.enqueue({ kind: "meta", run: () => void this.context.state.handlers.add(handler) });
    return new FakeEventHandlerResult(this.context, handler);
  }
}

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;
  readonly onChanged: FakeEventHandlers;

  constructor(readonly context: FakeContext) {
    this.onChanged = new FakeEventHandlers(context);
  }

  private lookup(key: string): MemorySheet | null {
    const wb = this.context.state.workbook;
    return findSheet(wb, key) ?? wb.sheets.find((s) => s.id === key) ?? null;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.lookup(key);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", `WorksheetCollection.getItem(${key})`);
      return sheet;
    });
  }

  /** A new sheet at the end (worksheets.add); the proxy finds it by name once the add has run. */
  add(name: string): FakeWorksheet {
    queueAddSheet(this.context, name);
    return new FakeWorksheet(this.context, (wb) => findSheet(wb, name) ?? null);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.lookup(key));
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, () => ({ value: this.context.state.workbook.sheets.length, cells: 0 }));
  }

  /** load("items/name, items/id"): the sheets in tab order, each with those properties. */
  load(spec: string): this {
    const names = spec.split(",").map((s) => s.trim().replace(/^items\//, ""));
    if (!names.every((n) => n === "name" || n === "id" || n === "position")) {
      throw new Error(`fake-excel: WorksheetCollection.load("${spec}") is not modelled`);
    }
    this.context.enqueue({
      kind: "read",
      run: () => {
        const sheets = this.context.state.workbook.sheets;
        this.loadedItems = sheets.map((sheet, position) => {
          const item = new FakeWorksheet(this.context, (wb) => wb.sheets.find((s) => s === sheet) ?? null);
          const values: Record<string, unknown> = {};
          for (const n of names) values[n] = n === "position" ? position : sheet[n as "name" | "id"];
          item.preload(values);
          return item;
        });
      },
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded("WorksheetCollection", "items");
    return this.loadedItems;
  }
}

/** workbook.protection (ExcelApi 1.7): is the structure protected. */
export class FakeWorkbookProtection extends FakeObject<boolean> {
  constructor(context: FakeContext) {
    super(context, "WorkbookProtection");
  }
  protected resolve(): boolean {
    return this.context.state.structureProtected;
  }
  protected readProperty(name: string, structureProtected: boolean): unknown {
    if (name === "protected") return structureProtected;
    return this.unknownProperty(name);
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.protection = new FakeWorkbookProtection(context);
    this.application = {
      suspendApiCalculationUntilNextSync: () => context.enqueue({ kind: "meta", run: () => undefined }),
    };
  }

  /** The active sheet's selected range (A1 when nothing was selected there). */
  getSelectedRange(): FakeRange {
    const active = new FakeWorksheet(this.context, (wb) => findSheet(wb, wb.activeSheet) ?? null);
    return new FakeRange(active, (sheet) => {
      const selected = this.context.state.workbook.selection;
      return (selected?.sheet === sheet.name ? parseRange(selected.cell) : null) ?? rectOf(0, 0, 1, 1);
    });
  }

  /** The active cell: the top-left cell of the selection. */
  getActiveCell(): FakeRange {
    const selected = this.getSelectedRange();
    const active = new FakeWorksheet(this.context, (wb) => findSheet(wb, wb.activeSheet) ?? null);
    return new FakeRange(active, () => {
      const rect = selected.required().rect;
      return { top: rect.top, left: rect.left, bottom: rect.top, right: rect.left };
    });
  }
}
