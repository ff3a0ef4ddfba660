/**
 * A webpack plugin that lowers every emitted JavaScript chunk to a given ECMAScript target with
 * esbuild (already a dependency, for the CLI bundle). ts-loader compiles our sources to that
 * target, but React, Fluent UI and zod arrive from node_modules with `?.`, `??` and other syntax
 * EdgeHTML (Office 2016/2019 without WebView2) cannot parse. Runs after minification; the lowered
 * chunks carry no source map. esbuild cannot lower a regular expression's \p{…} (ES2018), which
 * the domain's text rules use: src/taskpane/loader.js keeps webviews without it from running the
 * bundle and says why.
 */
"use strict";

const esbuild = require("esbuild");

class LowerSyntaxPlugin {
  constructor(target) {
    this.target = target;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LowerSyntaxPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        // after Terser (OPTIMIZE_SIZE); files copied as they are (office.js when self-hosted) are left alone
        { name: "LowerSyntaxPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        async (assets) => {
          for (const name of Object.keys(assets)) {
            if (!name.endsWith(".js") || compilation.getAsset(name).info.copied) continue;
            const code = assets[name].source().toString();
            const out = await esbuild.transform(code, {
              target: this.target,
              loader: "js",
              minifyWhitespace: true,
              legalComments: "none",
            });
            compilation.updateAsset(name, new sources.RawSource(out.code));
          }
        },
      );
    });
  }
}

module.exports = { LowerSyntaxPlugin };
