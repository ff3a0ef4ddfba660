/**
 * What a plain `jixiao check` loads: zod (about 80 ms of start-up, as much as the rules take on a
 * small workbook) is needed only to validate a --config, a --baseline or a workbook's stored
 * explanations, so a check without them must not load it. Runs the built CLI's check in a child
 * process and lists the modules it required.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ensureBuilt, fx, ROOT } from "./run-cli";

beforeAll(() => ensureBuilt(), 120_000);

/** The zod modules a check of `args` required (0 when it never loaded zod). */
function zodModulesAfterCheck(args: string[]): number {
  const script = `
    const { main } = require(${JSON.stringify(path.join(ROOT, "build", "cli", "main.js"))});
    process.stdout.write = () => true;
    main(["node", "jixiao", "check", ...${JSON.stringify(args)}]).then(() => {
      const n = Object.keys(require.cache).filter((k) => /[\\\\/]node_modules[\\\\/]zod[\\\\/]/.test(k)).length;
      process.stderr.write("ZOD=" + n + "\\n");
    });`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  const found = /ZOD=(\d+)/.exec(run.stderr);
  if (!found) throw new Error(`the check did not finish:\n${run.stderr}`);
  return Number(found[1]);
}

test("a check without config, baseline or stored explanations never loads zod", () => {
  expect(zodModulesAfterCheck([fx("seed-002-compact.xlsx"), "--format", "json"])).toBe(0);
});

test("a --config is validated with zod, loaded for it", () => {
  const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-startup-")), "jixiao.json");
  fs.writeFileSync(config, JSON.stringify({ profile: "fin101" }));
  expect(zodModulesAfterCheck([fx("seed-002-compact.xlsx"), "--format", "json", "--config", config])).toBeGreaterThan(0);
});
