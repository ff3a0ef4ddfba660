/**
 * The sheet view inside the workspace: it shows the workbook the pane works on (also after the
 * demo's chooser switches samples), on a narrow screen only once 表格视图 is pressed, and it follows
 * a finding the pane selects. jsdom has no matchMedia, so this is the narrow layout.
 */
import "./text-codec";
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { MemoryHost } from "../../../src/host/memory-host";
import { DEMO_SAMPLES, demoWorkbook } from "../../../src/taskpane/demo-workbook";
import { Workspace } from "../../../src/ui/workspace/Workspace";
import { findingButton, runCheckFromPane, shownFindings } from "../support/pane";

jest.setTimeout(60_000);
const samples = DEMO_SAMPLES.map((s) => ({ id: s.id, open: () => new MemoryHost(demoWorkbook(s.seeds)) }));
const tabNames = (): (string | null)[] => screen.getAllByTestId("sheet-tab").map((tab) => tab.getAttribute("data-sheet"));

test("表格视图 shows the demo workbook; switching samples shows the new one; a finding's cell is selected there", async () => {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const demo = new MemoryHost(demoWorkbook(DEMO_SAMPLES[0].seeds));
  render(<Workspace demoHost={demo} samples={samples} />);
  expect(screen.queryByTestId("sheet-view")).toBeNull();
  const toggle = screen.getByRole("button", { name: "表格视图" });
  await user.click(toggle);
  expect(toggle.getAttribute("aria-expanded")).toBe("true");
  expect(tabNames()).toEqual(demo.workbook.sheets.map((s) => s.name));

  await user.selectOptions(screen.getByTestId("demo-sample"), "seed-000");
  const seed000 = demoWorkbook(DEMO_SAMPLES.find((s) => s.id === "seed-000")!.seeds).sheets.map((s) => s.name);
  expect(tabNames()).toEqual(seed000);

  await runCheckFromPane(user);
  const finding = shownFindings()[0];
  await user.click(findingButton(finding));
  const selected = await within(screen.getByTestId("sheet-region")).findByRole("cell", { current: true });
  expect(selected.getAttribute("data-cell")).toBe(finding.getAttribute("data-cell"));
});

test("the pane's language switch changes the sheet view's words too", async () => {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(<Workspace demoHost={new MemoryHost(demoWorkbook(DEMO_SAMPLES[0].seeds))} samples={samples} />);
  await user.click(screen.getByRole("button", { name: "表格视图" }));
  await user.click(within(screen.getByTestId("pane-header")).getByRole("button", { name: /English/ }));
  expect(screen.getByRole("button", { name: "Sheet view" }).getAttribute("aria-expanded")).toBe("true");
  expect(screen.getByTestId("sheet-region").getAttribute("aria-label")).toMatch(/^Sheet view: .+ \(read-only, scroll with the arrow keys\)$/);
  localStorage.clear();
});
