/**
 * One pass over the projects for many rules. A model of 10,000 projects holds ~50,000 indicators
 * spread over the heap, and walking them costs more in memory traffic than the checks themselves;
 * so the rules that look at projects and indicators are written as visitors, and checkTable runs all
 * of them in a single walk (each rule's own check() still walks alone, for tests and one-off use).
 */
import type { Finding } from "../../finding";
import type { Indicator, TableModel, TableRow } from "../../model";
import type { Rule, RuleContext } from "../rule";

export interface ProjectVisitor {
  /** each project row, before its indicators */
  project?(row: TableRow): void;
  /** each indicator of a project row */
  indicator?(row: TableRow, ind: Indicator): void;
  /** after the last row: for findings that need the whole table (duplicates, table-wide facts) */
  end?(): void;
}

export interface VisitorRule extends Rule {
  /** a visitor that pushes this rule's findings into `out` */
  visitor(table: TableModel, ctx: RuleContext, out: Finding[]): ProjectVisitor;
}

export function isVisitorRule(rule: Rule): rule is VisitorRule {
  return typeof (rule as Partial<VisitorRule>).visitor === "function";
}

/** A rule written as a visitor; its check() walks the table with that visitor alone. */
export function visitorRule(def: Omit<VisitorRule, "check">): VisitorRule {
  const rule: VisitorRule = {
    ...def,
    check(table, ctx) {
      const out: Finding[] = [];
      walkProjects(table, [rule.visitor(table, ctx, out)]);
      return out;
    },
  };
  return rule;
}

/** Every project row and its indicators, once, handed to every visitor. */
export function walkProjects(table: TableModel, visitors: readonly ProjectVisitor[]): void {
  const onProject = visitors.filter((v) => v.project);
  const onIndicator = visitors.filter((v) => v.indicator);
  for (const row of table.rows) {
    if (row.kind !== "project") continue;
    for (const v of onProject) v.project!(row);
    if (onIndicator.length === 0) continue;
    for (const ind of row.indicators) for (const v of onIndicator) v.indicator!(row, ind);
  }
  for (const v of visitors) v.end?.();
}
