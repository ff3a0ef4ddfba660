/**
 * bin/code-cache.js: the CLI bundle required through a V8 code cache kept beside it (Node < 22.1).
 * A first run writes the cache, a second run is accepted by V8 and behaves the same, and a stale
 * cache of an earlier build is replaced.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";

const ROOT = path.resolve(__dirname, "..", "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-code-cache-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of a small CommonJS module, required through the cache in a fresh process. */
function run(file: string): string {
  const script = `const { requireWithCodeCache } = require(${JSON.stringify(path.join(ROOT, "bin", "code-cache.js"))});
    const m = requireWithCodeCache(${JSON.stringify(file)}); process.stdout.write(m.answer());`;
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" });
}

test("a first run writes the cache beside the bundle; the next runs use it and answer the same", () => {
  const file = path.join(tmp, "bundle.js");
  fs.writeFileSync(file, 'exports.answer = () => "检查完成 " + __filename.length + " " + require("path").basename(__dirname);\n');
  const first = run(file);
  const cacheDir = path.join(tmp, ".code-cache");
  const written = fs.readdirSync(cacheDir);
  expect(written).toHaveLength(1);
  expect(written[0]).toMatch(/^bundle-v\d+\.\d+\.\d+-\d+-\d+\.bin$/);
  expect(fs.statSync(path.join(cacheDir, written[0])).size).toBeGreaterThan(0);
  expect(run(file)).toBe(first);
  expect(fs.readdirSync(cacheDir)).toEqual(written);
  expect(first).toBe(`检查完成 ${file.length} ${path.basename(tmp)}`);

  // a new build of the bundle (other size): a new cache, the old one removed
  fs.writeFileSync(file, 'exports.answer = () => "第二版";\n');
  expect(run(file)).toBe("第二版");
  const now = fs.readdirSync(cacheDir);
  expect(now).toHaveLength(1);
  expect(now[0]).not.toBe(written[0]);
});
