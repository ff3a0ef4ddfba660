/** Running one rule the way checkTable does: from the catalog, with its defaults and a context. */
import type { Finding } from "../../src/domain/finding";
import type { TableModel } from "../../src/domain/model";
import { ruleById } from "../../src/domain/rules";
import type { RuleContext } from "../../src/domain/rules/rule";

export function runRule(id: string, table: TableModel, ctx: Partial<RuleContext> = {}): Finding[] {
  const rule = ruleById(id);
  if (!rule) throw new Error(`rule ${id} is not in the catalog`);
  return rule.check(table, {
    scheme: ctx.scheme ?? "traditional",
    budgetYear: ctx.budgetYear ?? null,
    budgetYearSource: ctx.budgetYearSource ?? null,
    options: { ...(rule.defaults ?? {}), ...(ctx.options ?? {}) },
  });
}
