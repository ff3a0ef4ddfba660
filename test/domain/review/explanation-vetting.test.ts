/**
 * Explanations are claims: rows dated in the future, written by a formula, or repeated for one
 * finding are set aside as `explanation-invalid` (naming the row), and the latest valid one wins.
 */
import type { SheetGrid } from "../../../src/domain/grid";
import { applyExplanations, EXPLAINED_SHEET, explainFinding, toRows, type Explanation } from "../../../src/domain/review";
import { explanationsFromWorkbook } from "../../../src/domain/review/explanation-rows";
import { checkWorkbook } from "../../../src/domain/check";
import { loadSampleModel } from "../../support/fixtures";

const NOW = new Date("2026-06-01T00:00:00.000Z");
const findings = checkWorkbook(loadSampleModel("002")).findings;
const errors = findings.filter((f) => f.severity === "error");

function storage(list: Explanation[], formulaRows: number[] = []): SheetGrid {
  const rows = toRows(list);
  return { name: EXPLAINED_SHEET, rows, formulas: formulaRows.map((row) => ({ row, col: 7, formula: `"已核实"&""`, cached: true })) };
}
const read = (sheet: SheetGrid) => explanationsFromWorkbook({ sheets: [sheet] }, NOW);

describe("vetting stored explanations", () => {
  it("sets aside a row dated in the future, and the real one stands", () => {
    const f = errors[0];
    const real = explainFinding(f, "已向财政局报备", "张三", "2026-03-01T09:30:00+08:00");
    const forged = explainFinding(f, "没有问题", "某人", "9999-12-31T00:00:00.000Z");
    const { explanations, invalid } = read(storage([real, forged]));
    expect(explanations).toEqual([real]);
    expect(invalid).toEqual([
      { code: "explanation-invalid", row: 3, key: f.key, message: `工作表“${EXPLAINED_SHEET}”第3行：说明时间“9999-12-31T00:00:00.000Z”晚于现在，该条说明不予采用。` },
    ]);
    expect(applyExplanations(findings, explanations).explained.map((e) => e.explanation.reason)).toEqual(["已向财政局报备"]);
  });

  it("sets aside a row written by a formula", () => {
    const { explanations, invalid } = read(storage([explainFinding(errors[0], "x", "张三", "2026-01-01T00:00:00Z")], [1]));
    expect(explanations).toEqual([]);
    expect(invalid?.[0].message).toBe(`工作表“${EXPLAINED_SHEET}”第2行：由公式写成（说明只能由填报人以文字写入），该条说明不予采用。`);
  });

  it("keeps the latest of two rows for one finding, comparing instants across time zones, and reports the other", () => {
    const f = errors[0];
    // 09:00 in Beijing is 01:00Z: earlier than 02:00Z although the string sorts later
    const beijing = explainFinding(f, "旧说明", "张三", "2026-03-01T09:00:00+08:00");
    const utc = explainFinding(f, "新说明", "李四", "2026-03-01T02:00:00Z");
    const { explanations, invalid } = read(storage([utc, beijing]));
    expect(explanations.map((e) => e.reason)).toEqual(["新说明"]);
    expect(invalid?.map((x) => x.message)).toEqual([`工作表“${EXPLAINED_SHEET}”第3行：与第2行说明同一问题（业务键 ${f.key}），采用时间较晚的第2行，该条说明不予采用。`]);
  });

  it("accepts a clock a few minutes ahead, and reports nothing for clean storage", () => {
    const soon = explainFinding(errors[0], "刚写的", "张三", new Date(NOW.getTime() + 60_000));
    const other = explainFinding(errors[1], "另一条", "张三", "2026-01-01T00:00:00Z");
    expect(read(storage([soon, other]))).toEqual({ explanations: [soon, other], problems: [] });
  });
});
