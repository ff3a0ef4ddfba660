/** Shared steps of the 插入指标 tab's jsdom tests (picker-insert / picker-form). */
import { screen, within } from "@testing-library/react";
import type { SheetGrid } from "../../../src/domain/grid";
import type { MemoryHost } from "../../../src/host/memory-host";
import { renderPane, seedHost, type SeedName } from "./pane";

export type User = ReturnType<typeof renderPane>["user"];

export const picker = () => within(screen.getByTestId("picker"));
export const G9 = { row: 8, col: 6 };
export const PROJECT = "政企沟通服务中心运营经费";

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { expandedGrid } = require("../../../scripts/fixtures/expanded") as { expandedGrid: (g: SheetGrid) => SheetGrid };

/** Opens 插入指标 on a fresh pane and runs the check from there. */
export async function openPicker(seed: SeedName | MemoryHost) {
  const host = typeof seed === "string" ? seedHost(seed) : seed;
  const rendered = renderPane(host);
  await rendered.user.click(screen.getByRole("tab", { name: "插入指标" }));
  await rendered.user.click(within(screen.getByTestId("picker-needs-check")).getByRole("button", { name: "检查工作簿" }));
  await screen.findByTestId("picker");
  return { host, ...rendered };
}

export const selectByLabel = (user: User, label: string, option: string) => user.selectOptions(picker().getByLabelText(label), option);

/** 2-效益指标 / 22-社会效益 / 政策知晓率 (the suggestion proposes ≥90%). */
export async function chooseBenefit(user: User, project = PROJECT) {
  await selectByLabel(user, "项目", project);
  await selectByLabel(user, "一级指标", "2 效益指标");
  await selectByLabel(user, "二级指标", "22 社会效益指标");
  // one paste instead of a keystroke per character: each re-renders the whole form (slow in jsdom)
  await user.click(picker().getByRole("combobox", { name: "三级指标名称" }));
  await user.paste("知晓");
  await user.click(await screen.findByRole("option", { name: /^政策知晓率/ }));
}

export const insertButton = () => picker().getByRole("button", { name: "插入" });
export const enabled = (el: HTMLElement) => el.getAttribute("aria-disabled") !== "true" && !el.hasAttribute("disabled");
