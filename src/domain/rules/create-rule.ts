/**
 * createRule: a rule from its meta and its body. The body is either check() (the whole table at
 * once) or visitor() (a part of the engine's one walk over the rows); either way the findings it
 * reports carry message ids and data, and the rule's check() renders them in ctx.lang.
 */
import type { Finding } from "../finding";
import type { TableModel } from "../model";
import type { ProjectVisitor, Rule, RuleContext, RuleMeta } from "./rule";
import { renderFindings } from "./support/messages";
import { walkProjects } from "./support/visitor";

type Body =
  | { check(table: TableModel, ctx: RuleContext): Finding[]; visitor?: undefined }
  | { visitor(table: TableModel, ctx: RuleContext, out: Finding[]): ProjectVisitor; check?: undefined };

export type RuleDefinition = { meta: RuleMeta } & Body;

export function createRule(def: RuleDefinition): Rule {
  const { meta } = def;
  // through rule.visitor, not def.visitor: what the engine runs is what check() runs
  const raw = (table: TableModel, ctx: RuleContext): Finding[] => {
    if (def.check) return def.check(table, ctx);
    const out: Finding[] = [];
    walkProjects(table, [rule.visitor!(table, ctx, out)], ctx.scheme);
    return out;
  };
  const rule: Rule = {
    meta,
    id: meta.id,
    severity: meta.severity,
    category: meta.category,
    title: meta.title,
    titleEn: meta.titleEn,
    doc: meta.doc,
    docEn: meta.docEn,
    defaults: meta.options?.defaults ?? {},
    check(table, ctx) {
      const found = raw(table, ctx);
      renderFindings(meta, found, ctx.lang ?? "zh");
      return found;
    },
  };
  if (def.visitor) rule.visitor = def.visitor;
  return rule;
}
