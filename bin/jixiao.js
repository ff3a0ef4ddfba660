#!/usr/bin/env node
"use strict";
// The CLI is bundled into build/jixiao/ by `npm run build:cli` (run by `prepare` on npm install).
// On Node ≥ 22.1, V8's compiled code is cached on disk: a second run skips compiling the bundle.
// The directory goes into the environment so the folder review's worker threads use it too.
const compileCache = require("module").enableCompileCache?.();
if (compileCache && compileCache.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = compileCache.directory;
require("../build/jixiao/main.js").main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error("jixiao: 内部错误 / internal error:", err && err.stack ? err.stack : err); process.exitCode = 2; }
);
