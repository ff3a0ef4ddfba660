/**
 * The domain is pure: every import under src/domain, at any depth and in any form (import … from,
 * export … from, import(), require()), resolves inside src/domain or names one of the few
 * packages the domain may use; and the domain's modules import one another without a cycle.
 */
import * as fs from "fs";
import * as path from "path";

const DOMAIN = path.resolve(__dirname, "../../src/domain");
const ALLOWED_PACKAGES = new Set(["zod", "big.js"]);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The specifiers a file imports; `typeOnly` ones (import type …) do not load anything. */
function importsOf(file: string): Array<{ spec: string; typeOnly: boolean }> {
  const text = fs.readFileSync(file, "utf8");
  const out: Array<{ spec: string; typeOnly: boolean }> = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const statement = text.slice(lineStart, m.index + m[0].length);
    out.push({ spec: m[1], typeOnly: /^\s*(import|export)\s+type\b/.test(statement) });
  }
  return out;
}

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) if (fs.existsSync(candidate)) return candidate;
  return null;
}

const files = sources(DOMAIN);
const rel = (f: string) => path.relative(DOMAIN, f).split(path.sep).join("/");

test("the guard sees imports at any depth and in every form", () => {
  const probe = "import { a } from \"../../host/office-host\";\nexport { b } from '../ui/App';\nconst c = require(\"../../../src/cli/main\");\nconst d = import(\"../file/read\");\n";
  expect([...probe.matchAll(SPECIFIER)].map((m) => m[1])).toEqual(["../../host/office-host", "../ui/App", "../../../src/cli/main", "../file/read"]);
});

test("every import under src/domain stays inside src/domain or names an allowed package", () => {
  const outside: string[] = [];
  for (const file of files) {
    for (const { spec } of importsOf(file)) {
      if (!spec.startsWith(".")) {
        if (!ALLOWED_PACKAGES.has(spec)) outside.push(`${rel(file)} → ${spec}`);
        continue;
      }
      const target = path.resolve(path.dirname(file), spec);
      if (!(target + path.sep).startsWith(DOMAIN + path.sep)) outside.push(`${rel(file)} → ${spec}`);
    }
  }
  expect(outside).toEqual([]);
});

test("src/domain has no import cycle (type-only imports included)", () => {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    graph.set(
      file,
      importsOf(file)
        .filter((i) => i.spec.startsWith("."))
        .map((i) => resolve(file, i.spec))
        .filter((t): t is string => t !== null),
    );
  }
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === "open") cycles.push([...stack.slice(stack.indexOf(t)), t].map(rel).join(" → "));
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of files) if (!state.has(f)) visit(f);
  expect(cycles).toEqual([]);
});
