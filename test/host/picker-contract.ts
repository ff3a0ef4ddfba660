/**
 * What every host promises about the picker's edits (applyEdit / undoEdit / getSelection), run
 * against MemoryHost and OfficeHost over the fake Office.js (picker-edits.test.ts): the cell or row
 * written exactly as planned, undone exactly, never over what a user typed.
 */
import type { WorkbookGrid } from "../../src/domain/grid";
import { readWorkbook } from "../../src/domain/reader";
import { checkWorkbook } from "../../src/domain/check";
import { projectsOf, type Indicator, type TableRow } from "../../src/domain/model";
import { HostError } from "../../src/host/host";
import type { RowEdit } from "../../src/host/edits";
import { formatSnapshot, getValue, setStyle, workbookFromGrid, workbookToGrid } from "../../src/host/memory-workbook";
import { getFormula, setFormula } from "../../src/host/memory-rows";
import { settle, type MakeHost } from "./contract";
import { COMPACT_PROJECT, EXPANDED_PROJECT, compactEdit, expandedEdit } from "./support/picker-edits";

async function rejection(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

const reading = (i: Indicator) => [i.level1?.name ?? null, i.level2?.name ?? null, i.name?.text ?? null, i.periodValue?.text ?? null, i.annualValue?.text ?? null];
const projectReading = (p: TableRow) => ({ name: p.name, goal: p.goal?.text ?? null, total: String(p.amounts?.total.kind === "number" ? p.amounts.total.value : ""), indicators: p.indicators.map(reading) });
const projectsIn = (grid: WorkbookGrid) => projectsOf(readWorkbook(grid).tables[0]);

export function pickerContract(label: string, make: MakeHost): void {
  describe(`${label}: inserting an indicator`, () => {
    describe("compact layout (seed 002, one 绩效指标 cell per project)", () => {
      test("appends to the project's cell exactly as planned; the project's category-missing finding goes", async () => {
        const { grid, edit } = compactEdit();
        const { host, workbook } = make(grid);
        const sheetName = grid.sheets[0].name;
        const missing = (g: WorkbookGrid) =>
          checkWorkbook(readWorkbook(g)).findings.filter((f) => f.rule === "category-missing" && f.cell === edit.cell && f.sheet === sheetName).map((f) => f.key.split("|").pop());
        expect(missing(grid)).toEqual(["效益指标", "满意度指标", "成本指标"]);
        const receipt = await host.applyEdit(edit);
        expect(receipt.address).toBe("G9");
        expect(getValue(workbook.sheets[0], 8, 6)).toBe(edit.after);
        const after = await host.readWorkbook();
        const target = projectsIn(after).find((p) => p.name === COMPACT_PROJECT)!;
        expect(target.indicators.map((i) => i.name?.text)).toEqual(["举办政企沟通系列活动", "服务年限", "运营报告", "政策知晓率"]);
        expect(target.indicators[3].annualValue?.text).toBe("≥90%");
        const others = (g: WorkbookGrid) => projectsIn(g).filter((p) => p.name !== COMPACT_PROJECT).map(projectReading);
        expect(others(after)).toEqual(others(grid));
        expect(missing(after)).toEqual(["满意度指标", "成本指标"]);
      });

      test("undo brings the cell back byte for byte, and the workbook is as it was", async () => {
        const { grid, edit } = compactEdit();
        const { host, workbook } = make(grid);
        const values = JSON.stringify(workbookToGrid(workbook));
        const formats = formatSnapshot(workbook);
        await host.undoEdit(await host.applyEdit(edit));
        expect(getValue(workbook.sheets[0], 8, 6)).toBe(edit.before);
        expect(JSON.stringify(workbookToGrid(workbook))).toBe(values);
        expect(formatSnapshot(workbook)).toBe(formats);
      });

      test("undo still works after the user edited another cell, and keeps that edit", async () => {
        const { grid, edit } = compactEdit();
        const made = make(grid);
        const receipt = await made.host.applyEdit(edit);
        made.userEdit(grid.sheets[0].name, "F8", "用户刚改的绩效目标");
        await made.host.undoEdit(receipt);
        expect(getValue(made.workbook.sheets[0], 8, 6)).toBe(edit.before);
        expect(getValue(made.workbook.sheets[0], 7, 5)).toBe("用户刚改的绩效目标");
      });

      test("refuses to write over a cell the user changed since the check, naming sheet and cell", async () => {
        const { grid, edit } = compactEdit();
        const made = make(grid);
        made.userEdit(edit.sheet, edit.cell, "用户自己写的指标");
        const error = await rejection(made.host.applyEdit(edit));
        expect(error.code).toBe("Conflict");
        expect(error.message).toContain(`工作表“${edit.sheet}”的 G9 已被修改`);
        expect(getValue(made.workbook.sheets[0], 8, 6)).toBe("用户自己写的指标");
      });

      test("refuses to undo when the user edited the inserted cell, and keeps the user's text", async () => {
        const { grid, edit } = compactEdit();
        const made = make(grid);
        const receipt = await made.host.applyEdit(edit);
        made.userEdit(edit.sheet, edit.cell, `${edit.after}（用户补充）`);
        const error = await rejection(made.host.undoEdit(receipt));
        expect(error.message).toContain("无法撤销");
        expect(error.message).toContain("G9");
        expect(getValue(made.workbook.sheets[0], 8, 6)).toBe(`${edit.after}（用户补充）`);
      });

      test("refuses a text longer than an Excel cell holds, naming sheet and cell", async () => {
        const { grid, edit } = compactEdit();
        const { host, workbook } = make(grid);
        const error = await rejection(host.applyEdit({ ...edit, after: edit.before + "。".repeat(32_767) }));
        expect(error.message).toContain(`工作表“${edit.sheet}”的 G9`);
        expect(error.message).toContain("32767");
        expect(getValue(workbook.sheets[0], 8, 6)).toBe(edit.before);
      });

      test("never overwrites a formula, and a protected sheet refuses with nothing written", async () => {
        const { grid, edit } = compactEdit();
        const { host, workbook } = make(workbookFromGrid(grid));
        const sheet = workbook.sheets[0];
        setFormula(sheet, 8, 6, '=CONCAT("1、",F9)', edit.before);
        expect((await rejection(host.applyEdit(edit))).message).toContain("是公式");
        expect(getFormula(sheet, 8, 6)).toBe('=CONCAT("1、",F9)');
        const { host: other, workbook: wb2 } = make(workbookFromGrid(grid));
        wb2.sheets[0].protected = true;
        const error = await rejection(other.applyEdit(edit));
        expect(error.code).toBe("AccessDenied");
        expect(getValue(wb2.sheets[0], 8, 6)).toBe(edit.before);
      });
    });

    describe("expanded layout (seed 002, one row per indicator, merged project cells)", () => {
      /** The workbook dressed as a department would: a bordered indicator row, a subtotal formula. */
      function dressed() {
        const planned = expandedEdit();
        const wb = workbookFromGrid(planned.grid);
        const sheet = wb.sheets[0];
        const last = planned.edit.insertAfterRow - 1;
        const thin = { style: "Continuous", color: "#000000", weight: "Thin" };
        for (let c = 0; c < 13; c++) setStyle(sheet, last, c, { borders: { EdgeBottom: thin } });
        const lastRow = planned.grid.sheets[0].rows.length;
        setFormula(sheet, 5, 1, `=SUM(B7:B${lastRow})`, getValue(sheet, 5, 1));
        setFormula(sheet, lastRow + 1, 14, `=B6-B${lastRow}`, 0); // O, below the table, pointing into it
        return { ...planned, wb, sheet, lastRow };
      }

      test("inserts a row under the project's last indicator, extends its merges, shifts formulas", async () => {
        const { edit, wb, lastRow, grid } = dressed();
        const { host, workbook } = make(wb);
        const sheet = workbook.sheets[0];
        await host.applyEdit(edit);
        const r = edit.row - 1;
        expect(edit.insertRow).toBe(true);
        for (const v of edit.values) expect(getValue(sheet, r, v.col)).toBe(v.value);
        for (const m of edit.mergeExtensions) expect(sheet.merges).toContainEqual(m.to);
        expect(sheet.styles.get(`${r},3`)?.borders.EdgeBottom?.weight).toBe("Thin"); // format same as above
        expect(getFormula(sheet, 5, 1)).toBe(`=SUM(B7:B${lastRow + 1})`);
        expect(getFormula(sheet, lastRow + 2, 14)).toBe(`=B6-B${lastRow + 1}`);
        const after = projectsIn(await host.readWorkbook());
        const before = projectsIn(grid);
        expect(after.map((p) => p.name)).toEqual(before.map((p) => p.name));
        after.forEach((p, k) => {
          if (p.name !== EXPANDED_PROJECT) return expect(projectReading(p)).toEqual(projectReading(before[k]));
          expect(p.indicators.map(reading).slice(0, -1)).toEqual(before[k].indicators.map(reading));
          expect(reading(p.indicators[p.indicators.length - 1]).slice(2)).toEqual(["政策知晓率", "≥90%", "≥90%"]);
        });
      });

      test("undo deletes the row and restores merges, formats, formulas and values exactly", async () => {
        const { edit, wb } = dressed();
        const { host, workbook } = make(wb);
        const values = JSON.stringify(workbookToGrid(workbook));
        const formats = formatSnapshot(workbook);
        const formulas = JSON.stringify([...(workbook.sheets[0].formulas ?? [])]);
        await host.undoEdit(await host.applyEdit(edit));
        expect(JSON.stringify(workbookToGrid(workbook))).toBe(values);
        expect(formatSnapshot(workbook)).toBe(formats);
        expect(JSON.stringify([...(workbook.sheets[0].formulas ?? [])])).toBe(formulas);
      });

      test("undo works after a user edit above and below the row, keeping both edits", async () => {
        const { edit, wb, grid } = dressed();
        const made = make(wb);
        const receipt = await made.host.applyEdit(edit);
        const name = grid.sheets[0].name;
        made.userEdit(name, "F7", "上方项目的新目标");
        made.userEdit(name, `I${edit.row + 1}`, "下方项目改过的指标名");
        await made.host.undoEdit(receipt);
        const sheet = made.workbook.sheets[0];
        expect(getValue(sheet, 6, 5)).toBe("上方项目的新目标");
        expect(getValue(sheet, edit.row - 1, 8)).toBe("下方项目改过的指标名"); // moved back up with its row
        expect(sheet.merges).toEqual(expect.arrayContaining(edit.mergeExtensions.map((m) => m.from)));
      });

      test("refuses to undo when the user edited the inserted row; the row stays", async () => {
        const { edit, wb, grid } = dressed();
        const made = make(wb);
        const receipt = await made.host.applyEdit(edit);
        made.userEdit(grid.sheets[0].name, `I${edit.row}`, "用户改过的名称");
        const error = await rejection(made.host.undoEdit(receipt));
        expect(error.message).toContain(`第${edit.row}行在插入后被修改或移动过`);
        expect(getValue(made.workbook.sheets[0], edit.row - 1, 8)).toBe("用户改过的名称");
      });

      test("refuses to insert when the project changed since the check; nothing is written", async () => {
        const { edit, wb, grid, project } = dressed();
        const made = make(wb);
        made.userEdit(grid.sheets[0].name, project.nameCell, "改名后的项目");
        const values = JSON.stringify(workbookToGrid(made.workbook));
        const formats = formatSnapshot(made.workbook);
        const error = await rejection(made.host.applyEdit(edit));
        expect(error.message).toContain(`${project.nameCell} 已被修改`);
        expect(JSON.stringify(workbookToGrid(made.workbook))).toBe(values);
        expect(formatSnapshot(made.workbook)).toBe(formats);
      });

      test("fills a project's own empty row, never a cell that holds something; undo empties it again", async () => {
        const { wb, sheet } = dressed();
        const row = sheet.values.length + 3; // below everything, 1-based
        const edit: RowEdit = {
          kind: "row", sheet: sheet.name, insertRow: false, insertAfterRow: row, row, mergeExtensions: [],
          values: [{ col: 6, value: "1-产出指标" }, { col: 8, value: "开展培训次数" }, { col: 9, value: "=" }, { col: 12, value: "+3次" }],
        };
        const { host, workbook } = make(wb);
        const target = workbook.sheets[0];
        const receipt = await host.applyEdit(edit);
        // "=" and "+3次" stay text (not formulas), exactly as written
        expect([6, 8, 9, 12].map((c) => getValue(target, row - 1, c))).toEqual(["1-产出指标", "开展培训次数", "=", "+3次"]);
        await host.undoEdit(receipt);
        expect([6, 8, 9, 12].map((c) => getValue(target, row - 1, c))).toEqual([null, null, null, null]);
        const { host: other, workbook: wb2 } = make(dressed().wb);
        setFormula(wb2.sheets[0], row - 1, 8, "=1+1", 2);
        expect((await rejection(other.applyEdit(edit))).message).toContain(`I${row} 已有内容`);
        expect(getValue(wb2.sheets[0], row - 1, 6)).toBeNull();
      });
    });

    test("its own edits and undos raise no change event; a user's edit still does", async () => {
      const { grid, edit } = compactEdit();
      const made = make(grid);
      const heard: { sheet: string; address: string }[] = [];
      const stop = made.host.onChanged((e) => heard.push(e));
      await settle();
      await made.host.undoEdit(await made.host.applyEdit(edit));
      const expanded = expandedEdit();
      const other = make(expanded.grid);
      const heardRows: unknown[] = [];
      const stopRows = other.host.onChanged((e) => heardRows.push(e));
      await settle();
      await other.host.undoEdit(await other.host.applyEdit(expanded.edit));
      await settle();
      expect(heard).toEqual([]);
      expect(heardRows).toEqual([]);
      made.userEdit(edit.sheet, "F8", "用户修改");
      await settle();
      expect(heard).toEqual([{ sheet: edit.sheet, address: "F8" }]);
      stop();
      stopRows();
    });

    test("getSelection gives the active cell: the top-left of the selected range", async () => {
      const { grid } = compactEdit();
      const { host, workbook } = make(grid);
      const name = grid.sheets[0].name;
      await host.selectCell(name, "G9");
      expect(await host.getSelection()).toEqual({ sheet: name, cell: "G9" });
      workbook.selection = { sheet: name, cell: "B7:C9" };
      expect(await host.getSelection()).toEqual({ sheet: name, cell: "B7" });
    });
  });
}
