/** Hangs and refusals get their own Chinese messages: a timeout with a retry, a protected structure, InvalidOperation. */
import { buildReviewSheet, type Explanation } from "../../src/domain/review";
import { HostError } from "../../src/host/host";
import { OfficeHost } from "../../src/host/office-host";
import { toHostError } from "../../src/host/errors";
import { createFakeExcel } from "./fake-excel";
import { FakeOfficeError } from "./fake-excel/context";
import { budgetTable } from "./support/workbooks";

const review = () => buildReviewSheet({ department: "广州市工商业联合会", date: "2025-03-01", open: [], explained: [] });

describe("a protected workbook structure", () => {
  test("the review sheet is refused with its own message before anything is deleted", async () => {
    const fake = createFakeExcel({ sheets: [budgetTable(5)] });
    const host = new OfficeHost(fake);
    await host.writeReviewSheet(review());
    const before = fake.workbook.sheets.map((s) => s.name);
    fake.protectStructure(true);
    const refused = host.writeReviewSheet(review());
    await expect(refused).rejects.toMatchObject({ code: "WorkbookProtected" });
    await expect(refused).rejects.toThrow(/工作簿的结构受保护/);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(before);
  });

  test("the explanations sheet cannot be added: the message says why; an existing one is still written", async () => {
    const fake = createFakeExcel({ sheets: [budgetTable(5)] });
    fake.protectStructure(true);
    const host = new OfficeHost(fake);
    const one: Explanation = {
      key: "k1",
      rule: "goal-missing",
      sheet: "项目支出绩效目标表",
      agency: null,
      project: "第1号办公场地项目经费",
      indicator: null,
      subject: "绩效目标",
      reason: "已与财政沟通",
      by: "张三",
      at: "2025-03-01T08:00:00+08:00",
    };
    await expect(host.writeExplanations([one])).rejects.toThrow(/工作簿的结构受保护，无法添加工作表/);
    fake.protectStructure(false);
    await host.writeExplanations([one]);
    fake.protectStructure(true);
    await expect(host.writeExplanations([one])).resolves.toBeUndefined();
  });
});

test("InvalidOperation names every likely cause, not only cell editing", () => {
  const error = toHostError(new FakeOfficeError("InvalidOperation", "This operation is not permitted for the current object."));
  expect(error.message).toMatch(/正在编辑单元格/);
  expect(error.message).toMatch(/受保护/);
});

test("a sync that never returns ends in a timeout message; the retry after it works", async () => {
  jest.useFakeTimers();
  try {
    const fake = createFakeExcel({ sheets: [budgetTable(5)] });
    const host = new OfficeHost({ ...fake, timeoutMs: 20_000 });
    fake.hangSyncs(true);
    const read = host.readWorkbook();
    const settled = read.then(
      () => null,
      (e: unknown) => e,
    );
    await jest.advanceTimersByTimeAsync(20_000);
    const error = await settled;
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "Timeout" });
    expect((error as HostError).message).toMatch(/20 秒内没有响应.*重试/);
    fake.hangSyncs(false);
    const grid = await host.readWorkbook();
    expect(grid.sheets[0].rows).toHaveLength(10);
  } finally {
    jest.useRealTimers();
  }
});

describe("a protected sheet", () => {
  test("writeCells and the picker's cell edit write into unlocked cells and refuse locked ones", async () => {
    const fake = createFakeExcel({ sheets: [budgetTable(5)] });
    fake.workbook.sheets[0].protected = true;
    fake.unlockCells("项目支出绩效目标表", "H6:H10");
    const host = new OfficeHost(fake);
    await host.writeCells([{ sheet: "项目支出绩效目标表", cell: "H6", value: "已复核" }]);
    expect(fake.workbook.sheets[0].values[5][7]).toBe("已复核");
    const receipt = await host.applyEdit({ kind: "cell", sheet: "项目支出绩效目标表", cell: "H7", before: "", after: "100%" });
    expect(fake.workbook.sheets[0].values[6][7]).toBe("100%");
    await host.undoEdit(receipt);
    await expect(host.writeCells([{ sheet: "项目支出绩效目标表", cell: "B6", value: "1" }])).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(host.applyEdit({ kind: "cell", sheet: "项目支出绩效目标表", cell: "G6", before: "x", after: "y" })).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
