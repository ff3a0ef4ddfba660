/** Working through the findings: errors first, F8 / Shift+F8 and the buttons, 只看错误, 按规则. */
import { screen, within } from "@testing-library/react";
import { buildFindingsList } from "../../src/ui/findings-order";
import { expectedCounts, filters, findingButton, renderPane, runCheckFromPane, seedGrid, seedHost, shownFindings } from "./support/pane";

const SEED = "seed-002";
// jsdom renders the whole list of a real seed table on each step: slow, never asserted.
jest.setTimeout(60_000);

test("the list opens with an error; F8 and Shift+F8 walk the findings and select each cell", async () => {
  const want = expectedCounts(seedGrid(SEED));
  const order = buildFindingsList(want.findings, "severity").items.map((i) => i.finding);
  const host = seedHost(SEED);
  const { user } = renderPane(host);
  await runCheckFromPane(user);
  expect(shownFindings()[0].dataset.severity).toBe("error");

  await user.keyboard("{F8}");
  expect(host.workbook.selection).toEqual({ sheet: order[0].sheet, cell: order[0].cell });
  expect(screen.getByTestId("nav-position").textContent).toBe(`第 1 / ${want.total} 条`);
  await user.keyboard("{F8}");
  expect(host.workbook.selection).toEqual({ sheet: order[1].sheet, cell: order[1].cell });
  // Focus follows, so a screen reader says where the user landed.
  expect(document.activeElement?.closest("[data-testid=finding]")?.getAttribute("data-cell")).toBe(order[1].cell);
  await user.keyboard("{Shift>}{F8}{/Shift}");
  expect(host.workbook.selection).toEqual({ sheet: order[0].sheet, cell: order[0].cell });
  await user.click(within(screen.getByTestId("nav")).getByRole("button", { name: "上一条" }));
  const last = order[order.length - 1];
  expect(host.workbook.selection).toEqual({ sheet: last.sheet, cell: last.cell });
});

test("clicking an open finding again selects its cell again and keeps it open", async () => {
  const host = seedHost(SEED);
  const { user } = renderPane(host);
  await runCheckFromPane(user);
  const item = shownFindings()[0];
  await user.click(findingButton(item));
  host.workbook.selection = null;
  await user.click(findingButton(item));
  expect(findingButton(item).getAttribute("aria-expanded")).toBe("true");
  expect(host.workbook.selection).toMatchObject({ cell: item.dataset.cell });
});

test("只看错误 keeps the errors in one click; 按规则 shows one group per rule with its count", async () => {
  const want = expectedCounts(seedGrid(SEED));
  const { user } = renderPane(seedHost(SEED));
  await runCheckFromPane(user);
  await user.click(filters().getByRole("button", { name: "只看错误" }));
  expect(shownFindings()).toHaveLength(want.error);
  expect(filters().getByRole("button", { name: `警告 ${want.warning}`, pressed: false })).toBeTruthy();
  await user.click(within(screen.getByTestId("nav")).getByRole("button", { name: "清除筛选" }));

  await user.click(filters().getByRole("combobox", { name: "排序" }));
  await user.click(within(await screen.findByRole("listbox")).getByRole("option", { name: "按规则" }));
  const headers = within(screen.getByTestId("findings-list")).getAllByRole("heading", { level: 2 });
  expect(headers).toHaveLength(new Set(want.findings.map((f) => f.rule)).size);
  expect(shownFindings()).toHaveLength(want.total);
});

test("the language choice is remembered for the next session", async () => {
  localStorage.clear();
  const first = renderPane(seedHost(SEED));
  await first.user.click(within(screen.getByTestId("pane-header")).getByRole("button", { name: "English（切换到英文）" }));
  expect(localStorage.getItem("jixiao.lang")).toBe("en");
  first.unmount();
  renderPane(seedHost(SEED));
  expect(within(screen.getByTestId("pane-header")).getByRole("heading", { level: 1 }).textContent).not.toBe("绩效目标表检查");
  localStorage.clear();
});
