/** Which user edits start a live re-check. */
import { parseRange, touchesTable, usedArea, watchedAreas } from "../../src/ui/live-recheck";
import { seedGrid } from "./support/seeds";

describe("parseRange", () => {
  test("reads cells, ranges, sheet prefixes and absolute references", () => {
    expect(parseRange("B7")).toEqual({ top: 6, left: 1, bottom: 6, right: 1 });
    expect(parseRange("D9:B7")).toEqual({ top: 6, left: 1, bottom: 8, right: 3 });
    expect(parseRange("'项目支出绩效目标表'!$C$3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  });
  test("whole columns and junk are unreadable (null)", () => {
    expect(parseRange("B:B")).toBeNull();
    expect(parseRange("7:7")).toBeNull();
    expect(parseRange("")).toBeNull();
  });
});

describe("touchesTable on seed 002 (24 rows × 7 columns, A1:G24)", () => {
  const grid = seedGrid("seed-002");
  const sheet = grid.sheets[0].name;
  const watched = watchedAreas(grid, [sheet]);

  test("the used area is the grid's extent", () => {
    expect(usedArea(grid.sheets[0])).toEqual({ top: 0, left: 0, bottom: 23, right: 6 });
  });
  test("an edit inside the table counts", () => {
    expect(touchesTable({ sheet, address: "B7" }, watched)).toBe(true);
    expect(touchesTable({ sheet, address: "A1:G24" }, watched)).toBe(true);
  });
  test("a row appended right below, or a column right beside, counts", () => {
    expect(touchesTable({ sheet, address: "A25" }, watched)).toBe(true);
    expect(touchesTable({ sheet, address: "H10" }, watched)).toBe(true);
  });
  test("an edit far from the table, or on another sheet, does not", () => {
    expect(touchesTable({ sheet, address: "Z100" }, watched)).toBe(false);
    expect(touchesTable({ sheet, address: "A40" }, watched)).toBe(false);
    expect(touchesTable({ sheet: "说明", address: "B7" }, watched)).toBe(false);
  });
  test("an unreadable address on a table sheet counts, to be safe", () => {
    expect(touchesTable({ sheet, address: "B:B" }, watched)).toBe(true);
  });
  test("with no table found, every edit counts (the user may be fixing the header)", () => {
    const none = watchedAreas(grid, []);
    expect(touchesTable({ sheet: "说明", address: "Z100" }, none)).toBe(true);
  });
});
