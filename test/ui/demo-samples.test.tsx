/** The demo's samples: a trainer switches to seed 000 (the blank value) or to the clean table. */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { MemoryHost } from "../../src/host/memory-host";
import { DEMO_SAMPLES, demoWorkbook } from "../../src/taskpane/demo-workbook";
import { domainResult, runCheckFromPane, shownFindings, summary } from "./support/pane";

jest.setTimeout(60_000);
const samples = DEMO_SAMPLES.map((s) => ({ id: s.id, open: () => new MemoryHost(demoWorkbook(s.seeds)) }));

test("the clean table checks clean, as the domain says", () => {
  const clean = DEMO_SAMPLES.find((s) => s.id === "clean")!;
  const result = domainResult(demoWorkbook(clean.seeds));
  expect(result.findings).toEqual([]);
  expect(result.tables[0].projects).toBeGreaterThan(1);
});

test("the banner's chooser opens seed 000 with its blank value, then the clean table's empty state", async () => {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(<App host={samples[0].open()} demo samples={samples} />);
  await user.selectOptions(screen.getByTestId("demo-sample"), "seed-000");
  await runCheckFromPane(user);
  const blank = shownFindings().filter((el) => el.textContent?.includes("政府购买法律服务费用"));
  expect(blank.length).toBeGreaterThan(0);

  await user.selectOptions(screen.getByTestId("demo-sample"), "clean");
  await runCheckFromPane(user);
  expect(summary().textContent).toContain("未发现问题");
  expect(shownFindings()).toHaveLength(0);
});
