#!/usr/bin/env node
/**
 * Writes README's rules table from the rules' meta (between the rules-table markers).
 * test/cli/rules.test.ts fails when README's table is not what this would write.
 *
 *   npm run build:cli && node scripts/rules-table.js
 */
"use strict";
const fs = require("fs");
const path = require("path");

const { rulesTableMarkdown } = require(path.join(__dirname, "..", "build", "cli", "commands", "rules"));
const readme = path.join(__dirname, "..", "README.md");
const START = "<!-- rules-table:start (scripts/rules-table.js writes this) -->";
const END = "<!-- rules-table:end -->";
const text = fs.readFileSync(readme, "utf8");
const a = text.indexOf(START);
const b = text.indexOf(END);
if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} markers`);
fs.writeFileSync(readme, `${text.slice(0, a + START.length)}\n${rulesTableMarkdown()}${text.slice(b)}`);
