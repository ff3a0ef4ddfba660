/**
 * 自检 in the pane: the header's 更多 menu offers it only with a real Excel host; the panel runs the
 * probes (here OfficeHost over the fake Office.js runtime), shows the table and copies the result.
 */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { OfficeHost } from "../../src/host/office-host";
import { MemoryHost } from "../../src/host/memory-host";
import { SelfTestPanel, selfTestText } from "../../src/ui/SelfTest";
import { createFakeExcel } from "../host/fake-excel";
import { budgetTable } from "../host/support/workbooks";

jest.setTimeout(60_000);

const user = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

test("the 更多 menu offers 自检 with the Office host and not in the demo", async () => {
  const office = render(<App host={new OfficeHost(createFakeExcel({ sheets: [budgetTable(3)] }))} demo={false} />);
  const u = user();
  await u.click(within(screen.getByTestId("pane-header")).getByRole("button", { name: "更多" }));
  await u.click(await screen.findByRole("menuitem", { name: "自检" }));
  // the dialog is still entering (aria-hidden for jsdom's role queries): found by its text
  expect(await screen.findByText("开始自检")).toBeTruthy();
  expect(screen.getByText(/不会读取或修改您的工作表/)).toBeTruthy();
  office.unmount();
  render(<App host={new MemoryHost({ sheets: [budgetTable(3)] })} demo />);
  expect(within(screen.getByTestId("pane-header")).queryByRole("button", { name: "更多" })).toBeNull();
});

test("开始自检 fills the table row by row; 复制结果 copies one line per probe", async () => {
  const fake = createFakeExcel({ sheets: [budgetTable(3)] });
  render(<SelfTestPanel host={new OfficeHost(fake)} />);
  const u = user(); // user-event puts its own clipboard on navigator: what 复制结果 writes lands there
  await u.click(screen.getByRole("button", { name: "开始自检" }));
  await waitFor(() => expect(screen.getByRole("button", { name: "重新自检" }).hasAttribute("disabled")).toBe(false), { timeout: 30_000 });
  const rows = within(screen.getByTestId("self-test-results")).getAllByRole("row");
  expect(rows).toHaveLength(1 + 15);
  expect(rows[1].textContent).toContain("支持的 API 集");
  await u.click(screen.getByRole("button", { name: "复制结果" }));
  expect(await screen.findByRole("status")).toHaveProperty("textContent", "已复制，可粘贴到消息中发送。");
  const copied = await navigator.clipboard.readText();
  expect(copied.split("\n")).toHaveLength(1 + 15);
  expect(copied).toContain("✓ 写入“100%”后读回");
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["项目支出绩效目标表"]);
});

test("the copied text names where it ran and marks failures with ✗", () => {
  expect(selfTestText([{ probe: "600 个合并区域", ok: false, detail: "分段读取：598 个" }], "PC")).toBe("绩效目标表助手 自检结果（PC）\n✗ 600 个合并区域：分段读取：598 个");
});
