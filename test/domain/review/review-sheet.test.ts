/** The 审核意见表 as data: layout, links, print setup, and no formula but the links. */
import { checkWorkbook } from "../../../src/domain/check";
import type { Finding } from "../../../src/domain/finding";
import {
  applyExplanations,
  buildReviewSheet,
  explainFinding,
  hyperlinkFormula,
  neutralise,
  REVIEW_HEADERS,
  REVIEW_SHEET,
  type ReviewSheetData,
} from "../../../src/domain/review";
import { loadSampleModel } from "../../support/fixtures";

const AT = "2025-03-01T09:30:00.000Z";

function reviewOf002(): { data: ReviewSheetData; open: Finding[]; explainedCount: number } {
  const findings = checkWorkbook(loadSampleModel("002")).findings;
  const name = findings.find((f) => f.rule === "name-missing")!;
  const cost = findings.find((f) => f.rule === "cost-exceeds-amount")!;
  const applied = applyExplanations(findings, [explainFinding(name, "涉密项目，指标不宜公开", "张三", AT), explainFinding(cost, "两年期合同", "李四", AT)]);
  const data = buildReviewSheet({ department: "广州市工商业联合会", date: "2025-03-05", open: applied.open, explained: applied.explained, budgetYear: 2025 });
  return { data, open: applied.open, explainedCount: applied.explained.length };
}

const texts = (data: ReviewSheetData) => data.rows.flat().map((c) => c.value);

describe("buildReviewSheet", () => {
  it("lays out title, department and date, the header, every open finding, then the explained ones", () => {
    const { data, open } = reviewOf002();
    expect(data.name).toBe(REVIEW_SHEET);
    expect(data.rows[0][0].value).toBe("2025年项目支出绩效目标审核意见表");
    expect(data.rows[1][0].value).toBe("部门名称：广州市工商业联合会");
    expect(data.rows[1][5].value).toBe("审核日期：2025-03-05");
    const n = (sev: string) => open.filter((f) => f.severity === sev).length;
    expect(n("error")).toBeGreaterThan(0);
    expect(data.rows[2][0].value).toBe(`待处理问题 ${open.length} 条（错误 ${n("error")} 条，警告 ${n("warning")} 条，提示 ${n("info")} 条）；已说明 2 条。`);
    const { headerRow, firstOpenRow, openRows, explainedHeaderRow, explainedRows } = data.layout;
    expect(data.rows[headerRow - 1].map((c) => c.value)).toEqual([...REVIEW_HEADERS]);
    expect(openRows).toBe(open.length);
    const first = data.rows[firstOpenRow - 1];
    expect(first.map((c) => c.value)).toEqual([1, "广州市工商业联合会", "", "项目支出绩效目标表!B6", "单位小计与项目之和不符（subtotal-mismatch）", "警告", open[0].message, ""]);
    expect(first[3].formula).toBe(`=HYPERLINK("#'项目支出绩效目标表'!B6","项目支出绩效目标表!B6")`);
    expect(data.rows[firstOpenRow + openRows - 2][0].value).toBe(open.length);
    expect(data.rows[explainedHeaderRow! - 2][0].value).toBe("已说明的问题（2 条）");
    expect(data.rows[explainedHeaderRow! - 1][5].value).toBe("说明人及时间");
    expect(explainedRows).toBe(2);
    const explained = data.rows.slice(explainedHeaderRow!).map((r) => r[6].value as string);
    expect(explained.some((t) => t.endsWith("说明理由：涉密项目，指标不宜公开"))).toBe(true);
    expect(data.rows.slice(explainedHeaderRow!).map((r) => String(r[5].value).split("\n")[0]).sort()).toEqual(["张三", "李四"]);
  });

  it("describes styles, widths, the frozen header and an A4 landscape print with the header repeated", () => {
    const { data } = reviewOf002();
    const h = data.layout.headerRow;
    expect(data.columns.map((c) => c.header)).toEqual([...REVIEW_HEADERS]);
    expect(data.columns.every((c) => c.width >= 6)).toBe(true);
    expect(data.freezeRows).toBe(h);
    expect(data.print).toMatchObject({ paperSize: "A4", orientation: "landscape", repeatRows: { first: h, last: h }, printArea: `A1:H${data.rows.length}` });
    expect(data.merges).toContain("A1:H1");
    expect(data.styles).toContainEqual(expect.objectContaining({ range: `A${h}:H${h}`, bold: true }));
    expect(data.styles).toContainEqual({ range: `A${h}:H${h + data.layout.openRows}`, border: true });
    expect(data.styles).toContainEqual({ range: `A${data.layout.explainedHeaderRow}:H${data.rows.length}`, border: true });
  });

  it("says so when nothing is open, and leaves out an empty explained section", () => {
    const data = buildReviewSheet({ department: null, date: "2025-03-05", open: [], explained: [] });
    expect(texts(data)).toContain("未发现需要处理的问题。");
    expect(texts(data)).toContain("部门名称：（未注明）");
    expect(data.layout.explainedHeaderRow).toBeNull();
  });

  it("shows the old reason beside a finding whose explanation lapsed", () => {
    const findings = checkWorkbook(loadSampleModel("002")).findings;
    const cost = findings.find((f) => f.rule === "cost-exceeds-amount")!;
    const e = explainFinding({ ...cost, subject: "旧内容" }, "两年期合同", "李四", AT);
    const applied = applyExplanations(findings, [e]);
    const data = buildReviewSheet({ department: null, date: "x", open: applied.open, explained: applied.explained, lapsed: applied.lapsed });
    const row = data.rows.find((r) => r[3]?.value === `项目支出绩效目标表!${cost.cell}` && String(r[6]?.value).startsWith(cost.message))!;
    expect(row[6].value).toContain("原“已说明”已失效：内容已由“旧内容”变更。原理由：两年期合同");
  });
});

describe("formula injection", () => {
  const evil: Finding = {
    rule: "goal-missing",
    severity: "error",
    sheet: "It's \"表\"",
    cell: "F9",
    agency: "=HYPERLINK(\"http://evil.example\",\"点我\")",
    project: "+cmd|' /C calc'!A0",
    indicator: null,
    message: "-2+3 项目缺少绩效目标",
    key: "k",
    subject: "",
  };

  it("prefixes a quote to every text cell starting with = + - @, and keeps numbers", () => {
    const data = buildReviewSheet({ department: "@部门", date: "2025-03-05", open: [evil], explained: [] });
    const row = data.rows[data.layout.firstOpenRow - 1];
    expect(row[0].value).toBe(1);
    expect(row[1].value).toBe(`'${evil.agency}`);
    expect(row[2].value).toBe(`'${evil.project}`);
    expect(row[6].value).toBe(`'${evil.message}`);
    expect(data.rows[1][0].value).toBe("部门名称：@部门");
    for (const c of data.rows.flat()) {
      if (typeof c.value === "string" && !c.formula) expect(/^[=+\-@\t\r]/.test(c.value)).toBe(false);
    }
    const formulas = data.rows.flat().filter((c) => c.formula).map((c) => c.formula!);
    expect(formulas).toHaveLength(1);
    expect(formulas[0]).toMatch(/^=HYPERLINK\(/);
  });

  it("builds links whose sheet name and text cannot break out of their quotes", () => {
    expect(hyperlinkFormula({ sheet: evil.sheet, cell: "F9" })).toBe(`=HYPERLINK("#'It''s ""表""'!F9","It's ""表""!F9")`);
    expect(hyperlinkFormula({ file: "区\\白云区.xlsx", sheet: "表", cell: "B7" })).toBe(`=HYPERLINK("区/白云区.xlsx#'表'!B7","表!B7")`);
    expect(hyperlinkFormula({ sheet: "表", cell: "B7)&\"x" })).toBeNull();
    expect(hyperlinkFormula({ sheet: "长".repeat(300), cell: "B7" })).toBeNull();
  });

  it.each([
    ["=1+2", "'=1+2"], ["+1", "'+1"], ["-1", "'-1"], ["@SUM(A1)", "'@SUM(A1)"], ["\t=1", "'\t=1"], ["1-2", "1-2"], ["项目=经费", "项目=经费"],
  ])("neutralise(%j) = %j", (text, safe) => {
    expect(neutralise(text)).toBe(safe);
  });
});
