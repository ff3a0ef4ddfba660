/**
 * The reviewer's workflow in the pane, against the in-memory host over seed table 002: explain a
 * finding (it leaves the open list and the marks, appears under 已说明 with reason, name and time,
 * is stored in the workbook), reopen it, see a lapsed explanation, and write the 审核意见表, read back
 * from the MemoryHost workbook.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { EXPLAINED_HEADERS, REVIEW_HEADERS, REVIEW_SHEET, explainFinding } from "../../src/domain/review";
import { HostError } from "../../src/host/host";
import { findSheet, getValue, type MemorySheet } from "../../src/host/memory-workbook";
import { getFormula } from "../../src/host/memory-rows";
import { REVIEWER_KEY } from "../../src/ui/review/reviewer-name";
import { domainResult, findingButton, renderPane, runCheckFromPane, seedGrid, seedHost, shownFindings, summary, toolbar } from "./support/pane";

jest.setTimeout(60_000);

const SHEET = seedGrid("seed-002").sheets[0].name;
const all = () => domainResult(seedGrid("seed-002")).findings;
const byRule = (rule: string) => shownFindings().filter((el) => el.dataset.rule === rule);
type User = ReturnType<typeof renderPane>["user"];

beforeEach(() => localStorage.clear());

const tab = (name: string) => screen.getByRole("tab", { name });

/** Opens the subtotal finding (B6), fills the inline form and saves it. */
async function explainSubtotal(user: User, reason: string, name?: string): Promise<void> {
  const [item] = byRule("subtotal-mismatch");
  await user.click(findingButton(item));
  await user.click(within(item).getByRole("button", { name: "标记为已说明" }));
  const form = within(within(item).getByTestId("explain-form"));
  await user.type(form.getByLabelText(/说明理由/), reason);
  if (name !== undefined) {
    const who = form.getByLabelText("说明人");
    await user.clear(who);
    await user.type(who, name);
  }
  await user.click(form.getByRole("button", { name: "保存说明" }));
  await screen.findByText("已标记为已说明，可在“已说明”页查看或重新打开。");
}

describe("explaining a finding", () => {
  test("it leaves the open list, shows under 已说明 with reason, name and time, is stored; 重新打开 brings it back", async () => {
    const host = seedHost("seed-002");
    const { user } = renderPane(host);
    await runCheckFromPane(user);
    const total = all().length;
    const errors = all().filter((f) => f.severity === "error").length;

    // An empty reason is refused in Chinese, and nothing is stored.
    const [item] = byRule("subtotal-mismatch");
    await user.click(findingButton(item));
    await user.click(within(item).getByRole("button", { name: "标记为已说明" }));
    await user.click(within(item).getByRole("button", { name: "保存说明" }));
    expect(within(item).getByText("请填写说明理由。")).toBeTruthy();
    expect(findSheet(host.workbook, "jixiao_explained")).toBeUndefined();
    await user.click(within(item).getByRole("button", { name: "取消" }));
    await user.keyboard("{Escape}"); // close it again (clicking an open finding only re-selects its cell)

    await explainSubtotal(user, "元折算万元的尾差", "张三");
    expect(byRule("subtotal-mismatch")).toHaveLength(0);
    expect(shownFindings()).toHaveLength(total - 1);
    expect(summary().textContent).toContain(`共 ${total - 1} 条问题`);
    // the 0.01 尾差 is a warning (issue 14): explaining it leaves the errors as they were
    expect(screen.getByTestId("count-error").textContent).toBe(`错误 ${errors}`);
    expect(screen.getByTestId("count-explained").textContent).toBe("另有 1 条已说明（见“已说明”页）");

    // Stored in the workbook, in the very hidden sheet, with who and when; the name in this browser.
    const stored = await host.readExplanations();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ rule: "subtotal-mismatch", reason: "元折算万元的尾差", by: "张三" });
    expect(Date.now() - Date.parse(stored[0].at)).toBeLessThan(60_000);
    expect(findSheet(host.workbook, "jixiao_explained")?.visibility).toBe("VeryHidden");
    expect(localStorage.getItem(REVIEWER_KEY)).toBe("张三");

    await user.click(tab("已说明"));
    const explained = screen.getAllByTestId("explained");
    expect(explained).toHaveLength(1);
    expect(explained[0].dataset.cell).toBe("B6");
    expect(within(explained[0]).getByTestId("explained-reason").textContent).toBe("理由：元折算万元的尾差");
    expect(within(explained[0]).getByTestId("explained-by").textContent).toMatch(/^张三 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(screen.getByRole("heading", { name: "已说明的问题（1 条）" })).toBeTruthy();

    await user.click(within(explained[0]).getByRole("button", { name: `定位到 ${SHEET}!B6` }));
    expect(host.workbook.selection).toEqual({ sheet: SHEET, cell: "B6" });

    await user.click(within(explained[0]).getByRole("button", { name: "重新打开" }));
    await screen.findByTestId("review-empty");
    expect(await host.readExplanations()).toEqual([]);
    await user.click(tab("检查"));
    expect(byRule("subtotal-mismatch")).toHaveLength(1);
    expect(shownFindings()).toHaveLength(total);
  });

  test("the name is asked once: the next form has it filled in; explanations survive reopening the pane", async () => {
    const host = seedHost("seed-002");
    const first = renderPane(host);
    await runCheckFromPane(first.user);
    await explainSubtotal(first.user, "元折算万元的尾差", "李四");
    first.unmount();

    const { user } = renderPane(host);
    await runCheckFromPane(user);
    expect(byRule("subtotal-mismatch")).toHaveLength(0);
    expect(screen.getByTestId("count-explained").textContent).toContain("1 条已说明");
    const [item] = byRule("duplicate-goal");
    await user.click(findingButton(item));
    await user.click(within(item).getByRole("button", { name: "标记为已说明" }));
    expect((within(item).getByLabelText("说明人") as HTMLInputElement).value).toBe("李四");
  });

  test("marks follow: the explained finding's cell is no longer marked", async () => {
    const host = seedHost("seed-002");
    const { user } = renderPane(host);
    await runCheckFromPane(user);
    await user.click(toolbar().getByRole("button", { name: "标记单元格" }));
    await screen.findByText(/已在 Excel 中标记 \d+ 个单元格。/);
    expect(host.isMarked(SHEET, "B6")).toBe(true);
    await explainSubtotal(user, "元折算万元的尾差");
    expect(host.isMarked(SHEET, "B6")).toBe(false);
    expect(host.isMarked(SHEET, "G7")).toBe(true);
  });

  test("a failed write says so and the finding stays open", async () => {
    const host = seedHost("seed-002");
    const { user } = renderPane(host);
    await runCheckFromPane(user);
    host.failNext("writeExplanations", new HostError("工作表“jixiao_explained”受保护，无法标记或写入。", "AccessDenied"));
    const [item] = byRule("subtotal-mismatch");
    await user.click(findingButton(item));
    await user.click(within(item).getByRole("button", { name: "标记为已说明" }));
    await user.type(within(item).getByLabelText(/说明理由/), "尾差");
    await user.click(within(item).getByRole("button", { name: "保存说明" }));
    expect((await screen.findByTestId("problem")).textContent).toContain("受保护");
    expect(byRule("subtotal-mismatch")).toHaveLength(1);
    expect(await host.readExplanations()).toEqual([]);
  });
});

test("an explanation whose subject changed shows as open again, with the old reason", async () => {
  const host = seedHost("seed-002");
  const subtotal = all().find((f) => f.rule === "subtotal-mismatch")!;
  await host.writeExplanations([{ ...explainFinding(subtotal, "元折算万元的尾差", "王五", "2025-03-01T09:30:00.000Z"), subject: "563.40|旧的金额" }]);
  const { user } = renderPane(host);
  await runCheckFromPane(user);
  const [item] = byRule("subtotal-mismatch");
  expect(within(item).getByTestId("lapsed-badge").textContent).toBe("说明已失效");
  expect(screen.getByTestId("count-lapsed").textContent).toBe("1 条说明因内容变更已失效，相关问题已重新列出。");
  await user.click(findingButton(item));
  expect(within(item).getByTestId("lapsed-note").textContent).toMatch(/^王五 曾于 2025-03-01 \d{2}:30 说明：元折算万元的尾差。/);
  expect(screen.queryByTestId("count-explained")).toBeNull();
});

test("a storage row that cannot be read is named under 已说明, and the rest still apply", async () => {
  const host = seedHost("seed-002");
  const [subtotal, other] = [all().find((f) => f.rule === "subtotal-mismatch")!, all().find((f) => f.rule === "duplicate-goal")!];
  await host.writeExplanations([explainFinding(subtotal, "尾差", "王五"), explainFinding(other, "两个项目目标确实相同", "王五")]);
  findSheet(host.workbook, "jixiao_explained")!.values[2][7] = null; // the second row's reason
  const { user } = renderPane(host);
  await runCheckFromPane(user);
  expect(byRule("subtotal-mismatch")).toHaveLength(0);
  await user.click(tab("已说明"));
  expect(screen.getByTestId("storage-problems").textContent).toContain("工作表“jixiao_explained”第3行：说明理由（reason）为空，该条说明已忽略。");
  expect(screen.getAllByTestId("explained")).toHaveLength(1);
});

describe("生成审核意见表", () => {
  /** Sheet row r (1-based), columns A…H. */
  const row = (sheet: MemorySheet, r: number) => Array.from({ length: 8 }, (_, c) => getValue(sheet, r - 1, c));

  test("writes the open and explained findings into a new sheet, and asks before replacing it", async () => {
    const host = seedHost("seed-002");
    const { user } = renderPane(host);
    await user.click(tab("已说明"));
    expect(screen.getByTestId("review-no-run").textContent).toContain("请先在“检查”页运行检查");
    await user.click(tab("检查"));
    await runCheckFromPane(user);
    await explainSubtotal(user, "=元折算万元的尾差", "张三");
    const table = JSON.stringify(findSheet(host.workbook, SHEET)!.values);

    await user.click(tab("已说明"));
    await user.click(screen.getByRole("button", { name: "生成审核意见表" }));
    const open = all().length - 1;
    await screen.findByText(`已生成“审核意见表”：${open} 条待处理，1 条已说明。`);

    const sheet = findSheet(host.workbook, REVIEW_SHEET)!;
    expect(host.workbook.activeSheet).toBe(REVIEW_SHEET);
    expect(getValue(sheet, 0, 0)).toBe("项目支出绩效目标审核意见表");
    expect(getValue(sheet, 1, 0)).toBe("部门名称：广州市工商业联合会");
    expect(row(sheet, 4)).toEqual([...REVIEW_HEADERS]);
    const shown = all().filter((f) => f.rule !== "subtotal-mismatch");
    shown.forEach((f, k) => {
      expect(row(sheet, 5 + k).slice(0, 4)).toEqual([k + 1, f.agency, f.project ?? "", `${SHEET}!${f.cell}`]);
      expect(getFormula(sheet, 4 + k, 3)).toBe(`=HYPERLINK("#'${SHEET}'!${f.cell}","${SHEET}!${f.cell}")`);
    });
    const explainedHeader = 5 + open + 2;
    expect(row(sheet, explainedHeader - 1)[0]).toBe("已说明的问题（1 条）");
    expect(row(sheet, explainedHeader)).toEqual([...EXPLAINED_HEADERS]);
    const explainedRow = row(sheet, explainedHeader + 1);
    expect(explainedRow[3]).toBe(`${SHEET}!B6`);
    expect(String(explainedRow[6])).toMatch(/\n说明理由：=元折算万元的尾差$/);
    expect(getFormula(sheet, explainedHeader, 6)).toBeNull();
    expect(JSON.stringify(findSheet(host.workbook, SHEET)!.values)).toBe(table);

    // Again: the pane asks first, then replaces only its own sheet.
    await user.click(screen.getByRole("button", { name: "生成审核意见表" }));
    const confirm = screen.getByTestId("replace-confirm");
    expect(confirm.textContent).toContain("工作簿中已有“审核意见表”");
    await user.click(within(confirm).getByRole("button", { name: "取消" }));
    expect(screen.queryByTestId("replace-confirm")).toBeNull();
    const firstId = sheet.id;
    await user.click(screen.getByRole("button", { name: "生成审核意见表" }));
    await user.click(within(screen.getByTestId("replace-confirm")).getByRole("button", { name: "替换" }));
    // The notice reads as before; the sheet itself says it was written again.
    await waitFor(() => expect(findSheet(host.workbook, REVIEW_SHEET)!.id).not.toBe(firstId));
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([SHEET, "jixiao_explained", REVIEW_SHEET]);
    expect(screen.queryByTestId("replace-confirm")).toBeNull();
  });
});
