/**
 * The promises every WorkbookHost keeps, run against MemoryHost and against OfficeHost over the fake
 * Office.js runtime (contract.test.ts). If the two ever disagree, the demo and the pane's tests stop
 * telling the truth about Excel.
 */
import type { WorkbookGrid } from "../../src/domain/grid";
import type { Mark, WorkbookHost } from "../../src/host/host";
import { HostError } from "../../src/host/host";
import { MARK_FILLS } from "../../src/host/marks";
import { effectiveFill, formatSnapshot, getValue, workbookFromGrid, type MemoryWorkbook } from "../../src/host/memory-workbook";
import { checkWorkbook } from "../../src/domain/check";
import { readWorkbook } from "../../src/domain/reader";
import { budgetTable, SEEDS, seedWorkbook, styledWorkbook } from "./support/workbooks";

export interface HostUnderTest {
  host: WorkbookHost;
  /** the workbook the host works on, to look at what it did */
  workbook: MemoryWorkbook;
  /** a user typing into a cell */
  userEdit(sheet: string, cell: string, value: string | number): void;
}

export type MakeHost = (source: WorkbookGrid | MemoryWorkbook) => HostUnderTest;

/** Lets queued events and promise callbacks run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function rejection(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

const marks: Mark[] = [
  { sheet: "白云区", cell: "B4", severity: "error" },
  { sheet: "白云区", cell: "B5", severity: "error" },
  { sheet: "白云区", cell: "B6", severity: "warning" },
  { sheet: "白云区", cell: "B6", severity: "error" }, // twice: the worse one wins
  { sheet: "白云区", cell: "G6", severity: "info" },
  { sheet: "市工商联", cell: "A6", severity: "warning" },
];

export function hostContract(label: string, make: MakeHost): void {
  describe(`${label}: the WorkbookHost contract`, () => {
    test("reads every sheet of the seeds as published: values, origin, bold 合计 in the name column, merged title", async () => {
      const { host } = make(seedWorkbook());
      const grid = await host.readWorkbook();
      expect(grid.sheets.map((s) => s.name)).toEqual(["项目支出绩效目标表0", "项目支出绩效目标表1", "项目支出绩效目标表2"]);
      grid.sheets.forEach((sheet, i) => {
        const width = Math.max(...SEEDS[i].rows.map((r) => r.length));
        const expected = SEEDS[i].rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
        expect(sheet.rows).toEqual(expected);
        expect(sheet.originRow).toBe(0);
        expect(sheet.merges).toEqual(SEEDS[i].merges);
      });
      const b = grid.sheets[1];
      expect(b.rows[3].slice(0, 3)).toEqual(["合计", 49, 49]);
      // the name column's formatting is what the reader uses (the Office read loads no other column's)
      expect(b.formats?.[3][0]).toEqual({ bold: true });
      expect(b.formats?.[5][0]).toBeNull();
    });

    test("a blank sheet reads as no rows, and a formatted empty cell is not part of the table", async () => {
      const { host } = make(styledWorkbook());
      const grid = await host.readWorkbook();
      expect(grid.sheets.map((s) => s.name)).toEqual(["白云区", "市工商联", "说明"]);
      expect(grid.sheets[2].rows).toEqual([]);
      expect(grid.sheets[0].merges).toEqual([
        { top: 0, left: 0, bottom: 0, right: 6 },
        { top: 1, left: 0, bottom: 1, right: 5 },
      ]);
      expect(grid.sheets[0].formats?.[5][1]).toEqual({ indent: 2 });
    });

    test("a hidden project row is read as hidden: left out of the table with the reader's note", async () => {
      const table = budgetTable(3);
      table.rows[3][1] = table.rows[3][2] = table.rows[4][1] = table.rows[4][2] = 3; // the 合计 leaves it out
      const workbook = workbookFromGrid({ sheets: [table] });
      workbook.sheets[0].hiddenRows = new Set([7]);
      const grid = await make(workbook).host.readWorkbook();
      expect(grid.sheets[0].hiddenRows).toEqual([7]);
      const model = readWorkbook(grid);
      expect(model.tables[0].notes?.[0]).toContain("第 8 行已隐藏");
      expect(checkWorkbook(model).findings.filter((f) => f.severity === "error")).toEqual([]);
    });

    test("selects a cell on another sheet: that sheet becomes active, the cell selected", async () => {
      const { host, workbook } = make(styledWorkbook());
      await host.selectCell("市工商联", "b7");
      expect(workbook.activeSheet).toBe("市工商联");
      expect(workbook.selection).toEqual({ sheet: "市工商联", cell: "B7" });
    });

    test("selecting on a sheet that is gone says so in Chinese, naming it", async () => {
      const { host } = make(styledWorkbook());
      const error = await rejection(host.selectCell("已删除的表", "A1"));
      expect(error.message).toContain("“已删除的表”");
      expect(error.code).toBe("ItemNotFound");
    });

    test("marks show in the mark colours over the cells' own fills, then clear leaves every format as it was", async () => {
      const { host, workbook } = make(styledWorkbook());
      const before = formatSnapshot(workbook);
      await host.markFindings(marks);
      const [sheet, second] = workbook.sheets;
      expect(effectiveFill(sheet, 3, 1)).toBe(MARK_FILLS.error); // B4 had a white fill
      expect(effectiveFill(sheet, 5, 1)).toBe(MARK_FILLS.error); // B6: error beats warning
      expect(effectiveFill(sheet, 5, 6)).toBe(MARK_FILLS.info);
      expect(effectiveFill(second, 5, 0)).toBe(MARK_FILLS.warning);
      expect(formatSnapshot(workbook)).not.toBe(before);
      await host.clearMarks();
      expect(formatSnapshot(workbook)).toBe(before);
      expect(effectiveFill(sheet, 3, 1)).toBe("#FFFFFF"); // white stays white
      expect(effectiveFill(sheet, 3, 0)).toBe("#FFFFFF");
      expect(effectiveFill(sheet, 6, 1)).toBeNull(); // "no fill" stays no fill
      expect(effectiveFill(second, 4, 1)).toBe("#FFFF00");
    });

    test("marking again replaces the earlier marks; the user's own rules are never touched", async () => {
      const { host, workbook } = make(styledWorkbook());
      const userRules = JSON.stringify(workbook.sheets[0].conditionalFormats);
      await host.markFindings(marks);
      await host.markFindings([{ sheet: "白云区", cell: "C9", severity: "warning" }]);
      const sheet = workbook.sheets[0];
      expect(effectiveFill(sheet, 3, 1)).toBe("#FFFFFF");
      expect(effectiveFill(sheet, 8, 2)).toBe(MARK_FILLS.warning);
      expect(workbook.sheets[1].conditionalFormats).toEqual([]);
      await host.clearMarks();
      expect(JSON.stringify(sheet.conditionalFormats)).toBe(userRules);
      expect(effectiveFill(sheet, 5, 5)).toBe("#FFC7CE"); // the user's =TRUE rule still shows
    });

    test("clearing with no marks changes nothing and does not fail", async () => {
      const { host, workbook } = make(styledWorkbook());
      const before = formatSnapshot(workbook);
      await host.clearMarks();
      expect(formatSnapshot(workbook)).toBe(before);
    });

    test("a protected sheet refuses marks with a Chinese message and nothing is written anywhere", async () => {
      const { host, workbook } = make(styledWorkbook());
      workbook.sheets[1].protected = true;
      const before = formatSnapshot(workbook);
      const error = await rejection(host.markFindings(marks));
      expect(error.code).toBe("AccessDenied");
      expect(error.message).toContain("工作表“市工商联”受保护");
      expect(formatSnapshot(workbook)).toBe(before); // not even the unprotected sheet's marks
    });

    test("marks already on a sheet that became protected block clearing, leaving every sheet as it was", async () => {
      const { host, workbook } = make(styledWorkbook());
      await host.markFindings(marks);
      workbook.sheets[1].protected = true;
      const marked = formatSnapshot(workbook);
      const error = await rejection(host.clearMarks());
      expect(error.code).toBe("AccessDenied");
      expect(formatSnapshot(workbook)).toBe(marked);
    });

    test("a mark on a sheet that does not exist is refused before anything changes", async () => {
      const { host, workbook } = make(styledWorkbook());
      const before = formatSnapshot(workbook);
      const error = await rejection(host.markFindings([...marks, { sheet: "不存在", cell: "A1", severity: "error" }]));
      expect(error.message).toContain("“不存在”");
      expect(formatSnapshot(workbook)).toBe(before);
    });

    test("writes values in one go; a protected sheet refuses the whole batch", async () => {
      const { host, workbook } = make(styledWorkbook());
      await host.writeCells([
        { sheet: "白云区", cell: "B6", value: 15 },
        { sheet: "白云区", cell: "F7", value: "新的绩效目标" },
        { sheet: "白云区", cell: "C6", value: null },
      ]);
      const sheet = workbook.sheets[0];
      expect([getValue(sheet, 5, 1), getValue(sheet, 6, 5), getValue(sheet, 5, 2)]).toEqual([15, "新的绩效目标", null]);
      workbook.sheets[1].protected = true;
      const error = await rejection(
        host.writeCells([
          { sheet: "白云区", cell: "B7", value: 1 },
          { sheet: "市工商联", cell: "B7", value: 2 },
        ]),
      );
      expect(error.code).toBe("AccessDenied");
      expect(getValue(sheet, 6, 1)).toBe(0.3);
    });

    test("a bad cell address is refused with a message naming sheet and cell", async () => {
      const { host } = make(styledWorkbook());
      const error = await rejection(host.writeCells([{ sheet: "白云区", cell: "第七行", value: 1 }]));
      expect(error.message).toContain("“白云区”");
      expect(error.message).toContain("“第七行”");
      expect((await rejection(host.markFindings([{ sheet: "白云区", cell: "ZZZZ1", severity: "error" }]))).code).toBe("InvalidArgument");
    });

    test("hears a user's edit, not its own writes, and stops after unsubscribing", async () => {
      const made = make(styledWorkbook());
      const heard: { sheet: string; address: string }[] = [];
      const stop = made.host.onChanged((e) => heard.push(e));
      await settle();
      await made.host.writeCells([{ sheet: "白云区", cell: "B6", value: 15 }]);
      await settle();
      expect(heard).toEqual([]);
      made.userEdit("市工商联", "C7", 12);
      await settle();
      expect(heard).toEqual([{ sheet: "市工商联", address: "C7" }]);
      stop();
      made.userEdit("市工商联", "C8", 13);
      await settle();
      expect(heard).toHaveLength(1);
    });
  });
}
