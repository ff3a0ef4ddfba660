/**
 * A webpack plugin that emits dist/handbook.html: the rule handbook `jixiao rules --html` writes,
 * from the same renderer (src/cli/commands/rules-handbook.ts), so the pane's 帮助 link opens it from
 * the pane's own origin — an intranet server for a training room needs nothing else. The renderer
 * is bundled in memory with esbuild (already a dependency, for the CLI) and run in this process; the
 * page is self-contained (inline style, no script, no font or image from elsewhere). Its sources are
 * watched, so `webpack serve` rebuilds it when a rule's doc changes.
 */
"use strict";

const path = require("path");
const Module = require("module");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..");
const RENDERER = path.join(ROOT, "src/cli/commands/rules-handbook.ts");

/** The handbook's HTML and the source files it was made from. */
async function renderHandbook() {
  const result = await esbuild.build({
    entryPoints: [RENDERER],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    metafile: true,
    logLevel: "warning",
  });
  const code = result.outputFiles[0].text;
  const mod = new Module(RENDERER);
  mod.filename = RENDERER;
  mod.paths = Module._nodeModulePaths(path.dirname(RENDERER));
  mod._compile(code, RENDERER);
  const inputs = Object.keys(result.metafile.inputs).map((p) => path.resolve(ROOT, p));
  return { html: mod.exports.rulesHandbookHtml(), inputs };
}

class HandbookPlugin {
  constructor(filename = "handbook.html") {
    this.filename = filename;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("HandbookPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: "HandbookPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const { html, inputs } = await renderHandbook();
        for (const file of inputs) compilation.fileDependencies.add(file);
        // minimized: the page is small, and left as the CLI writes it (the same bytes as `jixiao rules --html`)
        compilation.emitAsset(this.filename, new sources.RawSource(html), { minimized: true });
      });
    });
  }
}

module.exports = { HandbookPlugin, renderHandbook };
