/**
 * A RuleTester in the manner of ESLint's: a rule, the cases it must pass (valid) and the cases it
 * must report (invalid, with the message ids and data expected). Cases are written as the cell
 * texts a user types — one project's 绩效指标 cell, or its goal, or a whole small table — and built
 * into a TableModel by test/support/build-table. For every finding the tester also checks that
 * the message renders in Chinese and English with no blank left, and that a fix, if any, lands
 * inside its cell's text and, applied, leaves the rule nothing to say about that finding.
 * Not a test file: test/domain/rules/<id>.test.ts call it.
 */
import type { Finding, Fix, Severity } from "../../../src/domain/finding";
import type { Rule, RuleContext, Scheme } from "../../../src/domain/rules/rule";
import { buildTable, type RowSpec, type TableSpec } from "../../support/build-table";

export interface TesterCase {
  /** what the case shows (the test's title); defaults to the cell text */
  title?: string;
  /** one project's 绩效指标 cell */
  indicators?: string;
  /** the project's other cells (name, goal, amounts) */
  project?: Partial<Omit<RowSpec, "indicators">>;
  /** a whole table instead of one project */
  table?: TableSpec;
  scheme?: Scheme;
  budgetYear?: number | null;
  options?: Record<string, unknown>;
}

export interface ExpectedError {
  messageId: string;
  /** the data the finding must carry (a subset; Localized values compare as { zh, en }) */
  data?: Record<string, unknown>;
  severity?: Severity;
  cell?: string;
}

export interface InvalidCase extends TesterCase {
  errors: ExpectedError[];
}

function specOf(c: TesterCase): TableSpec {
  if (c.table) return c.table;
  return { rows: [{ name: "测试项目", amounts: ["10.00", "10.00"], goal: "保障工作正常开展。", ...c.project, indicators: c.indicators ?? null }] };
}

function run(rule: Rule, spec: TableSpec, c: TesterCase, lang: "zh" | "en" = "zh"): Finding[] {
  const ctx: RuleContext = {
    scheme: c.scheme ?? "traditional",
    budgetYear: c.budgetYear === undefined ? (spec.budgetYear ?? null) : c.budgetYear,
    options: { ...rule.defaults, ...(c.options ?? {}) },
    lang,
  };
  return rule.check(buildTable(spec), ctx);
}

const titleOf = (c: TesterCase): string => c.title ?? c.indicators ?? c.project?.goal ?? c.project?.name ?? "table";

/** The spec with the fix applied to the cell it names (a 绩效指标 or 绩效目标 cell of a row). */
function withFix(spec: TableSpec, fix: Fix): { spec: TableSpec; before: string } {
  const table = buildTable(spec);
  const k = table.rows.findIndex((r) => r.indicatorCell === fix.cell || r.goalCell === fix.cell);
  if (k < 0) throw new Error(`fix names ${fix.cell}, which is neither a 绩效指标 nor a 绩效目标 cell`);
  const row = spec.rows[k];
  const field = table.rows[k].indicatorCell === fix.cell ? "indicators" : "goal";
  const before = String(row[field] ?? "");
  const after = before.slice(0, fix.start) + fix.replacement + before.slice(fix.end);
  const rows = spec.rows.map((r, j) => (j === k ? { ...r, [field]: after } : r));
  return { spec: { ...spec, rows }, before };
}

export function ruleTester(rule: Rule, cases: { valid: TesterCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.id}: valid`, () => {
    it.each(cases.valid.map((c) => [titleOf(c), c] as const))("%s", (_t, c) => {
      expect(run(rule, specOf(c), c).map((f) => f.messageId)).toEqual([]);
    });
  });
  describe(`${rule.id}: invalid`, () => {
    it.each(cases.invalid.map((c) => [titleOf(c), c] as const))("%s", (_t, c) => {
      const spec = specOf(c);
      const found = run(rule, spec, c);
      expect(found.map((f) => f.messageId)).toEqual(c.errors.map((e) => e.messageId));
      c.errors.forEach((e, k) => {
        const f = found[k];
        if (e.data) expect(f.data).toMatchObject(e.data);
        if (e.severity) expect(f.severity).toBe(e.severity);
        if (e.cell) expect(f.cell).toBe(e.cell);
        expect(f.rule).toBe(rule.id);
        expect(Object.keys(rule.meta.messages)).toContain(f.messageId);
      });
      // every message renders whole, in both languages
      const en = run(rule, spec, c, "en");
      for (const f of [...found, ...en]) {
        expect(f.message).not.toMatch(/\{\w+\}|undefined|\[object Object\]/);
        expect(f.message.length).toBeGreaterThan(5);
      }
      for (const f of found) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      for (const f of found.filter((x) => x.fix)) {
        expect(rule.meta.fixable).toBe(true);
        const fix = f.fix!;
        expect(fix.cell).toBe(f.cell);
        const { spec: fixed, before } = withFix(spec, fix);
        expect(fix.start).toBeGreaterThanOrEqual(0);
        expect(fix.end).toBeLessThanOrEqual(before.length);
        expect(fix.start).toBeLessThanOrEqual(fix.end);
        // the fixed text re-checks clean of this finding
        expect(run(rule, fixed, c).map((x) => x.key)).not.toContain(f.key);
      }
    });
  });
}
