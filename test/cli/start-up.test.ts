/**
 * What a plain `jixiao check` loads: zod (about 80 ms of start-up, as much as the rules take on a
 * small workbook) is needed only to validate a --config, a --baseline or a workbook's stored
 * explanations; ExcelJS only to write an .xlsx report; SheetJS only for .xls and CSV. A check
 * without them must not load them. Runs the bundled CLI's check in a child process and lists the
 * node_modules packages it required (the bundle keeps these three outside, scripts/build-cli.js).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ensureBuilt, fx, ROOT } from "./run-cli";

beforeAll(() => ensureBuilt(), 120_000);

/** The modules of one package (zod, exceljs, @e965/xlsx) a check of `args` required (0 when it never loaded it). */
function packageModulesAfterCheck(pkg: string, args: string[]): number {
  const script = `
    const path = require("path");
    const { main } = require(${JSON.stringify(path.join(ROOT, "build", "jixiao", "main.js"))});
    const dir = path.sep + ["node_modules", ...${JSON.stringify(pkg.split("/"))}].join(path.sep) + path.sep;
    process.stdout.write = () => true;
    main(["node", "jixiao", "check", ...${JSON.stringify(args)}]).then(() => {
      const n = Object.keys(require.cache).filter((k) => k.includes(dir)).length;
      process.stderr.write("LOADED=" + n + "\\n");
    });`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  const found = /LOADED=(\d+)/.exec(run.stderr);
  if (!found) throw new Error(`the check did not finish:\n${run.stderr}`);
  return Number(found[1]);
}

const zodModulesAfterCheck = (args: string[]) => packageModulesAfterCheck("zod", args);

test("a check without config, baseline or stored explanations never loads zod", () => {
  expect(zodModulesAfterCheck([fx("seed-002-compact.xlsx"), "--format", "json"])).toBe(0);
});

test("a --config is validated with zod, loaded for it", () => {
  const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-startup-")), "jixiao.json");
  fs.writeFileSync(config, JSON.stringify({ profile: "fin101" }));
  expect(zodModulesAfterCheck([fx("seed-002-compact.xlsx"), "--format", "json", "--config", config])).toBeGreaterThan(0);
});

test("a check of an .xlsx loads neither ExcelJS nor SheetJS; an .xlsx report loads ExcelJS", () => {
  const plain = [fx("seed-002-compact.xlsx"), "--format", "json"];
  expect(packageModulesAfterCheck("exceljs", plain)).toBe(0);
  expect(packageModulesAfterCheck("@e965/xlsx", plain)).toBe(0);
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-startup-")), "审核.xlsx");
  expect(packageModulesAfterCheck("exceljs", [...plain, "--report", report])).toBeGreaterThan(0);
});
