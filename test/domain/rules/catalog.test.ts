import { allRules, ruleById, ruleIds } from "../../../src/domain/rules";

const IDS = [
  "column-missing", "no-table", "amount-not-number",
  "sources-sum-mismatch", "subtotal-mismatch", "total-mismatch", "cost-exceeds-amount", "goal-amount-mismatch",
  "goal-missing", "indicators-missing", "category-missing", "duplicate-goal", "duplicate-project",
  "value-missing", "name-missing", "level-missing", "level-mismatch", "numbering", "placeholder-value", "vague-value",
  "percent-out-of-range", "satisfaction-misplaced", "unit-missing", "period-annual-conflict", "deadline-outside-year",
  "nonstandard-symbol", "duplicate-indicator", "text-typo",
];

describe("the rule catalog", () => {
  it("has exactly the ids of the interface, once each", () => {
    expect([...ruleIds].sort()).toEqual([...IDS].sort());
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
  });
  it("finds a rule by id, and nothing for an unknown id", () => {
    expect(ruleById("subtotal-mismatch")?.category).toBe("money");
    expect(ruleById("no-such-rule")).toBeUndefined();
  });
  it.each(allRules.map((r) => [r.id, r] as const))("%s: kebab-case id, Chinese title and doc, English beside it", (_id, rule) => {
    expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(["error", "warning", "info"]).toContain(rule.severity);
    expect(["structure", "money", "project", "indicator"]).toContain(rule.category);
    expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.titleEn).toMatch(/^[A-Z]/);
    for (const part of ["what", "why", "bad", "good"] as const) {
      expect(rule.doc[part]).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.docEn[part].length).toBeGreaterThan(3);
    }
  });
  it("has the severities the issue asks for", () => {
    expect(ruleById("vague-value")?.severity).toBe("info");
    expect(ruleById("nonstandard-symbol")?.severity).toBe("info");
    expect(ruleById("subtotal-mismatch")?.severity).toBe("error");
    expect(ruleById("category-missing")?.severity).toBe("error");
  });
});
