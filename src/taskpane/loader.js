/*
 * Loads the pane's bundle, unless the webview is Internet Explorer 11 (Trident), which cannot parse
 * it (React 19, Fluent v9): there the page shows its upgrade message and loads nothing else. A file
 * rather than an inline script, so the server can send a Content-Security-Policy without
 * 'unsafe-inline' for scripts. The bundle names come from the tag's data-bundles attribute. ES5 on
 * purpose: this file must run everywhere, even where the bundle cannot.
 */
(function () {
  var self = document.currentScript || document.getElementById("jixiao-loader");
  if (/Trident\//.test(navigator.userAgent)) {
    document.documentElement.className += " trident";
    return;
  }
  // EdgeHTML (Office 2016/2019 without WebView2) parses the ES2017 bundle but lacks what it runs
  // on: Unicode property escapes in regular expressions, Array.prototype.flat, Object.fromEntries.
  if (!modernEnough()) {
    document.documentElement.className += " old-webview";
    return;
  }
  var scripts = JSON.parse(self.getAttribute("data-bundles") || "[]");
  for (var i = 0; i < scripts.length; i++) {
    var s = document.createElement("script");
    s.src = scripts[i];
    s.async = false;
    document.body.appendChild(s);
  }

  function modernEnough() {
    var propertyEscapes = true;
    try {
      propertyEscapes = new RegExp("\\p{L}", "u").test("绩");
    } catch (unsupported) {
      propertyEscapes = !unsupported;
    }
    return propertyEscapes && typeof [].flat === "function" && typeof Object.fromEntries === "function";
  }
})();
