/** `jixiao rules`: the catalog, one rule's documentation, and an unknown id. */
import { allRules } from "../../src/domain/rules";
import { ensureBuilt, runCli } from "./run-cli";

beforeAll(() => ensureBuilt(), 120_000);

describe("jixiao rules", () => {
  it("lists every rule with its severity and title", async () => {
    const { code, stdout } = await runCli(["rules"]);
    expect(code).toBe(0);
    for (const r of allRules) expect(stdout).toMatch(new RegExp(`^  ${r.id} +(错误|警告|提示) .*${r.title}$`, "m"));
  });

  it("prints one rule's what, why and examples", async () => {
    const { code, stdout } = await runCli(["rules", "subtotal-mismatch"]);
    const rule = allRules.find((r) => r.id === "subtotal-mismatch")!;
    expect(code).toBe(0);
    expect(stdout).toContain(`检查什么：${rule.doc.what}`);
    expect(stdout).toContain(`为什么：${rule.doc.why}`);
    expect(stdout).toContain(`错误示例：${rule.doc.bad}`);
    expect(stdout).toContain(`正确示例：${rule.doc.good}`);
  });

  it("says in Chinese when there is no such rule, exit 2", async () => {
    const { code, stderr } = await runCli(["rules", "no-such-rule"]);
    expect(code).toBe(2);
    expect(stderr).toContain("没有编号为“no-such-rule”的规则");
  });
});
