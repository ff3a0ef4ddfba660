/**
 * The add-in build (yo office React template shape, without the IE 11 polyfills: React 19 and
 * Fluent v9 do not run there, taskpane.html shows an upgrade message instead).
 *
 *   webpack --mode production       dist/ with the manifest's URLs rewritten to JIXIAO_URL_PROD
 *   webpack --mode development      dist/ with https://localhost:3000/ URLs
 *   webpack serve --mode development  the dev server (https with office-addin-dev-certs, or plain
 *                                   http when JIXIAO_DEV_HTTP=1; certificates are touched only here)
 *   JIXIAO_SELF_HOST_OFFICE=1 or --env selfHostOffice   copy @microsoft/office-js (all of it, the
 *                                   host files included) into dist/office-js/ and load it from there,
 *                                   for intranets that cannot reach the CDN
 *   JIXIAO_OFFICE_CLOUD=21vianet or --env cloud=21vianet   load office.js from the CDN of the
 *                                   21Vianet-operated Microsoft 365 (mainland China), which Microsoft's
 *                                   "Referencing the Office JavaScript API library" page names
 *
 * A production build needs the add-in's public origin (JIXIAO_URL_PROD=https://… or --env
 * urlProd=https://…) and fails without it, rather than ship the placeholder. The bundle targets
 * ES2017: Office 2016/2019 without WebView2 runs the pane in EdgeHTML, which cannot parse `?.` or
 * `??` (excel-limits.md row 8); test/scripts/bundle-syntax.test.ts parses it with that target.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { productionUrl, rewriteManifest } = require("./scripts/manifest-url");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_CDN_21VIANET = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";
const { LowerSyntaxPlugin } = require("./scripts/lower-syntax");
const { HandbookPlugin } = require("./scripts/handbook-plugin");

async function httpsOptions() {
  // Required lazily: a production build must never install or even look for certificates.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const selfHostOffice = Boolean(env.selfHostOffice) || process.env.JIXIAO_SELF_HOST_OFFICE === "1";
  const cloud = String(env.cloud || process.env.JIXIAO_OFFICE_CLOUD || "global").toLowerCase();
  if (cloud !== "global" && cloud !== "21vianet") throw new Error(`JIXIAO_OFFICE_CLOUD 只能是 global 或 21vianet，而不是“${cloud}”`);
  const officeJs = selfHostOffice ? "office-js/office.js" : cloud === "21vianet" ? OFFICE_JS_CDN_21VIANET : OFFICE_JS_CDN;
  const urlFromEnv = env.urlProd || process.env.JIXIAO_URL_PROD;
  if (!dev && !urlFromEnv) {
    throw new Error("生产构建需要加载项的公开地址：JIXIAO_URL_PROD=https://… npm run build（或 --env urlProd=https://…）。不再用占位地址打包。");
  }
  const urlProd = dev ? null : productionUrl(urlFromEnv);

  const config = {
    devtool: "source-map",
    target: ["web", "es2017"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run lint`'s job; ES modules let webpack drop unused code.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", target: "es2017", sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: false, // the template loads the bundle itself, and not at all under IE 11
        officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        officeJs,
      }),
      // the rule handbook (jixiao rules --html) beside the pane, for its 帮助 link
      new HandbookPlugin("handbook.html"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "assets/help.html" },
          // the pane's loader, a file so that a Content-Security-Policy without 'unsafe-inline' can be set
          { from: "src/taskpane/loader.js", to: "loader.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (urlProd ? rewriteManifest(content.toString(), urlProd) : content),
          },
          // Copied byte for byte: `minimized` keeps Terser off Microsoft's files (and the build fast).
          ...(selfHostOffice ? [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } }] : []),
        ],
      }),
    ],
    performance: { hints: false },
  };
  // Packages in node_modules ship ES2020+ syntax that ts-loader never sees: lower the emitted chunks.
  if (!dev) config.plugins.push(new LowerSyntaxPlugin("es2017"));

  if (serving) {
    config.devServer = {
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: true,
      open: false,
      static: false, // everything is built by webpack; no public/ folder
      server: process.env.JIXIAO_DEV_HTTP === "1" ? "http" : { type: "https", options: await httpsOptions() },
    };
  }
  return config;
};
