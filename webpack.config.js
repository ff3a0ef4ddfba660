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
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { productionUrl, rewriteManifest } = require("./scripts/manifest-url");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

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
  const officeJs = selfHostOffice ? "office-js/office.js" : OFFICE_JS_CDN;
  const urlProd = dev ? null : productionUrl(process.env.JIXIAO_URL_PROD);

  const config = {
    devtool: "source-map",
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
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: true } },
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
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "assets/help.html" },
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
