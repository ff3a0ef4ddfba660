/**
 * The review sheet (审核意见表) through both hosts: the sheet itself read back from the workbook
 * (title, header, one linked row per open finding, the explained section), its formats and print
 * setup; no other sheet touched; a second write replacing only its own sheet; the two hosts
 * writing the same sheet; OfficeHost in one read and one write sync.
 */
import type { Finding } from "../../src/domain/finding";
import { readWorkbook } from "../../src/domain/reader";
import { EXPLAINED_HEADERS, REVIEW_HEADERS, REVIEW_SHEET, buildReviewSheet, type ExplainedFinding } from "../../src/domain/review";
import { MemoryHost } from "../../src/host/memory-host";
import { OfficeHost } from "../../src/host/office-host";
import { findSheet, getStyle, getValue, workbookToGrid, type MemoryWorkbook } from "../../src/host/memory-workbook";
import { getFormula } from "../../src/host/memory-rows";
import { getNumberFormat } from "../../src/host/review-sheet-memory";
import { widthInPoints } from "../../src/host/review-sheet-plan";
import { createFakeExcel } from "./fake-excel";
import { HOSTS, TABLE, checkAndApply, seedBook, sheetSnapshot, threeExplanations } from "./support/review";
import { styledWorkbook } from "./support/workbooks";

/** The seed checked, three findings explained, and the review sheet's data for it. */
function reviewOf(wb: MemoryWorkbook, date = "2025-03-01") {
  const grid = workbookToGrid(wb);
  const { findings } = checkAndApply(grid);
  const { explanations } = threeExplanations(findings);
  const explainedKeys = new Set(explanations.map((e) => e.key));
  const open = findings.filter((f) => !explainedKeys.has(f.key));
  const explained: ExplainedFinding[] = explanations.map((e) => ({ finding: findings.find((f) => f.key === e.key)!, explanation: e }));
  const department = readWorkbook(grid).tables[0].department;
  return { open, explained, data: buildReviewSheet({ department, date, open, explained }) };
}

/** Sheet row r (1-based) as text and numbers, as a person reading the sheet would see it. */
const rowText = (wb: MemoryWorkbook, r: number): unknown[] => {
  const sheet = findSheet(wb, REVIEW_SHEET)!;
  return Array.from({ length: 8 }, (_, c) => getValue(sheet, r - 1, c));
};

describe.each(HOSTS)("$label: the review sheet", ({ make }) => {
  test("reads back: title, department and date, header, a linked row per open finding, the explained section", async () => {
    const { host, workbook } = make(seedBook());
    const { open, explained, data } = reviewOf(workbook);
    await host.writeReviewSheet(data);
    const sheet = findSheet(workbook, REVIEW_SHEET)!;
    expect(workbook.sheets.map((s) => s.name)).toEqual([TABLE, REVIEW_SHEET]);
    expect(workbook.activeSheet).toBe(REVIEW_SHEET);

    expect(getValue(sheet, 0, 0)).toBe("项目支出绩效目标审核意见表");
    expect(String(getValue(sheet, 1, 0))).toMatch(/^部门名称：/);
    expect(getValue(sheet, 1, 5)).toBe("审核日期：2025-03-01");
    const { headerRow, firstOpenRow, explainedHeaderRow } = data.layout;
    expect(rowText(workbook, headerRow)).toEqual([...REVIEW_HEADERS]);
    open.forEach((f: Finding, k) => {
      const r = firstOpenRow + k;
      const row = rowText(workbook, r);
      expect(row[0]).toBe(k + 1);
      expect(row[3]).toBe(`${f.sheet}!${f.cell}`);
      expect(getFormula(sheet, r - 1, 3)).toBe(`=HYPERLINK("#'${f.sheet}'!${f.cell}","${f.sheet}!${f.cell}")`);
      expect(row[6]).toBe(f.message);
      expect(row[7]).toBeNull(); // 审核意见: left for the reviewer
    });
    expect(explainedHeaderRow).not.toBeNull();
    expect(rowText(workbook, explainedHeaderRow!)).toEqual([...EXPLAINED_HEADERS]);
    explained.forEach(({ finding, explanation }, k) => {
      const row = rowText(workbook, explainedHeaderRow! + 1 + k);
      expect(row[3]).toBe(`${finding.sheet}!${finding.cell}`);
      expect(String(row[5])).toMatch(/^张三\n\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(row[6]).toBe(`${finding.message}\n说明理由：${explanation.reason}`);
    });
    // a neutralised reason ("=涉密…") is text in the sheet, never a formula
    const formulaCols = [...(sheet.formulas?.keys() ?? [])].map((k) => Number(k.split(",")[1]));
    expect(new Set(formulaCols)).toEqual(new Set([3]));
    expect(sheet.formulas?.size).toBe(open.length + explained.length);
  });

  test("looks like an official table: bold title, filled bordered header, widths, frozen header, A4 landscape", async () => {
    const { host, workbook } = make(seedBook());
    const { data } = reviewOf(workbook);
    await host.writeReviewSheet(data);
    const sheet = findSheet(workbook, REVIEW_SHEET)!;
    const header = data.layout.headerRow - 1;
    expect(getStyle(sheet, 0, 0).font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 7 });
    const head = getStyle(sheet, header, 4);
    expect(head.font.bold).toBe(true);
    expect(head.fill).toBe("#D9E1F2");
    expect(head.alignment).toMatchObject({ horizontal: "Center", wrap: true });
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
      expect(getStyle(sheet, header, 0).borders[edge]).toEqual({ style: "Continuous", color: "#000000", weight: "Thin" });
      expect(getStyle(sheet, data.layout.firstOpenRow, 7).borders[edge]?.style).toBe("Continuous");
    }
    expect(getStyle(sheet, data.layout.firstOpenRow - 1, 3).font).toMatchObject({ color: "#0563C1", underline: "Single" });
    expect(getNumberFormat(sheet, data.layout.firstOpenRow - 1, 6)).toBe("@");
    expect(getNumberFormat(sheet, data.layout.firstOpenRow - 1, 3)).toBe("General");
    expect([...sheet.columnWidths!.entries()]).toEqual(data.columns.map((c, k) => [k, widthInPoints(c.width)]));
    expect(sheet.frozenRows).toBe(data.layout.headerRow);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: `$${data.layout.headerRow}:$${data.layout.headerRow}`,
      printArea: data.print.printArea,
      centerHorizontally: true,
    });
    expect(sheet.pageLayout!.zoomScale).toBeGreaterThanOrEqual(10);
    expect(sheet.pageLayout!.zoomScale).toBeLessThan(100);
  });

  test("touches no other sheet; a second write replaces only its own sheet", async () => {
    const { host, workbook } = make(styledWorkbook());
    const others = () => workbook.sheets.filter((s) => s.name !== REVIEW_SHEET).map((s) => sheetSnapshot(s));
    const before = others();
    const { data } = reviewOf(workbook);
    await host.writeReviewSheet(data);
    expect(others()).toEqual(before);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["白云区", "市工商联", "说明", REVIEW_SHEET]);

    const firstId = findSheet(workbook, REVIEW_SHEET)!.id;
    const later = reviewOf(workbook, "2025-03-08");
    await host.writeReviewSheet(later.data);
    expect(others()).toEqual(before);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["白云区", "市工商联", "说明", REVIEW_SHEET]);
    const sheet = findSheet(workbook, REVIEW_SHEET)!;
    expect(sheet.id).not.toBe(firstId);
    expect(getValue(sheet, 1, 5)).toBe("审核日期：2025-03-08");
  });

  test("a review with nothing open says so and has no explained section", async () => {
    const { host, workbook } = make(seedBook());
    await host.writeReviewSheet(buildReviewSheet({ department: "广州市工商业联合会", date: "2025-03-01", open: [], explained: [] }));
    expect(rowText(workbook, 5)[0]).toBe("未发现需要处理的问题。");
    expect(findSheet(workbook, REVIEW_SHEET)!.formulas?.size ?? 0).toBe(0);
  });
});

test("both hosts write the same review sheet, cell for cell and format for format", async () => {
  const memory = MemoryHost.fromWorkbook(seedBook());
  const fake = createFakeExcel(seedBook());
  const { data } = reviewOf(memory.workbook);
  await memory.writeReviewSheet(data);
  await new OfficeHost(fake).writeReviewSheet(data);
  const review = (wb: MemoryWorkbook) => sheetSnapshot(findSheet(wb, REVIEW_SHEET)!, false);
  expect(JSON.parse(review(fake.workbook))).toEqual(JSON.parse(review(memory.workbook)));
});

describe("OfficeHost: syncs and requirement sets", () => {
  test("one read sync and one write sync, and the next check is still one read sync", async () => {
    const fake = createFakeExcel(seedBook());
    const host = new OfficeHost(fake);
    await host.prepare();
    const { data } = reviewOf(fake.workbook);
    fake.resetStats();
    await host.writeReviewSheet(data);
    expect(fake.stats).toMatchObject({ batches: 1, syncs: 2, readSyncs: 1, writeSyncs: 1 });
    fake.resetStats();
    await host.writeReviewSheet(data);
    expect(fake.stats).toMatchObject({ batches: 1, syncs: 2, readSyncs: 1, writeSyncs: 1 });
    fake.resetStats();
    const grid = await host.readWorkbook();
    expect(fake.stats).toMatchObject({ syncs: 1, readSyncs: 1 });
    expect(grid.sheets.map((s) => s.name)).toEqual([TABLE, REVIEW_SHEET]);
    expect(readWorkbook(grid).tables.map((t) => t.sheet)).toEqual([TABLE]);
  });

  test("without ExcelApi 1.9 the sheet is written without its print setup", async () => {
    const fake = createFakeExcel(seedBook(), { sets: { ExcelApi: "1.8" } });
    const { data } = reviewOf(fake.workbook);
    await new OfficeHost(fake).writeReviewSheet(data);
    const sheet = findSheet(fake.workbook, REVIEW_SHEET)!;
    expect(sheet.pageLayout).toBeUndefined();
    expect(sheet.frozenRows).toBe(data.layout.headerRow);
    expect(getValue(sheet, data.layout.headerRow - 1, 0)).toBe("序号");
  });
});
