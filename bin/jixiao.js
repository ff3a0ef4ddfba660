#!/usr/bin/env node
"use strict";
// The CLI is compiled to build/ by `npm run build:cli` (run by `prepare` on npm install).
require("../build/cli/main.js").main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error("jixiao: 内部错误 / internal error:", err && err.stack ? err.stack : err); process.exitCode = 2; }
);
