/** Explained findings (已说明): storage rows, validation in Chinese, and matching by business key. */
import { checkWorkbook } from "../../../src/domain/check";
import type { Finding } from "../../../src/domain/finding";
import type { CellValue } from "../../../src/domain/grid";
import {
  applyExplanations,
  decodeStoredText,
  encodeStoredText,
  EXPLAINED_SHEET,
  EXPLANATION_COLUMNS,
  explainFinding,
  removeExplanation,
  toRows,
  upsertExplanation,
  type Explanation,
} from "../../../src/domain/review";
import { explanationsFromWorkbook, fromRows } from "../../../src/domain/review/explanation-rows";
import { loadSampleModel } from "../../support/fixtures";

const findings002 = (): Finding[] => checkWorkbook(loadSampleModel("002")).findings;
const AT = "2025-03-01T09:30:00.000Z";

function pick(findings: Finding[], rule: string, project: string | null): Finding {
  const f = findings.find((x) => x.rule === rule && x.project === project);
  if (!f) throw new Error(`no ${rule} finding for ${project}`);
  return f;
}

describe("explainFinding", () => {
  it("keeps what the finding is about, not where it is", () => {
    const f = pick(findings002(), "cost-exceeds-amount", "广州市工商业联合会2025-2026年信息化运维项目");
    const e = explainFinding(f, "  两年期合同，年度投入按合同总额填报  ", "李审核", new Date(AT));
    expect(e).toEqual({
      key: f.key,
      rule: "cost-exceeds-amount",
      sheet: "项目支出绩效目标表",
      agency: "广州市工商业联合会",
      project: "广州市工商业联合会2025-2026年信息化运维项目",
      indicator: "年度投入",
      subject: f.subject,
      reason: "两年期合同，年度投入按合同总额填报",
      by: "李审核",
      at: AT,
    });
    expect(e.key).not.toMatch(/\b15\b|G15/);
  });

  it("names an indicator without a name by its number", () => {
    const f = pick(findings002(), "name-missing", "TZMMZXJF");
    expect(explainFinding(f, "涉密项目", "张三", AT).indicator).toBe("第1项");
  });
});

describe("storage rows", () => {
  const sample = (): Explanation[] => {
    const all = findings002();
    return [
      explainFinding(pick(all, "subtotal-mismatch", null), "元折算万元的尾差", "张三", AT),
      explainFinding(pick(all, "name-missing", "TZMMZXJF"), "=涉密项目，指标不宜公开", "'李四", "2025-03-02T10:00:00+08:00"),
    ];
  };

  it("writes a header in the fixed column order and one text row per explanation", () => {
    const rows = toRows(sample());
    expect(rows[0]).toEqual([...EXPLANATION_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === EXPLANATION_COLUMNS.length && r.every((c) => typeof c === "string"))).toBe(true);
    // a project-less finding stores an empty cell, read back as null
    expect(rows[1][EXPLANATION_COLUMNS.indexOf("project")]).toBe("");
    // text that would run as a formula is stored behind a quote
    expect(rows[2][EXPLANATION_COLUMNS.indexOf("reason")]).toBe("'=涉密项目，指标不宜公开");
  });

  it("reads back exactly what it wrote", () => {
    const list = sample();
    expect(fromRows(toRows(list))).toEqual({ explanations: list, problems: [] });
  });

  it("reads back what Office.js gives: the quote prefix gone, numbers as numbers, extra columns", () => {
    const [e] = sample();
    // Excel takes a leading quote as its "text follows" prefix and drops it; "563.39" without the
    // text number format comes back as a number
    const excel = (c: string): CellValue => (c === "563.39" ? 563.39 : c.startsWith("'") ? c.slice(1) : c);
    const officeRow = toRows([{ ...e, subject: "563.39", reason: "=尾差", by: "'李四" }])[1].map(excel);
    expect(officeRow).toContain("=尾差");
    const header = [...EXPLANATION_COLUMNS, "note"];
    const { explanations, problems } = fromRows([header, [...officeRow, "extra"]]);
    expect(problems).toEqual([]);
    expect(explanations[0]).toMatchObject({ subject: "563.39", reason: "=尾差", by: "'李四" });
  });

  it("finds columns by header, so their order may change", () => {
    const rows = toRows(sample());
    const order = [...EXPLANATION_COLUMNS].reverse();
    const shuffled = rows.map((r) => order.map((c) => r[EXPLANATION_COLUMNS.indexOf(c)]));
    expect(fromRows(shuffled).explanations).toEqual(sample());
  });

  it("reports bad rows in Chinese with their row number and keeps the good ones", () => {
    const rows: CellValue[][] = toRows(sample());
    rows[1][EXPLANATION_COLUMNS.indexOf("reason")] = "";
    rows.push([]);
    const third = [...rows[2]];
    third[EXPLANATION_COLUMNS.indexOf("at")] = "昨天";
    third[EXPLANATION_COLUMNS.indexOf("key")] = null;
    rows.push(third);
    const { explanations, problems } = fromRows(rows, 0);
    expect(explanations).toHaveLength(1);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(`工作表“${EXPLAINED_SHEET}”第2行：说明理由（reason）为空，该条说明已忽略。`);
    expect(problems[1]).toContain(`工作表“${EXPLAINED_SHEET}”第5行：`);
    expect(problems[1]).toContain("业务键（key）为空");
    expect(problems[1]).toContain("说明时间（at）“昨天”不是 ISO 时间");
  });

  it("says which columns a bad header lacks, and reads nothing from it", () => {
    const { explanations, problems } = fromRows([["key", "rule", "reason"], ["a|b", "numbering", "x"]]);
    expect(explanations).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("第1行：表头缺少列 sheet（工作表）、agency（资金使用单位）");
  });

  it("treats an empty or missing storage sheet as no explanations", () => {
    expect(fromRows([])).toEqual({ explanations: [], problems: [] });
    expect(fromRows([[null, ""], []])).toEqual({ explanations: [], problems: [] });
    expect(explanationsFromWorkbook({ sheets: [{ name: "Sheet1", rows: [["x"]] }] })).toEqual({ explanations: [], problems: [] });
    const grid = { sheets: [{ name: EXPLAINED_SHEET, rows: toRows(sample()), originRow: 4 }] };
    expect(explanationsFromWorkbook(grid).explanations).toHaveLength(2);
  });

  it.each([
    ["=SUM(A1)"], ["+1"], ["-5"], ["@x"], ["'quoted"], ["''"], ["'"], ["\tTAB"], ["普通文本"], [""],
  ])("encodes %j so that decoding gives it back", (text) => {
    expect(decodeStoredText(encodeStoredText(text))).toBe(text);
    expect(encodeStoredText(text).startsWith("=")).toBe(false);
  });
});

describe("applyExplanations", () => {
  it("moves explained findings apart and leaves the others open, in order", () => {
    const all = findings002();
    const chosen = [pick(all, "subtotal-mismatch", null), pick(all, "name-missing", "TZMMZXJF")];
    const r = applyExplanations(all, chosen.map((f) => explainFinding(f, "已核实", "张三", AT)));
    expect(r.explained.map((x) => x.finding)).toEqual(chosen);
    expect(r.open).toEqual(all.filter((f) => !chosen.includes(f)));
    expect(r.lapsed).toEqual([]);
    expect(r.unmatched).toEqual([]);
  });

  it("opens a finding again when its subject changed, and keeps the old explanation as lapsed", () => {
    const all = findings002();
    const f = pick(all, "cost-exceeds-amount", "广州市工商业联合会2025-2026年信息化运维项目");
    const e = explainFinding(f, "两年期合同", "张三", AT);
    const changed = all.map((x) => (x === f ? { ...x, subject: x.subject.replace("2.15", "2.16") } : x));
    expect(changed).not.toEqual(all);
    const r = applyExplanations(changed, [e]);
    expect(r.explained).toEqual([]);
    expect(r.open).toHaveLength(all.length);
    expect(r.lapsed).toEqual([{ finding: changed[all.indexOf(f)], explanation: e }]);
  });

  it("lists explanations no finding matches (fixed, renamed)", () => {
    const all = findings002();
    const gone = { ...explainFinding(all[0], "x", "y", AT), key: "numbering|项目支出绩效目标表|单位|已删除的项目|#1" };
    const r = applyExplanations(all, [gone]);
    expect(r.open).toEqual(all);
    expect(r.unmatched).toEqual([gone]);
  });

  it("uses the latest explanation when a key appears twice", () => {
    const f = findings002()[0];
    const older = explainFinding(f, "旧理由", "甲", "2025-01-01T00:00:00.000Z");
    const newer = explainFinding(f, "新理由", "乙", "2025-02-01T00:00:00.000Z");
    expect(applyExplanations([f], [newer, older]).explained[0].explanation.reason).toBe("新理由");
  });

  it("upserts and removes by key without touching the list it was given", () => {
    const [a, b] = findings002();
    const ea = explainFinding(a, "一", "甲", AT);
    const list = [ea];
    const twice = upsertExplanation(upsertExplanation(list, explainFinding(b, "二", "甲", AT)), { ...ea, reason: "改" });
    expect(list).toEqual([ea]);
    expect(twice.map((e) => e.reason)).toEqual(["二", "改"]);
    expect(removeExplanation(twice, a.key).map((e) => e.reason)).toEqual(["二"]);
  });
});
