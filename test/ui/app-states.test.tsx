/**
 * Marks, failures, empty states, progress and live re-check: the pane against the in-memory host
 * loaded with seed table 002 (广州市工商业联合会: 2 agencies,
 * 17 projects; the first agency's 563.39 is 0.01 more than its 13 projects add up to).
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { HostError, type WorkbookHost } from "../../src/host/host";
import { MemoryHost } from "../../src/host/memory-host";
import { hostMessages } from "../../src/host/errors";
import {
  renderPane,
  runCheckFromPane,
  seedGrid,
  seedHost,
  shownFindings,
  summary,
  toolbar,
  byRule,
  expectedCounts,
  type ExpectedCounts,
} from "./support/pane";

const SHEET = seedGrid("seed-002").sheets[0].name;

// jsdom renders the 57 findings of this seed slowly; the tests assert behaviour, never speed.
jest.setTimeout(60_000);

const expected = (): ExpectedCounts => expectedCounts(seedGrid("seed-002"));

describe("marks", () => {
  test("标记单元格 marks every finding's cell in the host; 清除标记 removes them and the fills are as before", async () => {
    const want = expected();
    const host = seedHost("seed-002");
    const { user } = renderPane(host);
    await runCheckFromPane(user);
    const cells = [...new Set(want.findings.map((f) => f.cell))];
    const before = cells.map((c) => host.fillAt(SHEET, c));

    await user.click(toolbar().getByRole("button", { name: "标记单元格" }));
    await within(summary()).findByText(`已在 Excel 中标记 ${cells.length} 个单元格。`);
    expect(new Set(host.markedCells().map((m) => m.cell))).toEqual(new Set(cells));
    const subtotal = want.findings.find((f) => f.rule === "subtotal-mismatch")!;
    expect(host.markedCells().find((m) => m.cell === subtotal.cell)?.severity).toBe("warning");
    expect(host.fillAt(SHEET, subtotal.cell)).not.toBe(before[cells.indexOf(subtotal.cell)]);

    await user.click(toolbar().getByRole("button", { name: "清除标记" }));
    await within(summary()).findByText("已清除标记。");
    expect(host.markedCells()).toEqual([]);
    expect(cells.map((c) => host.fillAt(SHEET, c))).toEqual(before);
  });

  test("a refused mark shows the host's Chinese message and marks nothing", async () => {
    const host = seedHost("seed-002");
    const { user } = renderPane(host);
    await runCheckFromPane(user);
    host.failNext("markFindings", new HostError(hostMessages.protectedSheet(SHEET), "AccessDenied"));
    await user.click(toolbar().getByRole("button", { name: "标记单元格" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(`工作表“${SHEET}”受保护，无法标记或写入。`);
    expect(host.markedCells()).toEqual([]);
  });
});

describe("states", () => {
  test("a host that rejects shows its Chinese message, and the next check recovers", async () => {
    const host = seedHost("seed-002");
    host.failNext("readWorkbook", new HostError(hostMessages.cellEdit(), "InvalidOperationInCellEditMode"));
    const { user } = renderPane(host);
    await user.click(toolbar().getByRole("button", { name: "检查" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("操作未完成");
    expect(alert.textContent).toContain("Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。");

    await runCheckFromPane(user);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("an unexpected error is framed in Chinese with what to do", async () => {
    const host = seedHost("seed-002");
    jest.spyOn(host, "readWorkbook").mockRejectedValueOnce(new TypeError("values is null"));
    const { user } = renderPane(host);
    await user.click(toolbar().getByRole("button", { name: "检查" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("检查时出错：values is null");
  });

  test("a workbook without a 绩效目标表 says what the header needs", async () => {
    const host = new MemoryHost({ sheets: [{ name: "说明", rows: [["本工作簿用于填写说明"], ["请在下一张表填写"]] }] });
    const { user } = renderPane(host);
    await user.click(toolbar().getByRole("button", { name: "检查" }));
    const hint = await screen.findByTestId("no-table");
    expect(hint.textContent).toContain("未找到绩效目标表：请确认表头含“项目名称”“绩效目标”“绩效指标”");
    expect(screen.queryByTestId("summary")).toBeNull();
  });

  test("the demo banner says the pane is not connected to Excel", () => {
    renderPane(seedHost("seed-002"), true);
    expect(screen.getByTestId("demo-banner").textContent).toContain("演示模式：未连接 Excel");
  });

  test("a slow read shows the progress indicator until the result arrives", async () => {
    const { user } = renderPane(seedHost("seed-002", { latencyMs: 900 }));
    await user.click(toolbar().getByRole("button", { name: "检查" }));
    expect(await screen.findByText("正在检查…", undefined, { timeout: 5000 })).toBeTruthy();
    await screen.findByTestId("timings", undefined, { timeout: 10_000 });
    expect(screen.queryByText("正在检查…")).toBeNull();
  });
});

describe("live re-check", () => {
  test("a user edit inside the table re-checks and the list follows; an edit far away does not re-read", async () => {
    const host = seedHost("seed-002");
    const reads = jest.spyOn(host, "readWorkbook");
    const { user } = renderPane(host);
    await runCheckFromPane(user);
    await user.click(toolbar().getByRole("switch", { name: "实时检查" }));
    expect(byRule("subtotal-mismatch")).toHaveLength(1);
    const readsBefore = reads.mock.calls.length;

    // Far from the table: no re-check.
    act(() => host.setCellByUser(SHEET, "Z100", "备注"));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(reads.mock.calls.length).toBe(readsBefore);

    // 工作经费 12 → 12.01 (总计 and 财政拨款) makes the 13 projects add up to the agency's 563.39.
    // Two edits in a row are one re-check: the debounce waits for the pause.
    act(() => host.setCellByUser(SHEET, "B7", 12.01));
    act(() => host.setCellByUser(SHEET, "C7", 12.01));
    await waitFor(() => expect(reads.mock.calls.length).toBe(readsBefore + 1), { timeout: 5000 });
    await waitFor(() => expect(byRule("subtotal-mismatch")).toHaveLength(0), { timeout: 5000 });
    expect(shownFindings().length).toBeGreaterThan(0);
  });

  test("switching live re-check on before any check runs one", async () => {
    const { user } = renderPane(seedHost("seed-002"));
    await user.click(toolbar().getByRole("switch", { name: "实时检查" }));
    await screen.findByTestId("timings");
    expect(summary().textContent).toContain("条问题");
  });

  test("when listening fails, the host's message shows and the switch turns off", async () => {
    const host = seedHost("seed-002");
    jest.spyOn(host as WorkbookHost, "onChanged").mockImplementation((_listener, onError) => {
      onError?.(new HostError(hostMessages.closed(), "ItemNotFound"));
      return () => {};
    });
    const { user } = renderPane(host);
    await runCheckFromPane(user);
    await user.click(toolbar().getByRole("switch", { name: "实时检查" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(hostMessages.closed());
    expect((toolbar().getByRole("switch", { name: "实时检查" }) as HTMLInputElement).checked).toBe(false);
  });
});
