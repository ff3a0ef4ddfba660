/**
 * The string tables: every zh-CN string present and non-empty, both languages with the same keys
 * and placeholders, and every key the pane's source uses (t("…")) defined in both.
 */
import * as fs from "fs";
import * as path from "path";
import { zhCN } from "../../src/ui/i18n/zh-CN";
import { en } from "../../src/ui/i18n/en";
import { format, translator } from "../../src/ui/i18n";

const UI_DIR = path.join(__dirname, "../../src/ui");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "i18n" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every literal key passed to t(…) in src/ui, with the file it appears in. */
function usedKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of sourceFiles(UI_DIR)) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bt\(\s*["'`]([^"'`]+)["'`]/g)) keys.set(m[1], path.relative(UI_DIR, file));
  }
  return keys;
}

// {name} and the plural form {name|one|many} both name the placeholder `name`
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort();

describe("pane strings", () => {
  test("every zh-CN string is non-empty", () => {
    const empty = Object.entries(zhCN).filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  test("every English string is non-empty", () => {
    const empty = Object.entries(en).filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  test("both languages have the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  test("both languages use the same placeholders for each key", () => {
    const differ = Object.keys(zhCN).filter(
      (k) => placeholders(zhCN[k as keyof typeof zhCN]).join() !== placeholders(en[k as keyof typeof en]).join(),
    );
    expect(differ).toEqual([]);
  });

  test("the source uses t() keys, and every one exists in both languages", () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(20);
    const missingZh = [...used].filter(([k]) => !(k in zhCN)).map(([k, file]) => `${k} (${file})`);
    const missingEn = [...used].filter(([k]) => !(k in en)).map(([k, file]) => `${k} (${file})`);
    expect(missingZh).toEqual([]);
    expect(missingEn).toEqual([]);
  });

  test("every defined key is used somewhere in src/ui", () => {
    const used = usedKeys();
    expect(Object.keys(zhCN).filter((k) => !used.has(k))).toEqual([]);
  });

  test("the scan sees a key the toolbar really uses, so a broken scan cannot pass silently", () => {
    expect(usedKeys().get("toolbar.check")).toBe("Toolbar.tsx");
  });

  test("English counts read right: 1 agency, 2 agencies", () => {
    const t = translator("en");
    const line = (agencies: number) => t("summary.table", { sheet: "S", projects: 1, agencies, indicators: 2 });
    expect(line(1)).toBe("S: 1 project, 1 agency, 2 indicators");
    expect(line(2)).toBe("S: 1 project, 2 agencies, 2 indicators");
    expect(t("summary.total", { count: 1 })).toBe("1 finding");
  });

  test("format fills placeholders and leaves unknown ones visible", () => {
    expect(format("共 {count} 条问题", { count: 3 })).toBe("共 3 条问题");
    expect(format("{sheet}：{projects} 个项目", { sheet: "表1" })).toBe("表1：{projects} 个项目");
    expect(translator("en")("summary.total", { count: 2 })).toBe("2 findings");
    expect(translator("zh-CN")("toolbar.check")).toBe("检查");
  });
});
