/** `jixiao rules`: the catalog, one rule's documentation, and an unknown id. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { rulesTableMarkdown } from "../../src/cli/commands/rules";
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

  it("--html writes every rule's doc as one self-contained page", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-rules-")), "规则手册.html");
    const { code, stdout } = await runCli(["rules", "--html", file]);
    expect(code).toBe(0);
    expect(stdout).toContain(file);
    const html = fs.readFileSync(file, "utf8");
    for (const r of allRules) {
      expect(html).toContain(`<section id="${r.id}">`);
      expect(html).toContain(r.doc.why.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"));
    }
    // self-contained and printable: nothing fetched, nothing run
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
  });
});

describe("README's rules table", () => {
  it("is the table the rules' meta gives (node scripts/rules-table.js rewrites it)", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    const start = readme.indexOf("-->", readme.indexOf("<!-- rules-table:start")) + 4;
    expect(readme.slice(start, readme.indexOf("<!-- rules-table:end -->"))).toBe(rulesTableMarkdown());
  });
});
