/** Row insert/delete and merges on the in-memory sheet (shared by MemoryHost and the fake Excel). */
import { emptySheet, getValue, setStyle, setValue, type MemoryWorkbook } from "../../src/host/memory-workbook";
import { deleteSheetRow, getFormula, insertSheetRow, MergeConflict, mergeArea, setFormula } from "../../src/host/memory-rows";

function sheet() {
  const wb: MemoryWorkbook = { sheets: [], activeSheet: "表", selection: null, nextId: 0 };
  const s = emptySheet(wb, "表");
  for (let r = 0; r < 10; r++) setValue(s, r, 0, `行${r + 1}`);
  return s;
}

describe("formula references follow inserted and deleted rows", () => {
  test("insert: references at or below move down, ranges spanning the row grow, anchors and strings stay", () => {
    const s = sheet();
    setFormula(s, 9, 1, "=SUM(B2:B9)+$C$5+C3+'其他表'!B7+其他表!B8+LOG10(A9)");
    setFormula(s, 0, 2, '=B4&"B5"');
    insertSheetRow(s, 4); // a new row 5
    expect(getFormula(s, 10, 1)).toBe("=SUM(B2:B10)+$C$6+C3+'其他表'!B7+其他表!B8+LOG10(A10)");
    expect(getFormula(s, 0, 2)).toBe('=B4&"B5"');
    expect(getValue(s, 5, 0)).toBe("行5");
    expect(getValue(s, 4, 0)).toBeNull();
  });

  test("a range ending right above the new row does not grow (as in Excel)", () => {
    const s = sheet();
    setFormula(s, 0, 1, "=SUM(A2:A5)");
    insertSheetRow(s, 5);
    expect(getFormula(s, 0, 1)).toBe("=SUM(A2:A5)");
  });

  test("delete is the mirror; a reference to the deleted row becomes #REF!", () => {
    const s = sheet();
    setFormula(s, 0, 1, "=SUM(A2:A9)+A5+A7");
    deleteSheetRow(s, 4);
    expect(getFormula(s, 0, 1)).toBe("=SUM(A2:A8)+#REF!+A6");
    expect(getValue(s, 4, 0)).toBe("行6");
  });

  test("insert then delete of the same row restores formulas, formats and merges exactly", () => {
    const s = sheet();
    setFormula(s, 9, 3, "=COUNTA(A1:A9)&A8");
    setStyle(s, 3, 0, { fill: "#FFFF00" });
    s.merges = [{ top: 1, left: 1, bottom: 3, right: 1 }, { top: 6, left: 1, bottom: 8, right: 2 }];
    const before = JSON.stringify({ f: [...s.formulas!], st: [...s.styles], m: s.merges });
    insertSheetRow(s, 4);
    expect(s.styles.get("4,0")?.fill).toBe("#FFFF00"); // format same as above
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 3, right: 1 }, { top: 7, left: 1, bottom: 9, right: 2 }]);
    deleteSheetRow(s, 4);
    expect(JSON.stringify({ f: [...s.formulas!], st: [...s.styles], m: s.merges })).toBe(before);
  });
});

describe("merging", () => {
  test("absorbs the areas inside it, in their place in the list, and refuses a partial overlap", () => {
    const s = sheet();
    s.merges = [{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 2, left: 1, bottom: 4, right: 1 }, { top: 6, left: 0, bottom: 7, right: 0 }];
    mergeArea(s, { top: 2, left: 1, bottom: 5, right: 1 });
    expect(s.merges[1]).toEqual({ top: 2, left: 1, bottom: 5, right: 1 });
    expect(s.merges).toHaveLength(3);
    expect(() => mergeArea(s, { top: 5, left: 0, bottom: 6, right: 0 })).toThrow(MergeConflict);
  });
});
