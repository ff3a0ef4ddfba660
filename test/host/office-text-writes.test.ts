/**
 * Every text the add-in writes stays text in Excel: the fake coerces "100%", dates, fractions,
 * signs and formulas as Excel does, so each write is read back (values and text) and compared
 * byte for byte, and undo gives the cell back as it was.
 */
import type { CellEdit } from "../../src/host/edits";
import { OfficeHost } from "../../src/host/office-host";
import { needsTextMark } from "../../src/host/office-text";
import { createFakeExcel, type FakeExcel } from "./fake-excel";

const TRICKY = ["100%", "≥95%", "2023-12-31", "2023/12/31", "1/2", "-", "-5", "+5", "=合计", "'引号", "007", "1,234.50", "TRUE", "12.5", "第1号项目", "按时完成"];

function fresh(): FakeExcel {
  return createFakeExcel({ sheets: [{ name: "表", rows: [["项目", "指标值"], ["甲", ""], ["乙", null]] }] });
}

async function readBack(fake: FakeExcel, cell: string) {
  return fake.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("表").getRange(cell).load("values,text");
    await context.sync();
    return { value: range.values[0][0], text: range.text[0][0] };
  });
}

test.each(TRICKY)("writeCells of %s reads back as the same text", async (text) => {
  const fake = fresh();
  await new OfficeHost(fake).writeCells([{ sheet: "表", cell: "B2", value: text }]);
  expect(await readBack(fake, "B2")).toEqual({ value: text, text });
});

test.each(TRICKY)("the picker's cell edit of %s reads back as written, and undo clears it", async (text) => {
  const fake = fresh();
  const host = new OfficeHost(fake);
  const edit: CellEdit = { kind: "cell", sheet: "表", cell: "B2", before: "", after: text };
  const receipt = await host.applyEdit(edit);
  expect(await readBack(fake, "B2")).toEqual({ value: text, text });
  await host.undoEdit(receipt);
  expect(await readBack(fake, "B2")).toEqual({ value: "", text: "" });
});

test("plain Chinese text is written without the mark, so nothing changes for ordinary cells", () => {
  expect(needsTextMark("第1号项目")).toBe(false);
  expect(needsTextMark("≥95%")).toBe(false);
  expect(needsTextMark("100%")).toBe(true);
});
