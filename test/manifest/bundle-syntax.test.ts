/**
 * The production bundle parses in an ES2017 engine (EdgeHTML, Office 2016/2019 without WebView2):
 * no `?.`, `??`, object spread or other newer syntax (excel-limits.md row 8). The one ES2018 thing
 * left is a regular expression's Unicode property escape (\p{P}) in the domain's text rules, which
 * no tool can lower; src/taskpane/loader.js finds a webview without it and shows a message instead
 * of loading the bundle. So: those regex literals are set aside (counted) and the rest must parse
 * as ES2017. Needs `npm run build:test` first (npm test does it).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import * as acorn from "acorn";

const DIST = path.join(__dirname, "../../dist");
const bundles = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith(".js")) : [];

/** The source with every `/…\p{…}…/u` literal replaced by `null` of the same length. */
function withoutPropertyEscapes(code: string): { code: string; removed: number } {
  let out = "";
  let last = 0;
  let removed = 0;
  for (const token of acorn.tokenizer(code, { ecmaVersion: 2018 })) {
    const regex = (token as unknown as { value?: unknown }).value as { pattern?: string; flags?: string } | undefined;
    if (token.type.label === "regexp" && regex?.pattern?.includes("\\p{") && regex.flags?.includes("u")) {
      out += code.slice(last, token.start) + "null".padEnd(token.end - token.start, " ");
      last = token.end;
      removed += 1;
    }
  }
  return { code: out + code.slice(last), removed };
}

test("dist/ holds the built pane (run npm run build:test)", () => {
  expect(bundles.some((f) => f.startsWith("taskpane."))).toBe(true);
  expect(bundles).toContain("loader.js");
});

test.each(bundles)("%s parses as ES2017 once its \\p{…} regular expressions are set aside", (file) => {
  const { code } = withoutPropertyEscapes(fs.readFileSync(path.join(DIST, file), "utf8"));
  expect(() => acorn.parse(code, { ecmaVersion: 2017 })).not.toThrow();
});

/** Runs the built loader in a page stub; `globals` replaces what an old webview lacks. */
function runLoader(globals: Record<string, unknown> = {}): { appended: string[]; className: string } {
  const appended: string[] = [];
  const root = { className: "" };
  const tag = { getAttribute: () => JSON.stringify(["taskpane.js"]) };
  const document = {
    currentScript: tag,
    documentElement: root,
    createElement: () => ({ src: "", async: true }),
    body: { appendChild: (s: { src: string }) => appended.push(s.src) },
  };
  const code = fs.readFileSync(path.join(DIST, "loader.js"), "utf8");
  vm.runInNewContext(code, { document, navigator: { userAgent: "Mozilla/5.0 Edg/120" }, RegExp, Object, ...globals });
  return { appended, className: root.className };
}

test("the loader is ES5, loads the bundle in a modern webview and refuses one without \\p{…}, flat or fromEntries", () => {
  const loader = fs.readFileSync(path.join(DIST, "loader.js"), "utf8");
  expect(() => acorn.parse(loader, { ecmaVersion: 5 })).not.toThrow();
  expect(runLoader()).toEqual({ appended: ["taskpane.js"], className: "" });
  const noPropertyEscapes = function (source: string, flags: string) {
    if (source.includes("\\p{")) throw new SyntaxError("Invalid regular expression");
    return new RegExp(source, flags);
  };
  expect(runLoader({ RegExp: noPropertyEscapes })).toEqual({ appended: [], className: " old-webview" });
  expect(runLoader({ Object: { ...Object, fromEntries: undefined } })).toEqual({ appended: [], className: " old-webview" });
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script: a strict CSP can be set
  expect(html).toContain("需要安装 WebView2 或更新 Office");
});
