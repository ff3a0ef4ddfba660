/**
 * 插入指标 end to end in jsdom: seed 002's 政企沟通服务中心运营经费 has only 产出 indicators; a 效益
 * indicator is previewed, inserted, the pane re-checks (its category-missing finding goes), and
 * 撤销插入 restores the cell. Its own file: rendering the findings list twice leaves jsdom slow for
 * whatever test runs after it in the same document.
 */
import { screen, within } from "@testing-library/react";
import { getValue } from "../../src/host/memory-workbook";
import { shownFindings } from "./support/pane";
import { G9, chooseBenefit, insertButton, openPicker, picker } from "./support/picker";

jest.setTimeout(60_000);

describe("inserting an indicator", () => {
  test("a 效益 indicator for a project that lacks one: preview, insert, the cell, re-check, undo", async () => {
    const { host, user } = await openPicker("seed-002");
    const sheet = host.workbook.sheets[0];
    const before = getValue(sheet, G9.row, G9.col) as string;
    await chooseBenefit(user);
    // the suggestion proposed a rate with ≥ and its usual 90
    expect((picker().getByLabelText("百分比数值") as HTMLInputElement).value).toBe("90");
    const preview = screen.getByTestId("picker-preview").textContent!;
    expect(preview.startsWith(before.replace(/。$/, ""))).toBe(true);
    expect(preview.endsWith("4、2-效益指标；22-社会效益；政策知晓率；实施周期指标值:≥90%；年度指标值:≥90%。")).toBe(true);
    expect(screen.getByTestId("picker-preview").querySelector("mark")?.textContent).toBe(
      "4、2-效益指标；22-社会效益；政策知晓率；实施周期指标值:≥90%；年度指标值:≥90%。",
    );
    expect(screen.queryByTestId("picker-warnings")).toBeNull();

    await user.click(insertButton());
    const done = await screen.findByTestId("picker-inserted");
    expect(done.textContent).toContain("G9");
    expect(done.textContent).toContain("政策知晓率");
    expect(getValue(sheet, G9.row, G9.col)).toBe(preview);

    // the re-check ran: the project no longer misses 效益 (满意度 and 成本 are still missing)
    await user.click(screen.getByRole("tab", { name: "检查" }));
    const missing = () => shownFindings().filter((f) => f.dataset.rule === "category-missing" && f.dataset.cell === "G9");
    expect(missing().map((f) => f.textContent)).toEqual([expect.stringContaining("满意度"), expect.stringContaining("成本")]);

    await user.click(screen.getByRole("tab", { name: "插入指标" }));
    await user.click(within(screen.getByTestId("picker-inserted")).getByRole("button", { name: "撤销插入" }));
    await screen.findByTestId("picker-undone");
    expect(getValue(sheet, G9.row, G9.col)).toBe(before);
    await user.click(screen.getByRole("tab", { name: "检查" }));
    expect(missing()).toHaveLength(3);
  });
});
