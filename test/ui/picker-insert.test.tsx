/**
 * 插入指标 against the in-memory host: a cell changed meanwhile is not overwritten; a warning needs
 * confirming; form errors; the expanded layout's new row, inserted and undone exactly.
 * (The insert → re-check → undo story on seed 002 is picker-recheck.test.tsx.)
 */
import { screen, waitFor, within } from "@testing-library/react";
import { formatSnapshot, getValue, workbookToGrid } from "../../src/host/memory-workbook";
import { MemoryHost } from "../../src/host/memory-host";
import { seedGrid } from "./support/pane";
import { G9, chooseBenefit, enabled, expandedGrid, insertButton, openPicker, picker, selectByLabel, PROJECT } from "./support/picker";

jest.setTimeout(60_000);

describe("inserting an indicator", () => {
  test("a cell the user changed meanwhile is not overwritten: the pane says so", async () => {
    const { host, user } = await openPicker("seed-002");
    await chooseBenefit(user);
    host.setCellByUser(host.workbook.sheets[0].name, "G9", "用户刚写的指标");
    await user.click(insertButton());
    const problem = await screen.findByTestId("problem");
    expect(problem.textContent).toContain("G9 已被修改");
    expect(getValue(host.workbook.sheets[0], G9.row, G9.col)).toBe("用户刚写的指标");
    expect(screen.queryByTestId("picker-inserted")).toBeNull();
  });

  test("a warning must be confirmed before 插入 is enabled", async () => {
    const { user } = await openPicker("seed-002");
    await chooseBenefit(user);
    const percent = picker().getByLabelText("百分比数值");
    await user.clear(percent);
    await user.paste("120");
    const warnings = await screen.findByTestId("picker-warnings");
    expect(within(warnings).getByText(/120%/)).toBeTruthy();
    expect(enabled(insertButton())).toBe(false);
    await user.click(within(warnings).getByRole("checkbox", { name: "我已了解以上提示，仍要插入" }));
    expect(enabled(insertButton())).toBe(true);
    // a different warning needs a new confirmation
    await user.click(percent);
    await user.paste("0");
    await waitFor(() => expect(within(screen.getByTestId("picker-warnings")).getByText(/1200%/)).toBeTruthy());
    expect(enabled(insertButton())).toBe(false);
  });

  test("form errors keep 插入 disabled and say what is missing, in Chinese", async () => {
    const { user } = await openPicker("seed-002");
    await selectByLabel(user, "项目", PROJECT);
    expect(enabled(insertButton())).toBe(false);
    const errors = screen.getByTestId("picker-errors");
    expect(errors.textContent).toContain("请选择一级指标");
    expect(errors.textContent).toContain("请填写三级指标名称");
  });
});

describe("the expanded layout (one row per indicator)", () => {
  test("a new row under the project's last indicator, its merges extended; undo removes it exactly", async () => {
    const host = new MemoryHost({ sheets: [expandedGrid(seedGrid("seed-002").sheets[0])] });
    const sheet = host.workbook.sheets[0];
    const values = JSON.stringify(workbookToGrid(host.workbook));
    const formats = formatSnapshot(host.workbook);
    const { user } = await openPicker(host);
    await chooseBenefit(user, "非公经济专项经费");
    expect(screen.getByTestId("picker-target-info").textContent).toContain("在项目最后一条指标下新增一行");
    const lines = screen.getByTestId("picker-preview").textContent!.split("\n");
    const [, after, row] = /^在第(\d+)行下插入第(\d+)行$/.exec(lines[0])!.map(Number);
    expect(lines).toContain(`I${row} 三级指标：政策知晓率`);
    expect(lines.some((l) => /^合并区域 A\d+:A\d+ 扩展为 A\d+:A\d+$/.test(l))).toBe(true);
    const rows = sheet.values.length;

    await user.click(insertButton());
    await screen.findByTestId("picker-inserted");
    expect(sheet.values.length).toBe(rows + 1);
    expect(getValue(sheet, row - 1, 8)).toBe("政策知晓率");
    expect(getValue(sheet, row - 1, 12)).toBe("≥90%");
    expect(sheet.merges.some((m) => m.left === 0 && m.bottom === row - 1 && m.top < after)).toBe(true);

    await user.click(within(screen.getByTestId("picker-inserted")).getByRole("button", { name: "撤销插入" }));
    await screen.findByTestId("picker-undone");
    expect(JSON.stringify(workbookToGrid(host.workbook))).toBe(values);
    expect(formatSnapshot(host.workbook)).toBe(formats);
  });
});

