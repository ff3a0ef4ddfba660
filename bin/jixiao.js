#!/usr/bin/env node
"use strict";
// The CLI is bundled into build/jixiao/ by `npm run build:cli` (run by `prepare` on npm install).
// V8's compiled code is cached on disk, so a second run skips compiling the bundle: on Node ≥ 22.1
// by Node itself (the directory goes into the environment so the folder review's workers use it
// too), before that by code-cache.js.
const path = require("path");
const compileCache = require("module").enableCompileCache?.();
if (compileCache && compileCache.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = compileCache.directory;
const bundle = path.join(__dirname, "..", "build", "jixiao", "main.js");
const cli = compileCache ? require(bundle) : require("./code-cache").requireWithCodeCache(bundle);
cli.main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error("jixiao: 内部错误 / internal error:", err && err.stack ? err.stack : err); process.exitCode = 2; }
);
