import { z } from "zod";
import { allRules, ruleById, ruleIds } from "../../../src/domain/rules";

const IDS = [
  "column-missing", "no-table", "amount-not-number",
  "sources-sum-mismatch", "subtotal-mismatch", "total-mismatch", "cost-exceeds-amount", "goal-amount-mismatch",
  "goal-missing", "indicators-missing", "category-missing", "duplicate-goal", "duplicate-project",
  "value-missing", "name-missing", "level-missing", "level-mismatch", "numbering", "placeholder-value", "vague-value",
  "percent-out-of-range", "satisfaction-misplaced", "unit-missing", "period-annual-conflict", "deadline-outside-year",
  "nonstandard-symbol", "duplicate-indicator", "text-typo",
  // issue 14: the checks reviewers send tables back for
  "name-not-measurable", "rubric-as-value", "process-as-output", "output-as-benefit", "output-dimensions",
  "rate-under-quantity", "satisfaction-range", "value-repeats-name", "too-few-indicators", "indicators-copied",
  "unit-mismatch", "second-level-missing",
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
    expect(ruleById("vague-value")?.severity).toBe("warning");
    expect(ruleById("nonstandard-symbol")?.severity).toBe("info");
    expect(ruleById("subtotal-mismatch")?.severity).toBe("error");
    expect(ruleById("category-missing")?.severity).toBe("error");
  });
  it.each(allRules.map((r) => [r.id, r] as const))("%s: meta declares scope, messages in zh and en, and options whose schema gives the defaults", (_id, rule) => {
    const m = rule.meta;
    expect(m.id).toBe(rule.id);
    expect(["table", "agency", "project", "indicator"]).toContain(m.scope);
    expect(typeof m.fixable).toBe("boolean");
    expect(Object.keys(m.messages).length).toBeGreaterThan(0);
    for (const [id, t] of Object.entries(m.messages)) {
      expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(t.zh).toMatch(/[\u4e00-\u9fff]|^\{problem\}$/); // no-table passes on the reader's own sentence
      expect(t.en.length).toBeGreaterThan(3);
    }
    if (m.options) expect(m.options.schema(z).parse({})).toEqual(m.options.defaults);
    else expect(rule.defaults).toEqual({});
  });
});
