/** Aligning the live sheet's rows with the opened sheet's, so a row insert does not read as every row below changed. */
import fc from "fast-check";
import { alignRows, cellKey } from "../../../src/ui/workspace/row-alignment";

const rows = (...texts: string[]): string[][] => texts.map((t) => t.split(",").map((v) => cellKey(v)));

test("identical sheets align row for row", () => {
  expect(alignRows(rows("a,1", "b,2", "c,3"), rows("a,1", "b,2", "c,3"))).toEqual([0, 1, 2]);
});

test("a fixed cell keeps its row's place: the row is paired with the row it came from", () => {
  expect(alignRows(rows("a,≧1", "b,2", "c,3"), rows("a,≥1", "b,2", "c,3"))).toEqual([0, 1, 2]);
});

test("an inserted row is the only unpaired row, and the rows below it keep their origin", () => {
  expect(alignRows(rows("项目,指标1", ",指标2", "合计,9"), rows("项目,指标1", ",新指标", ",指标2", "合计,9"))).toEqual([0, null, 1, 2]);
});

test("an insert next to a fixed row pairs the fixed row by the cells it still shares", () => {
  const base = rows("h,h", "项目A,产出指标,≧90%,x", "项目B,y,z,w");
  const now = rows("h,h", ",新增指标,,", "项目A,产出指标,≥90%,x", "项目B,y,z,w");
  expect(alignRows(base, now)).toEqual([0, null, 1, 2]);
});

test("empty cells at a row's end and null versus empty text do not count as a difference", () => {
  expect(alignRows([["s a", "", ""]], [["s a"]])).toEqual([0]);
  expect(cellKey(null)).toBe(cellKey(""));
  expect(cellKey(1)).not.toBe(cellKey("1"));
});

test("inserting rows anywhere into any sheet: every original row is found again, in order", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.constantFrom("", "a", "b", "c", "1"), { maxLength: 4 }), { maxLength: 30 }),
      fc.array(fc.nat(), { maxLength: 5 }),
      (base, at) => {
        const now: string[][] = base.map((r) => [...r]);
        const inserted = new Set<string[]>();
        for (const p of at) {
          const row = ["新增", String(p)];
          inserted.add(row);
          now.splice(p % (now.length + 1), 0, row);
        }
        const map = alignRows(base, now);
        expect(map.filter((x) => x !== null)).toEqual(base.map((_, i) => i));
        now.forEach((row, j) => expect(map[j] === null).toBe(inserted.has(row)));
      },
    ),
  );
});
