/**
 * Bundles a browser-side TypeScript entry (the Office stub) into one script with webpack's Node
 * API, so the test can hand it to page.addInitScript. Output goes to a temporary folder.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

const ROOT = path.join(__dirname, "../../..");

export async function bundleScript(entry: string): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-stub-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    context: ROOT,
    entry: path.resolve(ROOT, entry),
    output: { path: outDir, filename: "stub.js", iife: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json") } },
        },
      ],
    },
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error ?? new Error("webpack: no result")) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(`打包 ${entry} 失败：\n${stats.toString({ all: false, errors: true })}`);
  const code = fs.readFileSync(path.join(outDir, "stub.js"), "utf8");
  fs.rmSync(outDir, { recursive: true, force: true });
  return code;
}
