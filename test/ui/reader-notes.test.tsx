/**
 * The pane says what the reader left out, in the summary beside the tables: a hidden project row
 * and amounts whose formulas carry no result. Neither is an error bar or a "cannot read" state:
 * the table is still checked. The host here reports hidden rows and formulas as a file does (the
 * in-memory host, like Office's, hands over values only).
 */
import { within } from "@testing-library/react";
import type { WorkbookGrid } from "../../src/domain/grid";
import { MemoryHost } from "../../src/host/memory-host";
import { renderPane, runCheckFromPane, seedGrid } from "./support/pane";

jest.setTimeout(60_000);

/** seed 002 with 购置经费 (sheet row 8) hidden and the first agency's amounts (row 6) as an uncomputed lookup. */
class FileLikeHost extends MemoryHost {
  override async readWorkbook(): Promise<WorkbookGrid> {
    const grid = await super.readWorkbook();
    const sheet = grid.sheets[0];
    sheet.hiddenRows = [7];
    sheet.rows[5][1] = null;
    sheet.rows[5][2] = null;
    sheet.formulas = [1, 2].map((col) => ({ row: 5, col, formula: "VLOOKUP(A6,Sheet2!A:B,2,0)", cached: false }));
    return grid;
  }
}

test("the summary carries the hidden-rows note and the formulas note, and the table is still checked", async () => {
  const { user } = renderPane(new FileLikeHost(seedGrid("seed-002")));
  const summary = await runCheckFromPane(user);
  const notes = within(summary).getAllByTestId("reader-note").map((n) => n.textContent);
  expect(notes).toHaveLength(2);
  expect(notes[0]).toMatch(/^工作表“.+”第 8 行已隐藏，不属于公布的表格，未作检查/);
  expect(notes[1]).toContain("2 个金额单元格的公式没有计算结果，请在 Excel 中打开并保存后再检查：B6（=VLOOKUP(A6,Sheet2!A:B,2,0)）");
  expect(within(summary).getAllByTestId("table-summary")).toHaveLength(1);
});
