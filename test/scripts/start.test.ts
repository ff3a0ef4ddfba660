/** `npm start` decides from facts: desktop Excel, trusted certificates, a password-free install. */
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require("../../scripts/start.js") as {
  planStart(facts: { platform: string; excel: boolean; demoFlag: boolean; certsTrusted: boolean; canInstallWithoutPassword: boolean }): unknown;
  desktopExcelInstalled(platform: string, env: Record<string, string>, exists: (p: string) => boolean): boolean;
  sideloadHelp(url: string): string;
};

const facts = { platform: "linux", excel: false, demoFlag: false, certsTrusted: false, canInstallWithoutPassword: false };

test("Windows or Mac with Excel: sideload into desktop Excel, unless --demo", () => {
  expect(start.planStart({ ...facts, platform: "win32", excel: true })).toEqual({ mode: "desktop" });
  expect(start.planStart({ ...facts, platform: "darwin", excel: true })).toEqual({ mode: "desktop" });
  expect(start.planStart({ ...facts, platform: "darwin", excel: true, demoFlag: true })).toMatchObject({ mode: "demo" });
  expect(start.planStart({ ...facts, platform: "win32", excel: false })).toMatchObject({ mode: "demo" });
});

test("Linux: https when certificates are trusted or installable without a password, else http", () => {
  expect(start.planStart({ ...facts, certsTrusted: true })).toEqual({ mode: "demo", protocol: "https", installCerts: false });
  expect(start.planStart({ ...facts, canInstallWithoutPassword: true })).toEqual({ mode: "demo", protocol: "https", installCerts: true });
  expect(start.planStart(facts)).toEqual({ mode: "demo", protocol: "http", installCerts: false });
});

test("desktop Excel is looked for where Office installs it", () => {
  const at = (file: string) => (p: string) => p === file;
  expect(start.desktopExcelInstalled("darwin", {}, at("/Applications/Microsoft Excel.app"))).toBe(true);
  expect(start.desktopExcelInstalled("linux", {}, () => true)).toBe(false);
  const exe = path.join("C:\\Program Files", "Microsoft Office", "root\\Office16\\EXCEL.EXE");
  expect(start.desktopExcelInstalled("win32", { ProgramFiles: "C:\\Program Files" }, at(exe))).toBe(true);
  expect(start.desktopExcelInstalled("win32", { ProgramFiles: "C:\\Program Files" }, () => false)).toBe(false);
});

test("the sideload help is in Chinese and English and warns when only http is available", () => {
  const https = start.sideloadHelp("https://localhost:3000/taskpane.html");
  expect(https).toContain("上传我的加载项");
  expect(https).toContain("Upload My Add-in");
  expect(https).not.toContain("http://");
  const http = start.sideloadHelp("http://localhost:3000/taskpane.html");
  expect(http).toContain("Excel 只加载 https 页面");
  expect(http).toContain("office-addin-dev-certs install");
});
