/**
 * The 自检 probes against the fake Office.js runtime, which enforces Excel's limits: one read of 4,000
 * rows of long text and one getRanges of 1,000 areas are refused, the add-in's own ways succeed, and
 * the user's sheets are exactly as they were afterwards.
 */
import { OfficeHost } from "../../src/host/office-host";
import { formatSnapshot } from "../../src/host/memory-workbook";
import { createFakeExcel } from "./fake-excel";
import { budgetTable } from "./support/workbooks";

jest.setTimeout(60_000);

test("every probe runs; the add-in's way works where the raw call is refused; nothing of the user's changes", async () => {
  const fake = createFakeExcel({ sheets: [budgetTable(20)] });
  const before = formatSnapshot(fake.workbook);
  const seen: string[] = [];
  const results = await new OfficeHost(fake).selfTest((r) => seen.push(r.probe));
  expect(seen).toEqual(results.map((r) => r.probe));
  const by = (prefix: string) => results.filter((r) => r.probe.startsWith(prefix));
  expect(results.map((r) => [r.probe, r.ok])).toEqual([
    ["支持的 API 集（ExcelApi）", true],
    ["读取长中文文本 500 行（约 0.7 MB）", true],
    ["读取长中文文本 2000 行（约 2.9 MB）", true],
    ["读取长中文文本 4000 行（约 5.8 MB）", true],
    ["600 个合并区域", true],
    ["标记 300 个分散单元格并清除", true],
    ["标记 1000 个分散单元格并清除", true],
    ["标记 3000 个分散单元格并清除", true],
    ["写入“100%”后读回", true],
    ["写入“2023-12-31”后读回", true],
    ["写入“-”后读回", true],
    ["写入“1/2”后读回", true],
    ["写入“+5”后读回", true],
    ["深度隐藏的工作表", true],
    ["本加载项写入的更改事件", true],
  ]);
  expect(by("读取长中文文本 500 ")[0].detail).toMatch(/^一次读取成功（500 行）/);
  expect(by("读取长中文文本 4000")[0].detail).toMatch(/^一次读取被拒绝：ResponsePayloadSizeLimitExceeded；分块读取 \d+ 次.*内容一致/);
  expect(by("600 个合并区域")[0].detail).toMatch(/一次读取被拒绝：GeneralException；分段读取：600 个/);
  expect(by("标记 1000")[0].detail).toMatch(/一次 getRanges 被拒绝：InvalidArgument/);
  expect(by("标记 300 ")[0].detail).toMatch(/一次 getRanges：300 个区域/);
  expect(by("写入“100%”")[0].detail).toMatch(/直接写入读回 1；加载项写入读回 "100%"/);
  expect(by("本加载项写入的更改事件")[0].detail).toMatch(/triggerSource=ThisLocalAddin/);
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["项目支出绩效目标表"]);
  expect(formatSnapshot(fake.workbook)).toBe(before);
});

test("where Excel answers a big read with a bare GeneralException, the chunked read still gets every row", async () => {
  const fake = createFakeExcel({ sheets: [budgetTable(5)] }, { payloadError: "general" });
  const results = await new OfficeHost(fake).selfTest();
  const big = results.find((r) => r.probe.startsWith("读取长中文文本 4000"));
  expect(big).toMatchObject({ ok: true });
  expect(big?.detail).toMatch(/一次读取被拒绝：GeneralException；分块读取 \d+ 次.*内容一致/);
});
