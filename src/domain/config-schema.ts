/**
 * Validating a config (see config.ts for its shape) with zod: every problem is reported in Chinese
 * with the path that holds it. Loaded only when there is a config to validate.
 */
import { z } from "zod";
import { ConfigError, type Config } from "./config";
import { allRules, ruleById, type Rule } from "./rules";

const SEVERITY_NAMES = "“error”（错误）、“warning”（警告）或“info”（提示）";

const SeveritySchema = z.enum(["error", "warning", "info"], {
  error: (iss) => `严重程度${show(iss.input)}无效，应为${SEVERITY_NAMES}`,
});

const RuleObjectSchema = z.strictObject(
  {
    severity: SeveritySchema.optional(),
    options: z.record(z.string(), z.unknown(), { error: () => "options 应为对象，如 { \"tolerance\": 0.01 }" }).optional(),
  },
  {
    error: (iss) =>
      iss.code === "unrecognized_keys"
        ? `规则设置中有未知的键${iss.keys.map((k) => `“${k}”`).join("、")}，只能有 severity 和 options`
        : undefined,
  },
);

const RuleSettingSchema = z.union([z.literal("off"), SeveritySchema, RuleObjectSchema], {
  error: (iss) => `规则设置${show(iss.input)}无效，应为“off”（关闭）、${SEVERITY_NAMES}，或 { "severity": …, "options": { … } }`,
});

export const ConfigSchema = z
  .strictObject(
    {
      $schema: z.string().optional(),
      profile: z
        .enum(["auto", "traditional", "fin101"], {
          error: (iss) => `profile${show(iss.input)}无效，应为“auto”（按编码自动判断）、“traditional”（传统口径，成本在产出下）或“fin101”（财预〔2021〕101号，成本为一级指标）`,
        })
        .optional(),
      budgetYear: z
        .number({ error: (iss) => `budgetYear${show(iss.input)}无效，应为四位数年份，如 2025` })
        .int({ error: (iss) => `budgetYear${show(iss.input)}无效，应为整数年份，如 2025` })
        .min(2000, { error: (iss) => `budgetYear${show(iss.input)}无效，年份应在2000至2100之间` })
        .max(2100, { error: (iss) => `budgetYear${show(iss.input)}无效，年份应在2000至2100之间` })
        .optional(),
      rules: z.record(z.string(), RuleSettingSchema, { error: () => "rules 应为对象，键为规则编号，如 { \"vague-value\": \"off\" }" }).optional(),
    },
    {
      error: (iss) =>
        iss.code === "unrecognized_keys"
          ? `配置中有未知的键${iss.keys.map((k) => `“${k}”`).join("、")}，只能有 profile、budgetYear 和 rules`
          : iss.code === "invalid_type"
            ? "配置应为一个 JSON 对象，如 { \"profile\": \"auto\", \"rules\": { … } }"
            : undefined,
    },
  )
  .superRefine((cfg, ctx) => {
    for (const [id, setting] of Object.entries(cfg.rules ?? {})) {
      const rule = ruleById(id);
      if (!rule) {
        ctx.addIssue({ code: "custom", path: ["rules", id], message: `未知的规则编号“${id}”${suggest(id)}` });
        continue;
      }
      if (typeof setting !== "object" || !setting.options) continue;
      for (const problem of optionProblems(rule, setting.options)) {
        ctx.addIssue({ code: "custom", path: ["rules", id, "options", ...problem.path], message: problem.message });
      }
    }
  });

/** Validates a parsed JSON value (or JSON text) as a Config; throws ConfigError in Chinese. */
export function parseConfig(json: unknown): Config {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new ConfigError([`配置不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`]);
    }
  }
  if (value === undefined || value === null) return {};
  const r = ConfigSchema.safeParse(value);
  if (r.success) return r.data as Config;
  throw new ConfigError(r.error.issues.map((iss) => withPath(iss.path, iss.message)));
}

function withPath(path: PropertyKey[], message: string): string {
  if (path.length === 0) return message;
  return `${path.map(String).join(".")}：${message}`;
}

function show(input: unknown): string {
  if (input === undefined) return "（缺失）";
  try {
    return `“${typeof input === "string" ? input : JSON.stringify(input)}”`;
  } catch {
    return `“${String(input)}”`;
  }
}

const zhErrors = z.locales.zhCN().localeError;

/**
 * The rule's options against the schema its meta declares (strict: an unknown key is named, with
 * the keys there are). Each problem is said in Chinese and names the rule and the option.
 */
function optionProblems(rule: Rule, options: Record<string, unknown>): Array<{ path: PropertyKey[]; message: string }> {
  const known = Object.keys(rule.defaults);
  if (!rule.meta.options) {
    return Object.keys(options).map((key) => ({ path: [key], message: `规则“${rule.id}”没有选项“${key}”（该规则没有可设置的选项）` }));
  }
  const out: Array<{ path: PropertyKey[]; message: string }> = [];
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) out.push({ path: [key], message: `规则“${rule.id}”没有选项“${key}”（可用选项：${known.join("、")}）` });
  }
  const r = rule.meta.options.schema(z).safeParse(options, { error: zhErrors });
  if (!r.success) {
    for (const iss of r.error.issues) {
      const key = String(iss.path[0] ?? "");
      out.push({ path: iss.path, message: `规则“${rule.id}”的选项“${key}”的值${show(pathValue(options, iss.path))}无效（${iss.message}）` });
    }
  }
  return out;
}

function pathValue(value: unknown, path: PropertyKey[]): unknown {
  let v = value;
  for (const k of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** A near id for a misspelt one (vauge-value → vague-value): same letters, or one is inside the other. */
function suggest(id: string): string {
  const norm = (s: string) => [...s.replace(/[^a-z]/g, "")].sort().join("");
  const hit = allRules.find((r) => norm(r.id) === norm(id) || r.id.includes(id) || id.includes(r.id));
  return hit ? `，是否想写“${hit.id}”？` : "。可用 jixiao rules 查看全部规则";
}
