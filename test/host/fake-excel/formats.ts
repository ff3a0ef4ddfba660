/**
 * What the fake does for the sheets jixiao writes itself (the review sheet, the 已说明 storage):
 * range formats (font, fill, alignment, wrap, borders, column width), number formats, formulas,
 * clearing, adding and deleting sheets, visibility, frozen rows and the page layout. Every setter is
 * queued and runs at sync(), on a protected sheet it fails like Office.js; nothing here can be read
 * back through the proxies (the hosts never read formats), tests look at the MemoryWorkbook instead.
 * The sheet-level effects are src/host/review-sheet-memory.ts, shared with MemoryHost.
 */
import type { CellValue } from "../../../src/domain/grid";
import { setStyle, type BorderEdge, type BorderStyle, type MemorySheet, type PageSetup, type StylePatch } from "../../../src/host/memory-workbook";
import { setFormula } from "../../../src/host/memory-rows";
import { addSheet, clearContents, hyperlinkShown, removeSheet, setColumnWidth, setNumberFormat } from "../../../src/host/review-sheet-memory";
import type { CellRect } from "../../../src/host/ranges";
import { FakeOfficeError, propertyNotLoaded, type FakeContext } from "./context";
import { FakeObject } from "./base";
import { assertWritable } from "./shared";

type Bound = () => { sheet: MemorySheet; rect: CellRect };

function writeOp(context: FakeContext, bound: Bound, apply: (sheet: MemorySheet, rect: CellRect) => void): void {
  context.enqueue({
    kind: "write",
    run: () => {
      const { sheet, rect } = bound();
      assertWritable(sheet);
      apply(sheet, rect);
    },
  });
}

function eachCell(rect: CellRect, fn: (row: number, col: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
}

function matrixFits(rect: CellRect, m: unknown): m is unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  return Array.isArray(m) && m.length === rows && m.every((row) => Array.isArray(row) && row.length === cols);
}

function sizeError(rect: CellRect): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    `The number of rows or columns in the input array doesn't match the size of the range (${rect.bottom - rect.top + 1}×${rect.right - rect.left + 1}).`,
  );
}

/** `range.formulas = [[…]]`: a "=…" string becomes a formula (a HYPERLINK shows its text), anything else a value. */
export function setFormulas(context: FakeContext, bound: Bound, formulas: CellValue[][]): void {
  writeOp(context, bound, (sheet, rect) => {
    if (!matrixFits(rect, formulas)) throw sizeError(rect);
    formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f === "string" && f.startsWith("=")) setFormula(sheet, rect.top + r, rect.left + c, f, hyperlinkShown(f) ?? null);
        else if (f !== null) {
          sheet.formulas?.delete(`${rect.top + r},${rect.left + c}`);
          (sheet.values[rect.top + r] ??= [])[rect.left + c] = f === "" ? null : f;
        }
      }),
    );
  });
}

/** `range.numberFormat = [[…]]`, one format per cell. */
export function setNumberFormats(context: FakeContext, bound: Bound, formats: string[][]): void {
  writeOp(context, bound, (sheet, rect) => {
    if (!matrixFits(rect, formats)) throw sizeError(rect);
    formats.forEach((row, r) => row.forEach((f, c) => setNumberFormat(sheet, rect.top + r, rect.left + c, f)));
  });
}

/** `range.clear(applyTo)`: only "Contents" is modelled (what the hosts use). */
export function clearRange(context: FakeContext, bound: Bound, applyTo = "All"): void {
  if (applyTo !== "Contents") throw new Error(`fake-excel: Range.clear("${applyTo}") is not modelled`);
  writeOp(context, bound, (sheet, rect) => clearContents(sheet, rect));
}

const writeOnly = (owner: string, property: string) => () => {
  throw propertyNotLoaded(owner, property);
};

/** range.format: font, fill, alignment, wrap, borders, column width. */
export class FakeRangeFormat {
  readonly font: { bold: boolean; size: number; color: string; underline: string };
  readonly fill: { color: string };
  readonly borders: { getItem(index: string): { style: string; color: string; weight: string } };

  constructor(
    private readonly context: FakeContext,
    private readonly bound: Bound,
  ) {
    const style = (patch: StylePatch) => this.style(patch);
    const fontProp = (name: "bold" | "size" | "color" | "underline") => ({
      get: writeOnly("RangeFont", name),
      set: (v: unknown) => style({ font: { [name]: v } }),
      enumerable: true,
    });
    const font = {};
    for (const name of ["bold", "size", "color", "underline"] as const) Object.defineProperty(font, name, fontProp(name));
    this.font = font as FakeRangeFormat["font"];
    const fill = {};
    Object.defineProperty(fill, "color", { get: writeOnly("RangeFill", "color"), set: (v: string) => style({ fill: v }) });
    this.fill = fill as FakeRangeFormat["fill"];
    this.borders = { getItem: (index: string) => borderItem(context, bound, index) };
  }

  /** format.protection.locked: true, false, or null when the cells differ (as Office.js reports it) */
  get protection(): FakeRangeProtection {
    return new FakeRangeProtection(this.context, this.bound);
  }

  private style(patch: StylePatch): void {
    writeOp(this.context, this.bound, (sheet, rect) => eachCell(rect, (r, c) => setStyle(sheet, r, c, patch)));
  }

  get horizontalAlignment(): string {
    throw propertyNotLoaded("RangeFormat", "horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.style({ alignment: { horizontal: v as "Left" } });
  }
  get verticalAlignment(): string {
    throw propertyNotLoaded("RangeFormat", "verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.style({ alignment: { vertical: v as "Top" } });
  }
  get wrapText(): boolean {
    throw propertyNotLoaded("RangeFormat", "wrapText");
  }
  set wrapText(v: boolean) {
    this.style({ alignment: { wrap: v } });
  }
  get columnWidth(): number {
    throw propertyNotLoaded("RangeFormat", "columnWidth");
  }
  /** Sets the width of every column the range spans, as Office.js does. */
  set columnWidth(points: number) {
    writeOp(this.context, this.bound, (sheet, rect) => {
      for (let c = rect.left; c <= rect.right; c++) setColumnWidth(sheet, c, points);
    });
  }
}

const EDGES = new Set(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"]);
const NEW_BORDER: BorderStyle = { style: "Continuous", color: "#000000", weight: "Thin" };

/**
 * One border of a range, stored per cell as its own four edges: EdgeTop is the top row's top edge,
 * InsideHorizontal every edge between two rows (the lower edge of one, the upper of the next).
 */
function borderItem(context: FakeContext, bound: Bound, index: string) {
  if (!EDGES.has(index)) throw new Error(`fake-excel: border ${index} is not modelled`);
  const set = (field: keyof BorderStyle, value: string) =>
    writeOp(context, bound, (sheet, rect) =>
      eachCell(rect, (r, c) => {
        const edges: BorderEdge[] = [];
        if (index === "EdgeTop" && r === rect.top) edges.push("EdgeTop");
        if (index === "EdgeBottom" && r === rect.bottom) edges.push("EdgeBottom");
        if (index === "EdgeLeft" && c === rect.left) edges.push("EdgeLeft");
        if (index === "EdgeRight" && c === rect.right) edges.push("EdgeRight");
        if (index === "InsideHorizontal") {
          if (r > rect.top) edges.push("EdgeTop");
          if (r < rect.bottom) edges.push("EdgeBottom");
        }
        if (index === "InsideVertical") {
          if (c > rect.left) edges.push("EdgeLeft");
          if (c < rect.right) edges.push("EdgeRight");
        }
        if (!edges.length) return;
        const current = sheetBorders(sheet, r, c);
        const borders: Partial<Record<BorderEdge, BorderStyle>> = {};
        for (const e of edges) borders[e] = { ...(current[e] ?? NEW_BORDER), [field]: value };
        setStyle(sheet, r, c, { borders });
      }),
    );
  const item = {};
  for (const field of ["style", "color", "weight"] as const) {
    Object.defineProperty(item, field, { get: writeOnly("RangeBorder", field), set: (v: string) => set(field, v) });
  }
  return item as { style: string; color: string; weight: string };
}

function sheetBorders(sheet: MemorySheet, row: number, col: number): Partial<Record<BorderEdge, BorderStyle>> {
  return sheet.styles.get(`${row},${col}`)?.borders ?? {};
}

/** worksheet.freezePanes */
export class FakeFreezePanes {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => MemorySheet,
  ) {}
  freezeRows(count = 1): void {
    this.context.enqueue({ kind: "write", run: () => void (this.sheet().frozenRows = count) });
  }
  unfreeze(): void {
    this.context.enqueue({ kind: "write", run: () => void delete this.sheet().frozenRows });
  }
}

/** worksheet.pageLayout (ExcelApi 1.9): orientation, paper size, centring, zoom, print titles and area. */
export class FakePageLayout {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => MemorySheet,
  ) {}

  private set<K extends keyof PageSetup>(key: K, value: PageSetup[K]): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const sheet = this.sheet();
        sheet.pageLayout = { ...sheet.pageLayout, [key]: value };
      },
    });
  }

  get orientation(): string {
    throw propertyNotLoaded("PageLayout", "orientation");
  }
  set orientation(v: string) {
    if (v !== "Portrait" && v !== "Landscape") throw new FakeOfficeError("InvalidArgument", `orientation ${v}`);
    this.set("orientation", v);
  }
  get paperSize(): string {
    throw propertyNotLoaded("PageLayout", "paperSize");
  }
  set paperSize(v: string) {
    this.set("paperSize", v);
  }
  get centerHorizontally(): boolean {
    throw propertyNotLoaded("PageLayout", "centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.set("centerHorizontally", v);
  }
  get zoom(): { scale?: number } {
    throw propertyNotLoaded("PageLayout", "zoom");
  }
  /** Only a percentage scale is modelled; Office.js accepts 10–400. */
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    if (v.scale === undefined || v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined) {
      throw new Error("fake-excel: only pageLayout.zoom = { scale } is modelled");
    }
    if (v.scale < 10 || v.scale > 400) throw new FakeOfficeError("InvalidArgument", `zoom scale ${v.scale} is outside 10–400`);
    this.set("zoomScale", v.scale);
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$\d+:\$\d+$/.test(rows)) throw new FakeOfficeError("InvalidArgument", `print title rows ${rows}`);
    this.set("printTitleRows", rows);
  }
  setPrintArea(area: string): void {
    this.set("printArea", area);
  }
}

/**
 * Review → Protect Workbook (structure): no sheet may be added, deleted or hidden. Excel's exact
 * code here is unverified (excel-limits.md row 11); InvalidOperation is the trap, since hosts
 * used to read that code as "a cell is being edited".
 */
function assertStructureUnprotected(context: FakeContext): void {
  if (context.state.structureProtected) {
    throw new FakeOfficeError("InvalidOperation", "The workbook is protected; its structure cannot be changed.", "Workbook.protection");
  }
}

/** worksheets.add(name): at the end of the tab order, not activated; a taken name fails. */
export function queueAddSheet(context: FakeContext, name: string): void {
  context.enqueue({
    kind: "write",
    run: () => {
      assertStructureUnprotected(context);
      const wb = context.state.workbook;
      if (wb.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
      }
      addSheet(wb, name);
    },
  });
}

/** worksheet.delete(): Excel keeps at least one visible sheet. */
export function queueDeleteSheet(context: FakeContext, sheet: () => MemorySheet): void {
  context.enqueue({
    kind: "write",
    run: () => {
      assertStructureUnprotected(context);
      const wb = context.state.workbook;
      const target = sheet();
      // office-js#365: a very hidden sheet must be made visible before it can be deleted
      if (target.visibility === "VeryHidden") throw new FakeOfficeError("InvalidOperation", "This operation is not permitted for the current object.");
      const visible = wb.sheets.filter((s) => (s.visibility ?? "Visible") === "Visible");
      if (visible.length === 1 && visible[0] === target) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      removeSheet(wb, target.name);
    },
  });
}

/** worksheet.visibility = …; hiding the last visible sheet fails. */
export function queueVisibility(context: FakeContext, sheet: () => MemorySheet, visibility: string): void {
  if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
    throw new FakeOfficeError("InvalidArgument", `visibility ${visibility}`);
  }
  context.enqueue({
    kind: "write",
    run: () => {
      assertStructureUnprotected(context);
      const target = sheet();
      const wb = context.state.workbook;
      if (visibility !== "Visible" && !wb.sheets.some((s) => s !== target && (s.visibility ?? "Visible") === "Visible")) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      target.visibility = visibility;
      if (visibility !== "Visible" && wb.activeSheet === target.name) {
        wb.activeSheet = wb.sheets.find((s) => (s.visibility ?? "Visible") === "Visible")?.name ?? "";
      }
    },
  });
}

export class FakeRangeProtection extends FakeObject<{ sheet: MemorySheet; rect: CellRect }> {
  constructor(
    context: FakeContext,
    private readonly cells: Bound,
  ) {
    super(context, "FormatProtection");
  }
  protected resolve() {
    return this.cells();
  }
  protected readProperty(name: string, { sheet, rect }: { sheet: MemorySheet; rect: CellRect }): unknown {
    if (name !== "locked") return this.unknownProperty(name);
    const states = new Set<boolean>();
    eachCell(rect, (r, c) => void states.add(!this.context.state.isUnlocked(sheet.id, r, c)));
    return states.size === 1 ? [...states][0] : null;
  }
  get locked(): boolean | null {
    return this.get("locked");
  }
}
