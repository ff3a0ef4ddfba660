/**
 * The rule contract (after typescript-eslint's createRule): a rule is its `meta` — id, default
 * severity, scope, the messages it may report (message id → zh and en templates with named data),
 * its options (defaults, and a zod schema the config is validated against), whether it offers
 * fixes, and its doc in Chinese and English — and a body that reports { messageId, data, cell,
 * span, fix }. The engine renders the message in the language asked for; no body writes a
 * sentence. Adding a rule means adding one file in this folder, listing it in index.ts, and one
 * test file in test/domain/rules/.
 */
import type { z } from "zod";
import type { Finding, Severity } from "../finding";
import type { Indicator, TableModel, TableRow } from "../model";
import type { CategoryFacts } from "./support/categories";

export interface RuleDoc {
  /** what it checks (检查什么) */
  what: string;
  /** why it matters, and why its severity (为什么) */
  why: string;
  /** a wrong example (错误示例) */
  bad: string;
  /** a right example (正确示例) */
  good: string;
}

/** 传统 (成本 under 产出, code 14) or 财预〔2021〕101号 (成本指标 as first level 4 with 41/42/43). */
export type Scheme = "traditional" | "fin101";
export type Profile = "auto" | Scheme;
export type Lang = "zh" | "en";

/** What one finding of the rule is about. */
export type Scope = "table" | "agency" | "project" | "indicator";
/** The group the pane filters by. */
export type RuleCategory = "structure" | "money" | "project" | "indicator";

/** One message in both languages; `{name}` is replaced by the finding's data.name. */
export interface MessageTemplate {
  zh: string;
  en: string;
}

export type { Localized, MessageData } from "../finding";

/**
 * A rule's options: the defaults a check runs with, and the schema the config is validated
 * against (a function of zod, so a check without a config never loads zod). A test pins that the
 * schema parses `{}` to exactly these defaults.
 */
export interface RuleOptions<O extends Record<string, unknown> = Record<string, unknown>> {
  defaults: O;
  schema: (zod: typeof z) => z.ZodType<O>;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  scope: Scope;
  category: RuleCategory;
  title: string;
  titleEn: string;
  messages: Record<string, MessageTemplate>;
  options?: RuleOptions;
  /** whether findings may carry a fix */
  fixable: boolean;
  doc: RuleDoc;
  docEn: RuleDoc;
}

export interface RuleContext {
  /** the scheme in force for this table (auto already resolved) */
  scheme: Scheme;
  /** budget year from the config, the title, or the majority of dates; null when unknown */
  budgetYear: number | null;
  /** where budgetYear came from, for messages (optional: hand-built contexts may omit it) */
  budgetYearSource?: "config" | "title" | "dates" | null;
  /** this rule's options from the config merged over its defaults */
  options: Record<string, unknown>;
  /** the language messages are rendered in (zh when absent) */
  lang?: Lang;
}

/** The walk calls these as plain functions (no `this`): visitors keep their state in closures. */
export interface ProjectVisitor {
  /** every row of the table (agency and 合计 rows too), in order; a project row before its project() */
  row?: (row: TableRow) => void;
  /** each project row, before its indicators */
  project?: (row: TableRow, facts: CategoryFacts) => void;
  /** each indicator of a project row; k is its index in row.indicators */
  indicator?: (row: TableRow, ind: Indicator, k: number, facts: CategoryFacts) => void;
  /** after the last row: for findings that need the whole table (duplicates, table-wide facts) */
  end?: () => void;
}

export interface Rule {
  meta: RuleMeta;
  /** meta.id, meta.severity … repeated flat for the readers that predate meta (pane, reports) */
  id: string;
  severity: Severity;
  category: RuleCategory;
  title: string;
  titleEn: string;
  doc: RuleDoc;
  docEn: RuleDoc;
  /** meta.options.defaults, or {} */
  defaults: Record<string, unknown>;
  /** the findings on one table, rendered in ctx.lang */
  check(table: TableModel, ctx: RuleContext): Finding[];
  /** a rule written as a visitor shares the engine's one walk over the rows (support/visitor.ts) */
  visitor?: (table: TableModel, ctx: RuleContext, out: Finding[]) => ProjectVisitor;
}
