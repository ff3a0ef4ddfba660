import { checkTable, checkWorkbook, resolveBudgetYear, resolveScheme, sortFindings } from "../../../src/domain/check";
import { parseConfig } from "../../../src/domain/config-schema";
import { groupFindings, summarize } from "../../../src/domain/report";
import { allRules, ruleById, type Rule } from "../../../src/domain/rules";
import { buildTable, oneProject } from "../../support/build-table";
import { loadSampleModel } from "../../support/fixtures";
import { SEED001_GYGZ, SEED001_LXZZ, SEED002_HUANJIE, SEED002_IT_2025, seed002MoneyRows } from "./seed-rows";

describe("checkWorkbook", () => {
  const table = buildTable({ rows: seed002MoneyRows() });
  it("summarises each table and sorts findings by sheet, row, column", () => {
    const t2 = { ...oneProject({ ...SEED001_GYGZ, goal: null }), sheet: "第二张" };
    const r = checkWorkbook({ tables: [table, t2], problems: [] });
    expect(r.tables).toEqual([
      { sheet: "项目支出绩效目标表", layout: "compact", moneyUnit: "万元", projects: 17, agencies: 2, indicators: 17 },
      { sheet: "第二张", layout: "compact", moneyUnit: "万元", projects: 1, agencies: 0, indicators: 3 },
    ]);
    const order = r.findings.map((f) => [f.sheet, f.cell]);
    expect(order[0]).toEqual(["项目支出绩效目标表", "B5"]);
    expect(order[order.length - 1][0]).toBe("第二张");
    expect(r.findings.filter((f) => f.sheet === "第二张").map((f) => f.rule)).toEqual(["goal-missing", "category-missing", "category-missing", "numbering", "process-as-output"]);
  });
  it("applies the config: rules off, severities changed", () => {
    const config = parseConfig({ rules: { "subtotal-mismatch": "warning", "category-missing": "off" } });
    const r = checkWorkbook({ tables: [table], problems: [] }, config);
    expect(r.findings.find((f) => f.rule === "subtotal-mismatch")?.severity).toBe("warning");
    expect(r.findings.some((f) => f.rule === "category-missing")).toBe(false);
  });
  it("keeps going when a table is odd, and never throws", () => {
    const odd = oneProject({ amounts: ["#REF!", "abc"], goal: "", indicators: "。。。" });
    const r = checkWorkbook({ tables: [odd], problems: [] });
    expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["amount-not-number", "goal-missing"]));
    expect(r.findings.some((f) => f.message.includes("出错"))).toBe(false);
  });
});

describe("one walk for the visitor rules", () => {
  it("gives exactly what each rule finds alone, on every seed", () => {
    for (const seed of ["000", "001", "002"] as const) {
      const table = loadSampleModel(seed).tables[0];
      const ctx = { scheme: resolveScheme(table), ...resolveBudgetYear(table) };
      const alone = allRules.flatMap((r) => r.check(table, { ...ctx, options: { ...(r.defaults ?? {}) } }));
      expect(checkTable(table).map((f) => f.key).sort()).toEqual(alone.map((f) => f.key).sort());
    }
  });
  it("loses only the rule that throws: the others still report, and the failure is said", () => {
    const rule = ruleById("vague-value") as Required<Rule>;
    const spy = jest.spyOn(rule, "visitor").mockImplementation(() => ({
      indicator() {
        throw new Error("模拟故障");
      },
    }));
    try {
      const f = checkTable(oneProject(SEED001_GYGZ));
      expect(f.some((x) => x.rule === "numbering")).toBe(true);
      expect(f.filter((x) => x.rule === "vague-value").map((x) => x.message)).toEqual([expect.stringContaining("模拟故障")]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("the language messages are rendered in", () => {
  it("is Chinese by default and English when asked (the pane's language option); ids, data and keys do not change", () => {
    const model = loadSampleModel("002");
    const zh = checkWorkbook(model).findings;
    const en = checkWorkbook(model, undefined, { lang: "en" }).findings;
    expect(en.map((f) => [f.key, f.messageId, f.data])).toEqual(zh.map((f) => [f.key, f.messageId, f.data]));
    zh.forEach((f, k) => {
      expect(f.message).not.toBe(en[k].message);
      expect(en[k].message).toBe(f.messageEn);
      expect(en[k].message).toMatch(/^[A-Za-z"]/);
    });
  });
});

describe("profiles", () => {
  it("auto detects fin101 from 4-成本指标 codes and traditional otherwise", () => {
    expect(resolveScheme(oneProject(SEED002_IT_2025))).toBe("fin101");
    expect(resolveScheme(oneProject(SEED001_GYGZ))).toBe("traditional");
    expect(resolveScheme(oneProject({ indicators: null }))).toBe("traditional");
  });
  it("an explicit profile wins, and changes what is reported", () => {
    const t = oneProject(SEED002_HUANJIE);
    expect(resolveScheme(t, { profile: "traditional" })).toBe("traditional");
    expect(checkTable(t).some((f) => f.rule === "level-mismatch")).toBe(false);
    expect(checkTable(t, { profile: "traditional" }).some((f) => f.rule === "level-mismatch")).toBe(true);
  });
});

describe("budget year", () => {
  const dated = (y: number) => `1、1-产出指标；13-时效指标；完成时间；年度指标值:${y}年12月31日前。`;
  it("comes from the config, then the title, then the majority of dates", () => {
    const t = buildTable({ budgetYear: 2024, rows: [{ name: "a", indicators: dated(2025) }] });
    expect(resolveBudgetYear(t, { budgetYear: 2026 })).toEqual({ budgetYear: 2026, budgetYearSource: "config" });
    expect(resolveBudgetYear(t)).toEqual({ budgetYear: 2024, budgetYearSource: "title" });
    const byDates = buildTable({ rows: [{ name: "a", indicators: dated(2025) }, { name: "b", indicators: dated(2025) }, { name: "c", indicators: dated(2023) }] });
    expect(resolveBudgetYear(byDates)).toEqual({ budgetYear: 2025, budgetYearSource: "dates" });
    expect(checkTable(byDates).filter((f) => f.rule === "deadline-outside-year").map((f) => f.project)).toEqual(["c"]);
  });
  it("is unknown when dates split evenly", () => {
    const even = buildTable({ rows: [{ name: "a", indicators: dated(2025) }, { name: "b", indicators: dated(2024) }] });
    expect(resolveBudgetYear(even).budgetYear).toBeNull();
  });
});

describe("report", () => {
  const r = checkWorkbook({ tables: [buildTable({ rows: [...seed002MoneyRows().slice(0, 3), SEED001_GYGZ, SEED001_LXZZ] })], problems: [] });
  it("counts findings by severity", () => {
    const s = summarize(r.findings);
    expect(s.errors + s.warnings + s.infos).toBe(r.findings.length);
    expect(s).toEqual({
      errors: r.findings.filter((f) => f.severity === "error").length,
      warnings: r.findings.filter((f) => f.severity === "warning").length,
      infos: r.findings.filter((f) => f.severity === "info").length,
    });
  });
  it("groups sheet → agency → project, every finding in exactly one leaf, in order", () => {
    const tree = groupFindings(r.findings);
    expect(tree.map((s) => s.sheet)).toEqual(["项目支出绩效目标表"]);
    const leaves = tree.flatMap((s) => s.agencies.flatMap((a) => a.projects.flatMap((p) => p.findings)));
    expect(leaves).toHaveLength(r.findings.length);
    const agency = tree[0].agencies.find((a) => a.agency === "广州市工商业联合会")!;
    expect(agency.projects.map((p) => p.project)).toEqual([null, "工作经费", "政府雇员工资经费", "两新组织党务工作者补贴"]);
    expect(agency.projects[0].findings.map((f) => f.rule)).toContain("subtotal-mismatch");
  });
  it("sortFindings without a sheet order falls back to sheet names", () => {
    const fs = sortFindings([{ ...r.findings[0], sheet: "乙" }, { ...r.findings[0], sheet: "甲" }]);
    expect(fs.map((f) => f.sheet)).toEqual(["乙", "甲"].sort((a, b) => a.localeCompare(b)));
  });
});
