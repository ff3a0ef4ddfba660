/** 修正 on one finding and 全部修正 on a rule, through MemoryHost over seed 002; 撤销修正 restores the cells. */
import { screen, within } from "@testing-library/react";
import { gridCell } from "../../src/host/edits";
import { workbookToGrid } from "../../src/host/memory-workbook";
import { byRule, findingButton, header, renderPane, runCheckFromPane, seedHost } from "./support/pane";

jest.setTimeout(60_000);
const RULE = "nonstandard-symbol";

test("修正 shows the change and the cell before and after, writes it, re-checks, and 撤销修正 restores it", async () => {
  const host = seedHost("seed-002");
  const { user } = renderPane(host);
  await runCheckFromPane(user);
  const item = byRule(RULE)[0];
  const cell = item.dataset.cell!;
  const sheet = workbookToGrid(host.workbook).sheets[0];
  const before = gridCell(sheet, cell);
  await user.click(findingButton(item));
  const preview = within(item).getByTestId("fix-preview");
  expect(preview.textContent).toMatch(/^将“[^”]+”改为“[≥≤><=]”/);

  await user.click(within(preview).getByRole("button", { name: "修正" }));
  await screen.findByTestId("fix-fixed");
  const after = gridCell(workbookToGrid(host.workbook).sheets[0], cell);
  expect(after).not.toBe(before);
  expect(byRule(RULE).some((el) => el.dataset.cell === cell)).toBe(false);
  // Focus lands on 撤销修正: undo is one Enter away.
  expect(document.activeElement?.textContent).toBe("撤销修正");
  await user.keyboard("{Enter}");
  await screen.findByTestId("fix-undone");
  expect(document.activeElement?.contains(screen.getByTestId("fix-undone"))).toBe(true);
  expect(gridCell(workbookToGrid(host.workbook).sheets[0], cell)).toBe(before);
});

test("English mode shows the fix in English", async () => {
  const { user } = renderPane(seedHost("seed-002"));
  await user.click(header().getByRole("button", { name: "English（切换到英文）" }));
  await user.click(screen.getByRole("button", { name: "Check" }));
  await screen.findByTestId("timings");
  const item = byRule(RULE)[0];
  await user.click(findingButton(item));
  expect(within(item).getByTestId("fix-preview").textContent).toMatch(/^Change “[^”]+” to “[≥≤><=]”/);
});
