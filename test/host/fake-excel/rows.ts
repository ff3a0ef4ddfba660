/**
 * What the fake Range does beyond values: whole-row insert and delete, merge and unmerge, formulas
 * and the text prefix ('). The sheet-level behaviour (shifting values, formats, merged areas,
 * conditional formats and formula references) is src/host/memory-rows.ts, shared with MemoryHost,
 * so both hosts show the same workbook after the same edit. Like every operation of the fake, each
 * one is queued and runs at sync(); a protected sheet refuses it.
 */
import type { CellValue } from "../../../src/domain/grid";
import type { MemorySheet } from "../../../src/host/memory-workbook";
import { MergeConflict, deleteSheetRow, formulaOrValue, insertSheetRow, mergeArea, unmergeArea, writeValue } from "../../../src/host/memory-rows";
import { formatRange, type CellRect } from "../../../src/host/ranges";
import { FakeOfficeError, type FakeContext } from "./context";
import { assertWritable } from "./shared";
import { coerceWrite } from "./coercion";

const LAST_COL = 16_383;

type Bound = () => { sheet: MemorySheet; rect: CellRect };

export class FakeRowEdits {
  constructor(
    private readonly context: FakeContext,
    private readonly bound: Bound,
  ) {}

  /** `range.formulas`: the formula of a formula cell, else its value ("" when empty). */
  static formulas(sheet: MemorySheet, rect: CellRect): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(formulaOrValue(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  /**
   * A value written through `range.values`, coerced as Excel does (coercion.ts): "100%" becomes 1
   * formatted "0%" unless the cell's format is "@"; "'=" is the text "=", as Excel reads the prefix.
   */
  static write(sheet: MemorySheet, row: number, col: number, value: CellValue): void {
    const at = `${row},${col}`;
    const stored = coerceWrite(value, sheet.numberFormats?.get(at));
    writeValue(sheet, row, col, stored.value === "" ? null : stored.value);
    if (stored.formula) (sheet.formulas ??= new Map()).set(at, stored.formula);
    if (stored.numberFormat) (sheet.numberFormats ??= new Map()).set(at, stored.numberFormat);
  }

  static entireRows(rect: CellRect): CellRect {
    return { top: rect.top, left: 0, bottom: rect.bottom, right: LAST_COL };
  }

  private wholeRows(what: string): { sheet: MemorySheet; rect: CellRect } {
    const b = this.bound();
    if (b.rect.left !== 0 || b.rect.right !== LAST_COL) {
      throw new Error(`fake-excel: ${what} of part of a row is not modelled; use getEntireRow()`);
    }
    assertWritable(b.sheet);
    return b;
  }

  private emit(sheet: MemorySheet, rect: CellRect, changeType: string): void {
    this.context.state.emitChanged({
      address: `${rect.top + 1}:${rect.bottom + 1}`,
      worksheetId: sheet.id,
      changeType,
      source: "Local",
      type: "WorksheetChanged",
      triggerSource: "ThisLocalAddin",
    });
  }

  insert(shift: string): void {
    if (shift !== "Down") throw new Error(`fake-excel: insert("${shift}") is not modelled`);
    this.context.enqueue({
      kind: "write",
      run: () => {
        const { sheet, rect } = this.wholeRows("insert");
        for (let r = rect.top; r <= rect.bottom; r++) insertSheetRow(sheet, r);
        this.emit(sheet, rect, "RowInserted");
      },
    });
  }

  delete(shift: string): void {
    if (shift !== "Up") throw new Error(`fake-excel: delete("${shift}") is not modelled`);
    this.context.enqueue({
      kind: "write",
      run: () => {
        const { sheet, rect } = this.wholeRows("delete");
        for (let r = rect.bottom; r >= rect.top; r--) deleteSheetRow(sheet, r);
        this.emit(sheet, rect, "RowDeleted");
      },
    });
  }

  merge(across: boolean): void {
    if (across) throw new Error("fake-excel: merge(true) is not modelled");
    this.context.enqueue({
      kind: "write",
      run: () => {
        const { sheet, rect } = this.bound();
        assertWritable(sheet);
        try {
          mergeArea(sheet, rect);
        } catch (error) {
          if (!(error instanceof MergeConflict)) throw error;
          throw new FakeOfficeError("InvalidOperation", `Cannot merge ${formatRange(rect)}: it partly overlaps ${formatRange(error.area)}.`);
        }
      },
    });
  }

  unmerge(): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const { sheet, rect } = this.bound();
        assertWritable(sheet);
        unmergeArea(sheet, rect);
      },
    });
  }
}
