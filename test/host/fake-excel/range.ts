/** Fake Range and RangeAreas: values, cell properties, merged areas, select, conditional formats. */
import type { CellValue } from "../../../src/domain/grid";
import { getStyle, getValue, type MemorySheet } from "../../../src/host/memory-workbook";
import { FakeRowEdits } from "./rows";
import { cellCount, contains, formatRange, type CellRect } from "../../../src/host/ranges";
import { displayText } from "./coercion";
import { FakeClientResult, FakeObject } from "./base";
import { FakeOfficeError } from "./context";
import { assertWritable, qualified, type SheetSource } from "./shared";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import { FakeRangeFormat, clearRange, setFormulas, setNumberFormats } from "./formats";

interface Bound {
  sheet: MemorySheet;
  rect: CellRect;
}

function cellMatrix<T>(rect: CellRect, at: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(at(r, c));
    out.push(row);
  }
  return out;
}

function allCells(rect: CellRect, test: (row: number, col: number) => boolean): boolean {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) if (!test(r, c)) return false;
  return true;
}

/**
 * Range.rowHidden / columnHidden (ExcelApi 1.2): true when every row (column) from..to is hidden,
 * false when none is, null when some are.
 */
function hiddenState(hidden: Set<number> | undefined, from: number, to: number): boolean | null {
  let count = 0;
  for (const i of hidden ?? []) if (i >= from && i <= to) count += 1;
  if (count === 0) return false;
  return count === to - from + 1 ? true : null;
}

export class FakeRange extends FakeObject<Bound> {
  constructor(
    private readonly source: SheetSource,
    private readonly locate: (sheet: MemorySheet) => CellRect | null,
  ) {
    super(source.context, "Range");
  }

  protected resolve(): Bound | null {
    const sheet = this.source.required();
    const rect = this.locate(sheet);
    return rect ? { sheet, rect } : null;
  }

  protected readProperty(name: string, { sheet, rect }: Bound): unknown {
    switch (name) {
      case "address":
        return qualified(sheet, formatRange(rect));
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "cellCount":
        return cellCount(rect);
      case "formulas":
        return FakeRowEdits.formulas(sheet, rect);
      case "numberFormat":
        return cellMatrix(rect, (r, c) => sheet.numberFormats?.get(`${r},${c}`) ?? "General");
      case "text":
        return cellMatrix(rect, (r, c) => displayText(getValue(sheet, r, c), sheet.numberFormats?.get(`${r},${c}`)));
      case "rowHidden":
        return hiddenState(sheet.hiddenRows, rect.top, rect.bottom);
      case "columnHidden":
        return hiddenState(sheet.hiddenCols, rect.left, rect.right);
      case "values": {
        // Office.js reports an empty cell as "".
        const out: CellValue[][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const row: CellValue[] = [];
          for (let c = rect.left; c <= rect.right; c++) row.push(getValue(sheet, r, c) ?? "");
          out.push(row);
        }
        return out;
      }
      default:
        return this.unknownProperty(name);
    }
  }

  protected override cellsOf(name: string, { rect }: Bound): number {
    return ["values", "formulas", "numberFormat", "text"].includes(name) ? cellCount(rect) : 0;
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get values(): CellValue[][] {
    return this.get("values");
  }
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }
  get formulas(): CellValue[][] {
    return this.get("formulas");
  }
  get text(): string[][] {
    return this.get("text");
  }

  /** null leaves a cell as it is and "" clears it, as in Office.js; a leading ' is the text prefix. */
  set values(values: CellValue[][]) {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const { sheet, rect } = this.required();
        // A protected sheet still takes values in cells the user unlocked (Format Cells → Protection).
        if (!allCells(rect, (r, c) => this.context.state.isUnlocked(sheet.id, r, c))) assertWritable(sheet);
        const rows = rect.bottom - rect.top + 1;
        const cols = rect.right - rect.left + 1;
        if (!Array.isArray(values) || values.length !== rows || values.some((row) => row.length !== cols)) {
          throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size of the range (${rows}×${cols}).`);
        }
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v !== null) FakeRowEdits.write(sheet, rect.top + r, rect.left + c, v);
          }),
        );
        this.context.state.emitChanged({
          address: formatRange(rect),
          worksheetId: sheet.id,
          changeType: "RangeEdited",
          source: "Local",
          type: "WorksheetChanged",
          triggerSource: "ThisLocalAddin",
        });
      },
    });
  }

  /** Selecting on a sheet that is not active is unreliable in Excel (office-js#5118): refused here. */
  select(): void {
    this.context.enqueue({
      kind: "ui",
      run: () => {
        const { sheet, rect } = this.required();
        const wb = this.context.state.workbook;
        if (wb.activeSheet !== sheet.name) {
          throw new FakeOfficeError("InvalidSelection", `fake-excel: select() on '${sheet.name}' while '${wb.activeSheet}' is active; activate the sheet first.`);
        }
        wb.selection = { sheet: sheet.name, cell: formatRange(rect) };
      },
    });
  }

  getCellProperties(options: { format?: { indentLevel?: boolean; font?: Record<string, boolean>; fill?: { color?: boolean } } }) {
    return new FakeClientResult(this.context, () => {
      const { sheet, rect } = this.required();
      const wanted = options.format ?? {};
      const value = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row = [];
        for (let c = rect.left; c <= rect.right; c++) {
          const s = getStyle(sheet, r, c);
          const format: Record<string, unknown> = {};
          if (wanted.indentLevel) format.indentLevel = s.indent;
          if (wanted.font) {
            const font: Record<string, unknown> = {};
            for (const k of Object.keys(wanted.font)) font[k] = (s.font as unknown as Record<string, unknown>)[k];
            format.font = font;
          }
          // "No Fill" reads back as white, exactly the trap of office-js#6218.
          if (wanted.fill?.color) format.fill = { color: s.fill ?? "#FFFFFF" };
          row.push({ format });
        }
        value.push(row);
      }
      return { value, cells: cellCount(rect) };
    });
  }

  /**
   * Only the areas whose top-left cell lies in the range, and a failure above 512 of them (the
   * @types/office-js doc comment of getMergedAreasOrNullObject; excel-limits.md row 2).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.source, (sheet) => {
      const { rect } = this.required();
      const areas = sheet.merges.filter((m) => contains(rect, m.top, m.left));
      const limit = this.context.state.options.maxMergedAreas ?? 512;
      if (areas.length > limit) {
        throw new FakeOfficeError("GeneralException", `fake-excel: ${areas.length} merged areas in ${formatRange(rect)}; Excel returns at most ${limit}.`);
      }
      return areas.length ? areas : null;
    });
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.source, () => [this.required().rect]);
  }

  /** Whole rows only (getEntireRow().insert / delete); see rows.ts. */
  getEntireRow(): FakeRange {
    return new FakeRange(this.source, () => FakeRowEdits.entireRows(this.required().rect));
  }

  insert(shift: string): FakeRange {
    const rows = new FakeRowEdits(this.context, () => this.required());
    rows.insert(shift);
    return this;
  }

  delete(shift: string): void {
    new FakeRowEdits(this.context, () => this.required()).delete(shift);
  }

  merge(across?: boolean): void {
    new FakeRowEdits(this.context, () => this.required()).merge(across ?? false);
  }

  unmerge(): void {
    new FakeRowEdits(this.context, () => this.required()).unmerge();
  }

  // Writing jixiao's own sheets (formats.ts): formulas, number formats, clear, range.format.
  set formulas(formulas: CellValue[][]) {
    setFormulas(this.context, () => this.required(), formulas);
  }

  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    setNumberFormats(this.context, () => this.required(), formats);
  }

  clear(applyTo?: string): void {
    clearRange(this.context, () => this.required(), applyTo);
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, () => this.required());
  }
}

export class FakeRangeAreas extends FakeObject<{ sheet: MemorySheet; areas: CellRect[] }> {
  constructor(
    private readonly source: SheetSource,
    private readonly locate: (sheet: MemorySheet) => CellRect[] | null,
  ) {
    super(source.context, "RangeAreas");
  }

  protected resolve(): { sheet: MemorySheet; areas: CellRect[] } | null {
    const sheet = this.source.required();
    const areas = this.locate(sheet);
    return areas ? { sheet, areas } : null;
  }

  protected readProperty(name: string, { sheet, areas }: { sheet: MemorySheet; areas: CellRect[] }): unknown {
    if (name === "address") return areas.map((a) => qualified(sheet, formatRange(a))).join(", ");
    if (name === "areaCount") return areas.length;
    return this.unknownProperty(name);
  }

  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.source, () => this.required().areas);
  }
}
