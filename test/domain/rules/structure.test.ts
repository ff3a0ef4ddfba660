import { checkWorkbook } from "../../../src/domain/check";
import { buildTable } from "../../support/build-table";
import { runRule } from "../../support/run-rule";

describe("column-missing", () => {
  it("reports each standard column the header lacks, at the header row", () => {
    const t = buildTable({ missingColumns: ["special", "other"], rows: [{ name: "工作经费", amounts: ["12.00", "12.00"] }] });
    const f = runRule("column-missing", t);
    expect(f.map((x) => x.subject)).toEqual(["special", "other"]);
    expect(f[0]).toMatchObject({ severity: "error", cell: "A3", agency: null, project: null });
    expect(f[0].message).toContain("财政专户拨款");
    expect(f[0].key).toBe("column-missing|项目支出绩效目标表|||财政专户拨款");
  });
  it("is quiet when the header is complete", () => {
    expect(runRule("column-missing", buildTable({ rows: [{ name: "工作经费", amounts: ["12.00", "12.00"] }] }))).toEqual([]);
  });
});

describe("no-table", () => {
  it("comes from the reader's problems, through checkWorkbook", () => {
    const message = "未找到绩效目标表：工作表“说明”的前 30 行中都没有“项目名称”“绩效目标”“绩效指标”等列组成的表头。";
    const r = checkWorkbook({ tables: [], problems: [{ code: "no-table", sheet: null, cell: null, message }] });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: "no-table", severity: "error", message, cell: "A1" });
  });
  it("is not reported for a workbook with a table, and its table check finds nothing", () => {
    const t = buildTable({ rows: [{ name: "工作经费", amounts: ["12.00", "12.00"] }] });
    expect(runRule("no-table", t)).toEqual([]);
    expect(checkWorkbook({ tables: [t], problems: [] }).findings.filter((f) => f.rule === "no-table")).toEqual([]);
  });
  it("can be turned off", () => {
    const r = checkWorkbook({ tables: [], problems: [{ code: "no-table", sheet: null, cell: null, message: "未找到绩效目标表" }] }, { rules: { "no-table": "off" } });
    expect(r.findings).toEqual([]);
  });
});

describe("amount-not-number", () => {
  it("reports text in an amount cell with the cell and the text", () => {
    const t = buildTable({ rows: [{ name: "购置经费", amounts: ["36.04", "待定"] }] });
    const [f] = runRule("amount-not-number", t);
    expect(f).toMatchObject({ cell: "C4", project: "购置经费", subject: "待定" });
    expect(f.message).toContain("财政拨款为“待定”");
  });
  it("accepts numbers, separators, full-width digits, blanks and dashes", () => {
    const t = buildTable({ rows: [{ name: "购置经费", amounts: ["1,036.04", "１０３６．０４", "—", null] }] });
    expect(runRule("amount-not-number", t)).toEqual([]);
  });
});
