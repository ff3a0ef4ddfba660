/**
 * A rule: a stable kebab-case id, a default severity, a doc in Chinese and English, and a check
 * over one table. Adding a rule means adding one file in this folder and listing it in index.ts.
 */
import type { Finding, Severity } from "../finding";
import type { TableModel } from "../model";

export interface RuleDoc {
  /** what it checks */
  what: string;
  /** why it matters */
  why: string;
  /** a wrong example (错误示例) */
  bad: string;
  /** a right example (正确示例) */
  good: string;
}

/** 传统 (成本 under 产出, code 14) or 财预〔2021〕101号 (成本指标 as first level 4 with 41/42/43). */
export type Scheme = "traditional" | "fin101";
export type Profile = "auto" | Scheme;

export interface RuleContext {
  /** the scheme in force for this table (auto already resolved) */
  scheme: Scheme;
  /** budget year from the config, the title, or the majority of dates; null when unknown */
  budgetYear: number | null;
  /** where budgetYear came from, for messages (optional: hand-built contexts may omit it) */
  budgetYearSource?: "config" | "title" | "dates" | null;
  /** this rule's thresholds from the config merged over its defaults */
  options: Record<string, unknown>;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** the group the pane filters by */
  category: "structure" | "money" | "project" | "indicator";
  title: string;
  titleEn: string;
  doc: RuleDoc;
  docEn: RuleDoc;
  /** default thresholds, overridable in the config */
  defaults?: Record<string, unknown>;
  check(table: TableModel, ctx: RuleContext): Finding[];
}
