/**
 * `jixiao fix`: the safe fixes applied into a new workbook through the patch writer, the input
 * untouched (same hash), a re-check of the output with none of the fixed findings left, only the
 * sheet part changed, and the output refused when it is the input under any spelling.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { unzipSync } from "fflate";
import { checkWorkbook } from "../../src/domain/check";
import type { Finding } from "../../src/domain/finding";
import { readWorkbook } from "../../src/domain/reader";
import { run } from "../../src/cli/main";
import { loadWorkbookGrid } from "../../src/cli/load-grid";
import { fixturePath } from "../support/fixtures";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-fix-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function jixiao(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const hash = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const findingsOf = async (file: string): Promise<Finding[]> => checkWorkbook(readWorkbook(await loadWorkbookGrid(file)), {}).findings;

describe("jixiao fix", () => {
  it("writes the fixes into a new workbook, prints each change, and leaves the input as it was", async () => {
    const input = path.join(tmp, "白云区.xlsx");
    fs.copyFileSync(fixturePath("seed-001-compact"), input);
    const before = hash(input);
    const findings = await findingsOf(input);
    const output = path.join(tmp, "白云区-修复.xlsx");

    const { code, out } = await jixiao("fix", input, "-o", output);
    expect(code).toBe(0);
    expect(hash(input)).toBe(before);
    expect(out).toContain(`写入“${output}”（原文件未改动）`);
    expect(out).toMatch(/项目支出绩效目标表!G8 {2}将“≧”改为“≥”（2处）\n {4}原：…[^\n]*≧2次[^\n]*\n {4}新：…[^\n]*≥2次/);

    const after = await findingsOf(output);
    expect(after.filter((f) => f.fix)).toEqual([]);
    // what had no fix is still there, and nothing new appeared: compared by rule and cell, since a
    // fixed slip in an indicator's name (商会会参与活动率 → 商会参与活动率) renames its other findings' keys, and a renumbering moves their numbers
    const keys = (list: Finding[]) => list.map((f) => `${f.rule}|${f.sheet}!${f.cell}`).sort();
    expect(keys(after)).toEqual(keys(findings.filter((f) => !f.fix)));

    const [was, now] = [unzipSync(fs.readFileSync(input)), unzipSync(fs.readFileSync(output))];
    expect(Object.keys(now).filter((p) => !Buffer.from(was[p]).equals(Buffer.from(now[p])))).toEqual(["xl/worksheets/sheet1.xml"]);
  });

  it("applies only the rules named with --rule", async () => {
    const output = path.join(tmp, "只改符号.xlsx");
    const { code } = await jixiao("fix", fixturePath("seed-001-compact"), "-o", output, "--rule", "nonstandard-symbol");
    expect(code).toBe(0);
    const rules = new Set((await findingsOf(output)).filter((f) => f.fix).map((f) => f.rule));
    expect(rules.has("nonstandard-symbol")).toBe(false);
    expect(rules.has("text-typo")).toBe(true);
  });

  it("refuses to write over the input, however the path is spelled", async () => {
    const input = path.join(tmp, "原件.xlsx");
    fs.copyFileSync(fixturePath("seed-002-compact"), input);
    const before = hash(input);
    const link = path.join(tmp, "链接.xlsx");
    fs.linkSync(input, link);
    for (const output of [input, path.join(tmp, ".", "..", path.basename(tmp), "原件.xlsx"), link]) {
      const { code, err } = await jixiao("fix", input, "-o", output);
      expect(code).toBe(2);
      expect(err).toBe(`jixiao: 不会覆盖输入文件“${input}”：请用 -o 指定另一个文件名。\n`);
    }
    expect(hash(input)).toBe(before);
  });

  it("says when there is nothing to fix and writes nothing; refuses an unknown rule", async () => {
    const output = path.join(tmp, "无.xlsx");
    const none = await jixiao("fix", fixturePath("seed-001-compact"), "-o", output, "--rule", "total-mismatch");
    expect(none.code).toBe(0);
    expect(none.out).toContain("没有可以自动修复的问题");
    expect(fs.existsSync(output)).toBe(false);
    const unknown = await jixiao("fix", fixturePath("seed-001-compact"), "-o", output, "--rule", "no-such-rule");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("没有规则 no-such-rule");
  });
});
