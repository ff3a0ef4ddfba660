/** The sheet view in jsdom: only the rows on screen are drawn, and marks, changes and the selection show and are followed. */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { WorkbookGrid } from "../../../src/domain/grid";
import { MemoryHost } from "../../../src/host/memory-host";
import { findSheet } from "../../../src/host/memory-workbook";
import { workbookToGrid } from "../../../src/host/memory-workbook";
import { SheetView } from "../../../src/ui/workspace/SheetView";
import { baselineOf } from "../../../src/ui/workspace/sheet-view-model";
import { ROW_HEIGHT } from "../../../src/ui/workspace/use-sheet-window";
import { seedSheet } from "../support/seeds";

/** A 300-agency table's worth of rows and more: 10,000 rows of project lines under the seed's header. */
function longGrid(rows: number): WorkbookGrid {
  const seed = seedSheet("seed-001");
  const body = Array.from({ length: rows - seed.rows.length }, (_, i) => [`    项目${i + 1}`, 1, 1, null, null, `目标${i + 1}`, `1、1-产出指标,11-数量指标,指标${i + 1},≧${i}个`]);
  return { sheets: [{ ...seed, name: "长表", rows: [...seed.rows, ...body] }] };
}

function show(grid: WorkbookGrid): MemoryHost {
  const host = new MemoryHost(JSON.parse(JSON.stringify(grid)) as WorkbookGrid);
  render(<SheetView host={host} baseline={baselineOf(grid)} />);
  return host;
}

const region = (): HTMLElement => screen.getByTestId("sheet-region");
const drawnRows = (): HTMLElement[] => within(region()).getAllByRole("row").filter((r) => r.hasAttribute("data-row"));
const cell = (address: string): HTMLElement => {
  const found = region().querySelector<HTMLElement>(`[data-cell="${address}"]`);
  if (!found) throw new Error(`${address} is not drawn`);
  return found;
};

test("a 10,000-row sheet keeps only a screenful of rows in the DOM, and scrolling draws the rows scrolled to", () => {
  show(longGrid(10_000));
  const first = drawnRows();
  expect(first.length).toBeGreaterThan(10);
  expect(first.length).toBeLessThan(60);
  expect(first[0].getAttribute("data-row")).toBe("1");
  expect(screen.getByRole("table").getAttribute("aria-rowcount")).toBe("10001");

  region().scrollTop = 5_000 * ROW_HEIGHT;
  fireEvent.scroll(region());
  const rows = drawnRows().map((r) => Number(r.getAttribute("data-row")));
  expect(rows.length).toBeLessThan(60);
  expect(rows).toContain(5_001);
  expect(rows).not.toContain(1);
  expect(cell("A5001").textContent).toBe("    项目4987");
});

test("a marked cell is filled in its severity's colour and says so in words; others say nothing", async () => {
  const host = show({ sheets: [{ ...seedSheet("seed-001"), name: "白云区" }] });
  await act(() => host.markFindings([{ sheet: "白云区", cell: "G6", severity: "error" }, { sheet: "白云区", cell: "G7", severity: "info" }]));
  expect(cell("G6").getAttribute("data-severity")).toBe("error");
  expect(cell("G6").style.backgroundColor).toBe("rgb(255, 199, 206)");
  expect(cell("G6").textContent).toMatch(/（错误）$/);
  expect(cell("G6").title).toMatch(/\n错误$/);
  expect(cell("G7").textContent).toMatch(/（提示）$/);
  expect(cell("G8").hasAttribute("data-severity")).toBe(false);
  await act(() => host.clearMarks());
  expect(cell("G6").hasAttribute("data-severity")).toBe(false);
});

test("a fix shows 已修改 on its cell until it is undone", async () => {
  const host = show({ sheets: [{ ...seedSheet("seed-001"), name: "白云区" }] });
  const before = String(findSheet(host.workbook, "白云区")!.values[5][6]);
  const receipt = await act(() => host.applyFixes([{ kind: "cell", sheet: "白云区", cell: "G6", before, after: before.replace("1、", "一、") }]));
  expect(cell("G6").hasAttribute("data-changed")).toBe(true);
  expect(cell("G6").textContent).toMatch(/^一、.*（已修改）$/);
  expect(region().querySelectorAll("[data-changed]")).toHaveLength(1);
  await act(() => host.undoFixes(receipt));
  expect(region().querySelectorAll("[data-changed]")).toHaveLength(0);
});

test("selecting a cell far down outlines it and scrolls it into the drawn rows", async () => {
  const host = show(longGrid(10_000));
  expect(region().querySelector("[data-selected]")).toBeNull();
  await act(() => host.selectCell("长表", "G8000"));
  expect(cell("G8000").getAttribute("data-selected")).toBe("true");
  expect(cell("G8000").getAttribute("aria-current")).toBe("true");
  expect(region().scrollTop).toBeGreaterThan(7_000 * ROW_HEIGHT);
  expect(drawnRows().length).toBeLessThan(60);
  // selecting a cell already on screen does not move the view
  const top = region().scrollTop;
  await act(() => host.selectCell("长表", "B8001"));
  expect(region().scrollTop).toBe(top);
  expect(cell("B8001").getAttribute("data-selected")).toBe("true");
  expect(cell("G8000").hasAttribute("data-selected")).toBe(false);
});

test("selecting a cell on another sheet switches the tab to it; a sheet the pane adds gets a tab marked 新增", async () => {
  const grid: WorkbookGrid = { sheets: [{ ...seedSheet("seed-001"), name: "白云区" }, { ...seedSheet("seed-002"), name: "另一表" }] };
  const host = show(grid);
  expect(screen.getByRole("tab", { name: "白云区" }).getAttribute("aria-selected")).toBe("true");
  await act(() => host.selectCell("另一表", "C5"));
  expect(screen.getByRole("tab", { name: "另一表" }).getAttribute("aria-selected")).toBe("true");
  expect(cell("C5").textContent).toBe(String(workbookToGrid(host.workbook).sheets[1].rows[4][2]));
  expect(cell("C5").getAttribute("data-selected")).toBe("true");
  const added = await act(() => host.addStandardTable("compact"));
  expect(screen.getByRole("tab", { name: `${added}（新增）` })).toBeTruthy();
});

test("the grid is a keyboard-scrollable, labelled, read-only region", () => {
  show({ sheets: [{ ...seedSheet("seed-001"), name: "白云区" }] });
  expect(region().tabIndex).toBe(0);
  expect(region().getAttribute("aria-label")).toBe("表格视图：白云区（只读，可用方向键滚动）");
  expect(region().querySelector("input, textarea, [contenteditable]")).toBeNull();
});

test("a row the picker inserts shows its text as 已修改; the rows it pushed down do not, and undo clears it", async () => {
  const host = show({ sheets: [{ ...seedSheet("seed-002"), name: "工商联" }] });
  const pushed = String(findSheet(host.workbook, "工商联")!.values[9][0]);
  const receipt = await act(() =>
    host.applyEdit({
      kind: "row",
      sheet: "工商联",
      insertRow: true,
      insertAfterRow: 9,
      row: 10,
      values: [{ col: 6, value: "2、2-效益指标；22-社会效益；政策知晓率；年度指标值:≥90%。" }],
      mergeExtensions: [],
    }),
  );
  const changed = [...region().querySelectorAll("[data-changed]")].map((c) => c.getAttribute("data-cell"));
  expect(changed).toEqual(["G10"]);
  expect(cell("A11").textContent).toBe(pushed);
  await act(() => host.undoEdit(receipt));
  expect(region().querySelectorAll("[data-changed]")).toHaveLength(0);
});
