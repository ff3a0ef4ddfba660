/**
 * Runs the bundled `jixiao` bin (bin/jixiao.js → build/jixiao/main.js) as a user would. The build is
 * refreshed when any source under src/cli, src/domain or src/file is newer than it, so `npx jest test/cli`
 * tests the code in the tree, not a stale build.
 */
import { execFile, execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "jixiao.js");
const BUILT = path.join(ROOT, "build", "jixiao", "main.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (e.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const isFresh = () => {
  const built = fs.existsSync(BUILT) ? fs.statSync(BUILT).mtimeMs : 0;
  return built >= Math.max(...["cli", "domain", "file"].map((dir) => newestSource(path.join(ROOT, "src", dir))));
};

/**
 * Several test files call this at once (jest runs them in parallel processes): one builds while
 * the others wait on a lock directory, so no CLI runs from a half-written build.
 */
export function ensureBuilt(): void {
  if (isFresh()) return;
  const lock = path.join(ROOT, "build", ".building");
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const waitUntil = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      // a lock older than two minutes was left by a killed run
      if (held && (Date.now() > waitUntil || Date.now() - held.mtimeMs > 120_000)) fs.rmSync(lock, { recursive: true, force: true });
      else if (held) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!isFresh()) {
      try {
        execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.js")], { cwd: ROOT, stdio: "pipe" });
      } catch {
        // the tests below say whether the bundle works (esbuild does not type-check)
      }
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
  if (!fs.existsSync(BUILT)) throw new Error("build/jixiao/main.js was not built (npm run build:cli)");
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 99) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Fixture path relative to the repository root, as a user would type it. */
export const fx = (name: string) => path.join("test", "fixtures", name);
