import * as fs from "fs";
import * as path from "path";
import { ConfigError, effectiveRule } from "../../../src/domain/config";
import { parseConfig } from "../../../src/domain/config-schema";

const problems = (json: unknown): string[] => {
  try {
    parseConfig(json);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
};

describe("parseConfig", () => {
  it("accepts a full config", () => {
    const c = parseConfig({
      profile: "fin101",
      budgetYear: 2025,
      rules: { "vague-value": "off", numbering: "error", "subtotal-mismatch": { severity: "warning", options: { tolerance: 0.01 } } },
    });
    expect(c.profile).toBe("fin101");
    expect(effectiveRule(c, "vague-value").enabled).toBe(false);
    expect(effectiveRule(c, "numbering").severity).toBe("error");
    expect(effectiveRule(c, "subtotal-mismatch")).toEqual({ enabled: true, severity: "warning", options: { tolerance: 0.01 } });
    expect(effectiveRule(c, "total-mismatch")).toEqual({ enabled: true, severity: null, options: { tolerance: 0 } });
  });
  it("accepts JSON text and an empty config", () => {
    expect(parseConfig('{"profile":"auto"}')).toEqual({ profile: "auto" });
    expect(parseConfig({})).toEqual({});
  });
  it("rejects unknown rule ids in Chinese, suggesting the near one", () => {
    const [p] = problems({ rules: { "vauge-value": "off" } });
    expect(p).toBe("rules.vauge-value：未知的规则编号“vauge-value”，是否想写“vague-value”？");
  });
  it("rejects bad values with the path and a Chinese message", () => {
    expect(problems({ profile: "central" })[0]).toContain("profile“central”无效");
    expect(problems({ budgetYear: "2025" })[0]).toContain("budgetYear“2025”无效");
    expect(problems({ budgetYear: 1999 })[0]).toContain("2000至2100");
    expect(problems({ rules: { numbering: "fatal" } })[0]).toMatch(/^rules\.numbering：规则设置“fatal”无效/);
    expect(problems({ colour: "red" })[0]).toContain("未知的键“colour”");
  });
  it("rejects options a rule does not have, or of the wrong type", () => {
    expect(problems({ rules: { "subtotal-mismatch": { options: { tolerence: 1 } } } })[0]).toContain("没有选项“tolerence”（可用选项：tolerance）");
    // the rule's own zod schema judges the value, in zod's Chinese
    expect(problems({ rules: { "subtotal-mismatch": { options: { tolerance: "0.01" } } } })[0]).toMatch(
      /^rules\.subtotal-mismatch\.options\.tolerance：规则“subtotal-mismatch”的选项“tolerance”的值“0\.01”无效（.*数字/,
    );
    expect(problems({ rules: { "subtotal-mismatch": { options: { tolerance: -1 } } } })[0]).toContain("选项“tolerance”的值“-1”无效");
    expect(problems({ rules: { "vague-value": { options: { words: ["加强", 3] } } } })[0]).toMatch(/^rules\.vague-value\.options\.words\.1：/);
    expect(problems({ rules: { numbering: { options: { x: 1 } } } })[0]).toContain("该规则没有可设置的选项");
  });
  it("reports broken JSON text in Chinese", () => {
    expect(problems("{profile:")[0]).toMatch(/^配置不是有效的 JSON/);
  });
  it("accepts the config README shows (issue 3's shape), options checked by the rules' own schemas", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "..", "README.md"), "utf8");
    const block = /A config file:\s*```json\n([\s\S]*?)```/.exec(readme)![1];
    const c = parseConfig(block);
    expect(effectiveRule(c, "subtotal-mismatch").options).toEqual({ tolerance: 0 });
    expect(effectiveRule(c, "too-few-indicators").options).toEqual({ min: 3 });
    expect(problems({ rules: { "too-few-indicators": { options: { min: 0 } } } })[0]).toMatch(/^rules\.too-few-indicators\.options\.min：规则“too-few-indicators”的选项“min”的值“0”无效/);
  });
});
