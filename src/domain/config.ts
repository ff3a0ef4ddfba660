/**
 * The checker's configuration (`jixiao check --config FILE`, and the pane's settings):
 *   { "profile": "auto" | "traditional" | "fin101",
 *     "budgetYear": 2025,
 *     "rules": { "vague-value": "off", "numbering": "error",
 *                "subtotal-mismatch": { "severity": "warning", "options": { "tolerance": 0.01 } } } }
 * Its types and what it means for one rule live here; validating JSON into a Config lives in
 * config-schema.ts, apart, so a check without a config file never loads zod (~90 ms of start-up).
 */
import type { Severity } from "./finding";
import type { Profile } from "./rules/rule";
import { ruleById } from "./rules";

export type RuleSetting = "off" | Severity | { severity?: Severity; options?: Record<string, unknown> };

export interface Config {
  $schema?: string;
  profile?: Profile;
  budgetYear?: number;
  rules?: Record<string, RuleSetting>;
}

/** A config that failed validation; `message` lists every problem in Chinese. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`配置无效：\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/** What the config says about one rule: off, or the severity and options in force. */
export interface EffectiveRule {
  enabled: boolean;
  /** null: keep each finding's own severity (the rule's default) */
  severity: Severity | null;
  options: Record<string, unknown>;
}

export function effectiveRule(config: Config | undefined, id: string): EffectiveRule {
  const rule = ruleById(id);
  const defaults = { ...(rule?.defaults ?? {}) };
  const setting = config?.rules?.[id];
  if (setting === undefined) return { enabled: true, severity: null, options: defaults };
  if (setting === "off") return { enabled: false, severity: null, options: defaults };
  if (typeof setting === "string") return { enabled: true, severity: setting, options: defaults };
  return { enabled: true, severity: setting.severity ?? null, options: { ...defaults, ...(setting.options ?? {}) } };
}
