/**
 * The rule catalog on the seed tables as published (assets/samples, read by READER's reader): the
 * findings the issue names, and no false alarm among the rest (each judged in test/fixtures/README.md).
 */
import * as fs from "fs";
import * as path from "path";
import { checkWorkbook } from "../../../src/domain/check";
import type { Finding } from "../../../src/domain/finding";
import { loadSampleModel } from "../../support/fixtures";

const MONEY = ["sources-sum-mismatch", "subtotal-mismatch", "total-mismatch", "cost-exceeds-amount", "goal-amount-mismatch", "amount-not-number"];
const check = (seed: "000" | "001" | "002") => checkWorkbook(loadSampleModel(seed)).findings;
const of = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);

describe("seed 002 (compact, code dialect with ；, 成本 as 一级)", () => {
  const findings = check("002");
  it("has exactly one subtotal-mismatch: the first agency, 563.39 vs 563.38", () => {
    const f = of(findings, "subtotal-mismatch");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ agency: "广州市工商业联合会", project: null, actual: "563.39", expected: "563.38", difference: "0.01" });
    expect(f[0].parts).toHaveLength(13);
  });
  it("has no total-mismatch and no sources-sum-mismatch", () => {
    expect(of(findings, "total-mismatch")).toEqual([]);
    expect(of(findings, "sources-sum-mismatch")).toEqual([]);
  });
  it("has exactly one name-missing: TZMMZXJF", () => {
    expect(of(findings, "name-missing").map((f) => f.project)).toEqual(["TZMMZXJF"]);
  });
  it("has cost-exceeds-amount on both 信息化运维 projects and nowhere else", () => {
    expect(of(findings, "cost-exceeds-amount").map((f) => [f.project, f.actual, f.expected])).toEqual([
      ["广州市工商业联合会2025-2026年信息化运维项目", "24.00", "2.15"],
      ["广州市工商业联合会2026-2027年信息化运维项目", "35.00", "31.19"],
    ]);
  });
  it("flags 服务质量考核情况 under 满意度 in both 信息化运维 projects", () => {
    expect(of(findings, "satisfaction-misplaced").map((f) => f.indicator?.name)).toEqual(["服务质量考核情况", "服务质量考核情况"]);
  });
  it("reads the fin101 scheme: no level-mismatch for 4-成本指标 / 41-经济成本指标", () => {
    expect(of(findings, "level-mismatch")).toEqual([]);
  });
  it("does not take 法律顾问服务 under two agencies for a duplicate", () => {
    expect(of(findings, "duplicate-project")).toEqual([]);
  });
});

describe("seed 001 (compact, code dialect with ,)", () => {
  const findings = check("001");
  it("has no money finding", () => {
    expect(findings.filter((f) => MONEY.includes(f.rule))).toEqual([]);
  });
  it("has numbering on both 政府雇员 projects, and only there", () => {
    expect(of(findings, "numbering").map((f) => f.project)).toEqual(["政府雇员工资经费", "政府雇员公用经费"]);
  });
  it("has duplicate-goal on 政府雇员工资经费 and 两新组织党务工作者补贴", () => {
    expect(of(findings, "duplicate-goal").map((f) => f.project)).toEqual(["政府雇员工资经费", "两新组织党务工作者补贴"]);
  });
  it("finds the typos: 否则否则 (four indicators), 二十大大 and 商会会参与", () => {
    const typos = of(findings, "text-typo").map((f) => `${f.project}:${f.subject}`);
    expect(typos).toEqual([
      "对民营企业进行教育服务管理经费:否则否则",
      "对非公党建工作管理经费:二十大大",
      "对非公党建工作管理经费:否则否则",
      "对非公党建工作管理经费:否则否则",
      "基层商会培训指导管理经费:会会",
      "基层商会培训指导管理经费:否则否则",
    ]);
  });
  it("reads the traditional scheme: no level-mismatch for 24-可持续影响", () => {
    expect(of(findings, "level-mismatch")).toEqual([]);
  });
});

describe("seed 000 (agency layout, short dialect)", () => {
  const findings = check("000");
  it("has value-missing on 花都区民营企业投诉中心运营经费 (政府购买法律服务费用) only", () => {
    expect(of(findings, "value-missing").map((f) => [f.project, f.indicator?.name])).toEqual([["花都区民营企业投诉中心运营经费", "政府购买法律服务费用"]]);
  });
  it("has numbering on 花都区民营企业投诉中心运营经费 and 街（镇）商会配套工作经费", () => {
    expect(of(findings, "numbering").map((f) => f.project).sort()).toEqual(["花都区民营企业投诉中心运营经费", "街（镇）商会配套工作经费"].sort());
  });
  it("has no money finding (the table has no amounts) and no structural finding", () => {
    expect(findings.filter((f) => MONEY.includes(f.rule) || f.rule === "column-missing")).toEqual([]);
  });
});

describe("every seed", () => {
  it.each(["000", "001", "002"] as const)("seed %s: findings name a sheet, an A1 cell, a Chinese message and a unique key", (seed) => {
    const findings = check(seed);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      expect(f.key.startsWith(`${f.rule}|${f.sheet}|`)).toBe(true);
      if (f.span) expect(f.span.cell).toBe(f.cell);
    }
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
    expect(findings.some((f) => f.message.includes("出错"))).toBe(false);
  });
});

describe("test/fixtures/README.md, Findings on the seeds", () => {
  // the judged list must be the list the checker gives today: a rule change means judging again
  const readme = fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Findings on the seeds"));
  const listed = (seed: string) => {
    const start = section.indexOf(`### seed ${seed}`);
    const end = section.indexOf("### seed", start + 1);
    return section
      .slice(start, end < 0 ? undefined : end)
      .split("\n")
      .filter((l) => /^\| \d+ \|/.test(l))
      .map((l) => l.split(" | "));
  };
  it.each(["000", "001", "002"] as const)("seed %s: every finding is listed, in order, with a verdict", (seed) => {
    const rows = listed(seed);
    expect(rows.map((r) => `${r[1]}|${r[2]}|${r[3]}`)).toEqual(check(seed).map((f) => `${f.rule}|${f.cell}|${f.project ?? f.agency ?? ""}`));
    for (const r of rows) expect(r[5]).toMatch(/^true\b/);
  });
});
