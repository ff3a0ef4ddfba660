/**
 * The manifest, checked offline (the online validator, `npm run validate`, needs the network): ids,
 * element order, every resid resolved, https everywhere on one origin, icons present at their pixel
 * sizes, a zh-CN text for every string, and no localhost once the production build rewrites it.
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import { productionUrl, rewriteManifest, URL_DEV } from "../../scripts/manifest-url";

const ROOT = path.resolve(__dirname, "../..");
const XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const parse = (xml: string): Node =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => ["bt:String", "bt:Image", "bt:Url", "Set"].includes(name) }).parse(xml);
const ordered = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, preserveOrder: true, attributeNamePrefix: "@_" }).parse(xml) as Record<string, unknown>[];

/** Every value of an attribute anywhere under a node. */
function attributes(node: unknown, name: string): string[] {
  if (Array.isArray(node)) return node.flatMap((n) => attributes(n, name));
  if (!node || typeof node !== "object") return [];
  return Object.entries(node as Node).flatMap(([k, v]) => (k === `@_${name}` ? [String(v)] : attributes(v, name)));
}

const app = () => parse(XML).OfficeApp as Node;

const OfficeAppSchema = z.object({
  Id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i),
  Version: z.string().regex(/^\d+\.\d+\.\d+\.\d+$/),
  ProviderName: z.string().min(1),
  DefaultLocale: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/),
  Hosts: z.object({ Host: z.object({ "@_Name": z.literal("Workbook") }) }),
  Permissions: z.literal("ReadWriteDocument"),
  DefaultSettings: z.object({ SourceLocation: z.object({ "@_DefaultValue": z.string().url() }) }),
  "@_xsi:type": z.literal("TaskPaneApp"),
});

test("ids and the essentials: GUID, four-part version, Workbook host, ReadWriteDocument", () => {
  expect(() => OfficeAppSchema.parse(app())).not.toThrow();
});

test("OfficeApp's children come in the XSD's order", () => {
  const XSD_ORDER = [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
    "Dictionary", "VersionOverrides",
  ];
  const root = ordered(XML).find((n) => "OfficeApp" in n) as { OfficeApp: Record<string, unknown>[] };
  const children = root.OfficeApp.map((n) => Object.keys(n).find((k) => k !== ":@" && k !== "#comment")).filter((k): k is string => !!k);
  expect(children.every((c) => XSD_ORDER.includes(c))).toBe(true);
  const positions = children.map((c) => XSD_ORDER.indexOf(c));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
});

test("every resid resolves to a resource, and every resource is used", () => {
  const overrides = app().VersionOverrides as Node;
  const resources = overrides.Resources as Node;
  const ids = attributes(resources, "id");
  const resids = attributes(overrides.Hosts, "resid");
  expect(new Set(ids).size).toBe(ids.length);
  expect(resids.filter((r) => !ids.includes(r))).toEqual([]);
  expect(ids.filter((id) => !resids.includes(id))).toEqual([]);
});

test("the Home tab has a 绩效检查 button that opens the task pane", () => {
  const desktop = ((app().VersionOverrides as Node).Hosts as Node).Host as Node;
  const point = (desktop.DesktopFormFactor as Node).ExtensionPoint as Node;
  const tab = point.OfficeTab as Node;
  expect(point["@_xsi:type"]).toBe("PrimaryCommandSurface");
  expect(tab["@_id"]).toBe("TabHome");
  const control = (tab.Group as Node).Control as Node;
  expect((control.Action as Node)["@_xsi:type"]).toBe("ShowTaskpane");
  expect(XML).toMatch(/<bt:String id="TaskpaneButton.Label"[^>]*>\s*<bt:Override Locale="zh-CN" Value="绩效检查"\/>/);
});

const urls = (xml: string) => {
  const values = [...attributes(parse(xml), "DefaultValue"), ...attributes(parse(xml), "Value")];
  return values.filter((v) => /^[a-z]+:\/\//i.test(v));
};

test("every URL is https on the one dev origin", () => {
  const all = urls(XML);
  expect(all.length).toBeGreaterThan(8);
  expect(all.filter((u) => !u.startsWith(URL_DEV))).toEqual([]);
});

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const fileOf = (url: string) => path.join(ROOT, url.slice(URL_DEV.length));

test("every icon exists with the pixel size the manifest says", () => {
  const top = app();
  const expected: [string, number][] = [
    [(top.IconUrl as Node)["@_DefaultValue"] as string, 32],
    [(top.HighResolutionIconUrl as Node)["@_DefaultValue"] as string, 64],
  ];
  const images = ((top.VersionOverrides as Node).Resources as Node)["bt:Images"] as Node;
  for (const image of images["bt:Image"] as Node[]) {
    const size = Number(/Icon\.(\d+)x\1/.exec(image["@_id"] as string)?.[1]);
    expected.push([image["@_DefaultValue"] as string, size]);
  }
  const sizesUsed = attributes((top.VersionOverrides as Node).Hosts, "size").map(Number);
  expect(new Set(sizesUsed)).toEqual(new Set([16, 32, 80]));
  for (const [url, size] of expected) expect([url, pngSize(fileOf(url))]).toEqual([url, [size, size]]);
});

test("the support and learn-more pages exist", () => {
  for (const url of urls(XML).filter((u) => u.endsWith("help.html"))) expect(fs.existsSync(fileOf(url))).toBe(true);
});

test("every string a user sees has a zh-CN text", () => {
  const top = app();
  const CJK = /[\u4e00-\u9fff]/;
  const zh = (node: Node, overrideKey: string) => {
    const list = node[overrideKey];
    const overrides = (Array.isArray(list) ? list : [list]) as Node[];
    return overrides.find((o) => o?.["@_Locale"] === "zh-CN")?.["@_Value"] as string | undefined;
  };
  const texts: [string, string | undefined][] = [
    ["DisplayName", zh(top.DisplayName as Node, "Override")],
    ["Description", zh(top.Description as Node, "Override")],
  ];
  const resources = (top.VersionOverrides as Node).Resources as Node;
  for (const group of ["bt:ShortStrings", "bt:LongStrings"]) {
    for (const s of (resources[group] as Node)["bt:String"] as Node[]) texts.push([s["@_id"] as string, zh(s, "bt:Override")]);
  }
  expect(texts.length).toBe(7);
  expect(texts.filter(([, text]) => !text || !CJK.test(text))).toEqual([]);
});

test("the production build's manifest (webpack's own transform) has no localhost left, only the production origin", async () => {
  // The exact transform webpack applies when it copies manifest.xml in production mode.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require("../../webpack.config.js") as (env: object, argv: object) => Promise<{
    plugins: { patterns?: { from: string; transform?: (c: Buffer) => string | Buffer }[] }[];
    devServer?: unknown;
  }>;
  const config = await makeConfig({ urlProd: "https://jixiao.example.gov.cn/" }, { mode: "production" });
  expect(config.devServer).toBeUndefined(); // a production build never touches certificates
  const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml");
  const built = String(pattern?.transform?.(Buffer.from(XML)));
  expect(built).not.toContain("localhost");
  expect(urls(built).filter((u) => !u.startsWith("https://jixiao.example.gov.cn/"))).toEqual([]);
  expect(built).toBe(rewriteManifest(XML, productionUrl()));
  const built2 = rewriteManifest(XML, productionUrl("https://jixiao.czj.example.cn"));
  expect(urls(built2).every((u) => u.startsWith("https://jixiao.czj.example.cn/"))).toBe(true);
  expect(() => productionUrl("http://jixiao.example.cn/")).toThrow("https://");
});
