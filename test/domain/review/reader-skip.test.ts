/** The reader ignores jixiao's own sheets: the 已说明 storage and the 审核意见表. */
import { readWorkbook } from "../../../src/domain/reader";
import { buildReviewSheet, EXPLAINED_SHEET, REVIEW_SHEET, toRows } from "../../../src/domain/review";
import { loadSampleGrid } from "../../support/fixtures";

/** A review sheet's visible values, as a host would hand them to the reader. */
function reviewSheetRows(): (string | number | null)[][] {
  const data = buildReviewSheet({ department: "广州市工商业联合会", date: "2025-03-05", open: [], explained: [] });
  return data.rows.map((r) => r.map((c) => c.value));
}

describe("readWorkbook skips jixiao's sheets", () => {
  it("reads the table and nothing from the storage or review sheet", () => {
    const seed = loadSampleGrid("002");
    // the review sheet carries the table's own header words (项目, 说明…) — it must still not be read
    const reviewRows = [["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"], ...reviewSheetRows()];
    const model = readWorkbook({
      sheets: [seed, { name: EXPLAINED_SHEET, rows: toRows([]), visibility: "veryHidden" }, { name: REVIEW_SHEET, rows: reviewRows }],
    });
    expect(model.tables.map((t) => t.sheet)).toEqual([seed.name]);
    expect(model.problems).toEqual([]);
  });

  it("would read the same rows under another name (so the skip is what keeps them out)", () => {
    const seed = loadSampleGrid("002");
    const model = readWorkbook({ sheets: [{ ...seed, name: "审核意见表（旧）" }] });
    expect(model.tables).toHaveLength(1);
  });

  it("does not name jixiao's sheets when a workbook has no table", () => {
    const model = readWorkbook({ sheets: [{ name: "说明", rows: [["只有一句话"]] }, { name: EXPLAINED_SHEET, rows: toRows([]) }] });
    expect(model.problems).toHaveLength(1);
    expect(model.problems[0].message).toContain("“说明”");
    expect(model.problems[0].message).not.toContain(EXPLAINED_SHEET);
  });
});
