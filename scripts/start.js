#!/usr/bin/env node
/**
 * `npm start`: run the add-in while developing.
 *
 * - Windows or Mac with desktop Excel: office-addin-debugging starts the dev server (https with
 *   office-addin-dev-certs) and sideloads manifest.xml into Excel.
 * - Anywhere else (Linux, no Excel) or with `npm start -- --demo`: the dev server alone, serving the
 *   pane as a demo in the browser (https://localhost:3000/taskpane.html). Certificates are used when
 *   already trusted, installed when that needs no password (running as root), and otherwise the server
 *   falls back to plain http. It then prints, in Chinese and English, how to sideload manifest.xml
 *   into Excel on the web.
 *
 * It runs only local tools from node_modules: nothing here contacts the network, and the Office
 * tools' usage-data reporting is off (office-addin-usage-data 3 has no reporting left).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Where desktop Excel usually lives; an unusual install can still use `npx office-addin-debugging start`. */
function desktopExcelInstalled(platform, env = process.env, exists = fs.existsSync) {
  if (platform === "darwin") return exists("/Applications/Microsoft Excel.app");
  if (platform !== "win32") return false;
  const roots = [env.ProgramFiles, env["ProgramFiles(x86)"]].filter(Boolean);
  return roots.some((root) =>
    ["root\\Office16\\EXCEL.EXE", "Office16\\EXCEL.EXE", "root\\Office15\\EXCEL.EXE"].some((p) => exists(path.join(root, "Microsoft Office", p))),
  );
}

/**
 * What to do, decided from facts only (so it can be tested without starting anything):
 * { mode: "desktop" } or { mode: "demo", protocol: "https" | "http", installCerts: boolean }.
 */
function planStart({ platform, excel, demoFlag, certsTrusted, canInstallWithoutPassword }) {
  if (!demoFlag && excel && (platform === "win32" || platform === "darwin")) return { mode: "desktop" };
  if (certsTrusted) return { mode: "demo", protocol: "https", installCerts: false };
  if (canInstallWithoutPassword) return { mode: "demo", protocol: "https", installCerts: true };
  return { mode: "demo", protocol: "http", installCerts: false };
}

function certificatesTrusted() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return devCerts.verifyCertificates() && devCerts.isCaCertificateInstalled();
  } catch {
    return false;
  }
}

function canInstallWithoutPassword(platform) {
  if (platform !== "linux" || typeof process.getuid !== "function" || process.getuid() !== 0) return false;
  return spawnSync("sh", ["-c", "command -v sudo && command -v update-ca-certificates"], { stdio: "ignore" }).status === 0;
}

function sideloadHelp(url) {
  const manifest = path.join(ROOT, "manifest.xml");
  return [
    "",
    `演示窗格 / Demo pane: ${url}`,
    "",
    "在 Excel 网页版中旁加载（上传）本加载项：",
    "  1. 在浏览器中打开 Excel 网页版，新建或打开一个工作簿；",
    "  2. 开始 → 加载项 → 更多加载项（或“获取加载项”）→ 我的加载项 → 上传我的加载项；",
    `  3. 选择 ${manifest}，点击“上传”；功能区“开始”选项卡上会出现“绩效检查”按钮。`,
    "To sideload into Excel on the web:",
    "  1. Open Excel on the web in a browser and open or create a workbook;",
    "  2. Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in;",
    `  3. Choose ${manifest} and upload it; a 绩效检查 (Check targets) button appears on the Home tab.`,
    "",
    url.startsWith("http:")
      ? [
          "注意：开发证书未安装（安装需要管理员密码），服务器改用 http，只能在浏览器中看演示；Excel 只加载 https 页面。",
          "      安装证书后重新运行：npx office-addin-dev-certs install",
          "Note: the dev certificates are not installed (that needs an administrator password), so the server",
          "      uses plain http: the demo works in a browser, but Excel loads https pages only. Install them",
          "      with `npx office-addin-dev-certs install`, then run `npm start` again.",
        ].join("\n")
      : "浏览器需信任 localhost 开发证书（office-addin-dev-certs）。 The browser must trust the localhost dev certificate.",
    "",
  ].join("\n");
}

function run(args, env) {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  return child;
}

async function main(argv) {
  const platform = process.platform;
  const demoFlag = argv.includes("--demo");
  const excel = desktopExcelInstalled(platform);
  const plan = planStart({
    platform,
    excel,
    demoFlag,
    certsTrusted: excel && !demoFlag ? true : certificatesTrusted(),
    canInstallWithoutPassword: canInstallWithoutPassword(platform),
  });

  if (plan.mode === "desktop") {
    console.log("正在启动开发服务器并旁加载到 Excel 桌面版… Starting the dev server and sideloading into desktop Excel…");
    run([require.resolve("office-addin-debugging/cli.js"), "start", "manifest.xml", "desktop", "--app", "excel",
      "--dev-server", "npm run dev-server", "--dev-server-port", String(PORT)]);
    return;
  }

  if (plan.installCerts) {
    console.log("正在安装 localhost 开发证书… Installing the localhost dev certificates…");
    try {
      await require("office-addin-dev-certs").ensureCertificatesAreInstalled();
    } catch (error) {
      console.warn(`证书安装失败，改用 http。 Could not install the certificates, using http: ${error.message}`);
      plan.protocol = "http";
    }
  }
  const url = `${plan.protocol}://localhost:${PORT}/taskpane.html`;
  console.log(sideloadHelp(url));
  run([require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], plan.protocol === "http" ? { JIXIAO_DEV_HTTP: "1" } : {});
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { planStart, desktopExcelInstalled, sideloadHelp };
