/** Shared set-up for the pane tests: a MemoryHost over a seed table and the rendered App. */
import * as React from "react";
import { configure, render, screen, within, type RenderResult } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import type { WorkbookGrid } from "../../../src/domain/grid";
import { MemoryHost, type MemoryHostOptions } from "../../../src/host/memory-host";
import { App } from "../../../src/ui/App";
import { readWorkbook } from "../../../src/domain/reader";
import { checkWorkbook } from "../../../src/domain/check";

import { seedGrid, type SeedName } from "./seeds";

export { seedGrid, seedSheet, type SeedName } from "./seeds";

// *ByRole queries check every element's visibility through getComputedStyle, which is very slow in
// jsdom over a list of 57 findings; the pane hides nothing with CSS that these tests look for.
configure({ defaultHidden: true });

export function seedHost(name: SeedName, options?: MemoryHostOptions): MemoryHost {
  return new MemoryHost(seedGrid(name), options);
}

/** What the domain says about a grid, computed apart from the pane, to compare the pane against. */
export function domainResult(grid: WorkbookGrid) {
  return checkWorkbook(readWorkbook(grid));
}

export function renderPane(host: MemoryHost, demo = false): RenderResult & { user: ReturnType<typeof userEvent.setup> } {
  // The pointer-events check walks every ancestor's computed style on each event: slow in jsdom,
  // and the pane never disables pointer events.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  return { user, ...render(<App host={host} demo={demo} />) };
}

/**
 * Role queries scoped to one part of the pane: over the whole list of findings they are slow in
 * jsdom (every accessible name is computed), and a scoped query also says where a control lives.
 */
export const toolbar = (): ReturnType<typeof within> => within(screen.getByTestId("pane-toolbar"));
export const header = (): ReturnType<typeof within> => within(screen.getByTestId("pane-header"));
export const filters = (): ReturnType<typeof within> => within(screen.getByTestId("pane-filters"));

/** Clicks 检查 (or 重新检查) and waits for the summary. */
export async function runCheckFromPane(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  const button = toolbar().queryByRole("button", { name: "检查" }) ?? toolbar().getByRole("button", { name: "重新检查" });
  await user.click(button);
  await screen.findByTestId("timings");
  return summary();
}

export function summary(): HTMLElement {
  return screen.getByTestId("summary");
}

export function shownFindings(): HTMLElement[] {
  return screen.queryAllByTestId("finding");
}

export function findingButton(item: HTMLElement): HTMLElement {
  return within(item).getAllByRole("button")[0];
}

/** What the domain itself finds on a workbook, counted by severity: what the pane must show. */
export function expectedCounts(grid: WorkbookGrid) {
  const { findings, tables } = domainResult(grid);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return { findings, tables, total: findings.length, error: count("error"), warning: count("warning"), info: count("info") };
}
export type ExpectedCounts = ReturnType<typeof expectedCounts>;

/** The findings shown in the list for one rule. */
export const byRule = (rule: string): HTMLElement[] => shownFindings().filter((el) => el.dataset.rule === rule);
