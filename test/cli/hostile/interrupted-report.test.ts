/**
 * A report interrupted while it is written leaves the previous report, never a partial one: the
 * CLI is stopped the moment its temporary file appears (mid-write), the report is checked, then
 * the CLI is killed and the report checked again.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { fixturePath } from "../../support/fixtures";
import { ensureBuilt, ROOT, runCli } from "../run-cli";

jest.setTimeout(240_000);

let tmp: string;
let dir: string;
let outDir: string;
beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-interrupt-"));
  dir = path.join(tmp, "送审");
  outDir = path.join(tmp, "报告");
  fs.mkdirSync(dir);
  fs.mkdirSync(outDir);
  // enough findings for a report of a few megabytes: its write takes a while
  for (let k = 0; k < 24; k++) fs.copyFileSync(fixturePath(k % 2 ? "seed-002-compact" : "seed-002-expanded"), path.join(dir, `区${k}.xlsx`));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI, stops it as soon as a temporary report file appears, and hands over. */
function stopAtFirstWrite(args: string[]): Promise<{ atStop: Buffer; tmpName: string; kill: () => Promise<NodeJS.Signals | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "jixiao.js"), ...args], { stdio: "ignore" });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on("exit", (_code, signal) => done(signal)));
    const watcher = fs.watch(outDir, (_event, name) => {
      if (!name || !/^\.审核意见\.json\.\d+-[0-9a-f]+\.tmp$/.test(String(name))) return;
      child.kill("SIGSTOP");
      watcher.close();
      resolve({
        atStop: fs.readFileSync(path.join(outDir, "审核意见.json")),
        tmpName: String(name),
        kill: () => {
          child.kill("SIGKILL");
          return exited;
        },
      });
    });
    void exited.then(() => reject(new Error("the CLI finished before its report was written")));
  });
}

test("killing the CLI while it writes the report leaves the previous report whole", async () => {
  const report = path.join(outDir, "审核意见.json");
  const first = await runCli(["check", dir, "--report", report, "--format", "json"]);
  expect(first.code).toBe(1);
  const previous = fs.readFileSync(report);
  expect(previous.length).toBeGreaterThan(1_000_000);

  const run = await stopAtFirstWrite(["check", dir, "--report", report, "--format", "json"]);
  expect(run.atStop.equals(previous)).toBe(true);
  expect(await run.kill()).toBe("SIGKILL");
  expect(fs.readFileSync(report).equals(previous)).toBe(true);
  // what is left of the interrupted write is a hidden .tmp, never a file that looks like a report
  expect(fs.readdirSync(outDir).filter((n) => !n.startsWith("."))).toEqual(["审核意见.json"]);
});

test("an interrupted first write leaves no report at all", async () => {
  const report = path.join(outDir, "审核意见.json");
  fs.rmSync(report, { force: true });
  const child = spawn(process.execPath, [path.join(ROOT, "bin", "jixiao.js"), "check", dir, "--report", report], { stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on("exit", (_code, signal) => done(signal)));
  await new Promise<void>((resolve) => {
    const watcher = fs.watch(outDir, (_event, name) => {
      if (!name || !String(name).endsWith(".tmp") || !fs.existsSync(path.join(outDir, String(name)))) return;
      child.kill("SIGKILL");
      watcher.close();
      resolve();
    });
  });
  expect(await exited).toBe("SIGKILL");
  expect(fs.existsSync(report)).toBe(false);
});
