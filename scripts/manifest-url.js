/**
 * The manifest's URLs: https://localhost:3000/ while developing, the production origin in a
 * production build (webpack.config.js) — https://jixiao.example.gov.cn/ until a real one is set
 * with JIXIAO_URL_PROD. Shared by the webpack build and the manifest test.
 */
"use strict";

const URL_DEV = "https://localhost:3000/";
const URL_PROD_PLACEHOLDER = "https://jixiao.example.gov.cn/";

/** The production origin, normalised to end in "/"; only https is accepted (Office requires it). */
function productionUrl(fromEnv) {
  const url = (fromEnv || URL_PROD_PLACEHOLDER).trim();
  if (!/^https:\/\/[^/\s]+/.test(url)) {
    throw new Error(`JIXIAO_URL_PROD 必须是 https:// 开头的地址（Office 只加载 HTTPS 页面），而不是“${url}”`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** Every dev URL in the manifest, rewritten to the production origin. */
function rewriteManifest(xml, urlProd) {
  return String(xml).split(URL_DEV).join(urlProd);
}

module.exports = { URL_DEV, URL_PROD_PLACEHOLDER, productionUrl, rewriteManifest };
