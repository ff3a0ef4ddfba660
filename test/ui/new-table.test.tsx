/**
 * 新建绩效目标表 from the pane, on the demo workbook: the chosen layout is written as a new sheet
 * beside the demo's tables (none of them touched), the workbook is checked at once, and the
 * example project's placeholders are what the 检查 tab lists for it. A second table takes the next
 * free name.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { MemoryHost } from "../../src/host/memory-host";
import { findSheet, workbookToGrid } from "../../src/host/memory-workbook";
import { demoWorkbook } from "../../src/taskpane/demo-workbook";
import { readWorkbook } from "../../src/domain/reader";
import { sheetSnapshot } from "../host/support/review";
import { byRule, renderPane } from "./support/pane";

jest.setTimeout(60_000);

const NEW = "项目支出绩效目标表";

test("新建绩效目标表 adds the chosen layout as a new sheet, checks it, and never replaces a sheet", async () => {
  const host = new MemoryHost(demoWorkbook());
  const demoSheets = host.workbook.sheets.map((s) => s.name);
  const before = host.workbook.sheets.map((s) => sheetSnapshot(s));
  const { user } = renderPane(host, true);

  await user.click(screen.getByRole("tab", { name: "插入指标" }));
  const panel = within(screen.getByTestId("new-table"));
  await user.selectOptions(panel.getByTestId("new-table-layout"), "expanded");
  await user.click(panel.getByRole("button", { name: "新建绩效目标表" }));

  expect((await panel.findByRole("status")).textContent).toContain(`“${NEW}”`);
  expect(host.workbook.sheets.map((s) => s.name)).toEqual([...demoSheets, NEW]);
  expect(host.workbook.sheets.slice(0, demoSheets.length).map((s) => sheetSnapshot(s))).toEqual(before);
  expect(host.workbook.activeSheet).toBe(NEW);
  const added = readWorkbook({ sheets: [workbookToGrid(host.workbook).sheets.find((s) => s.name === NEW)!] });
  expect(added.tables.map((t) => t.layout)).toEqual(["expanded"]);

  // the check ran over the new sheet: its example project is listed, for its placeholders
  await user.click(screen.getByRole("tab", { name: "检查" }));
  await screen.findByTestId("timings");
  await waitFor(() => expect(screen.getAllByText(/示例项目（请改为项目名称）/).length).toBeGreaterThan(0));
  expect(byRule("placeholder-value").length).toBeGreaterThan(0);

  await user.click(screen.getByRole("tab", { name: "插入指标" }));
  await user.click(within(screen.getByTestId("new-table")).getByRole("button", { name: "新建绩效目标表" }));
  await waitFor(() => expect(findSheet(host.workbook, `${NEW}(2)`)).toBeDefined());
  expect(host.workbook.sheets).toHaveLength(demoSheets.length + 2);
});

test("the layout choice offers the 申报表 form, named in the pane's language, and writes a form", async () => {
  const host = new MemoryHost(demoWorkbook());
  const { user } = renderPane(host, true);
  await user.click(screen.getByRole("tab", { name: "插入指标" }));
  const select = (): HTMLElement => within(screen.getByTestId("new-table")).getByTestId("new-table-layout");
  const options = (): string[] => within(select()).getAllByRole("option").map((o) => o.textContent ?? "");
  expect(options()).toContain("申报表（每个项目一张表）");

  await user.selectOptions(select(), "form");
  await user.click(within(screen.getByTestId("new-table")).getByRole("button", { name: "新建绩效目标表" }));
  await waitFor(() => expect(findSheet(host.workbook, NEW)).toBeDefined());
  const added = readWorkbook({ sheets: [workbookToGrid(host.workbook).sheets.find((s) => s.name === NEW)!] });
  expect(added.tables.map((t) => t.layout)).toEqual(["form"]);

  await user.click(screen.getByRole("button", { name: "English（切换到英文）" }));
  expect(options()).toContain("申报表 form (one project per sheet)");
});
