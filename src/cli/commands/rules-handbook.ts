/**
 * Every rule's doc as one printable, self-contained HTML page (`jixiao rules --html FILE`): what
 * it checks, why, a wrong and a right example, its default severity, its messages and its options,
 * all from the rules' meta. No script, no external style sheet or font: it prints as it is.
 */
import { allRules } from "../../domain/rules";
import type { Rule } from "../../domain/rules/rule";
import { CATEGORY_LABEL, SEVERITY_LABEL } from "../labels";

const SCOPE_LABEL: Record<Rule["meta"]["scope"], string> = { table: "整张表", agency: "单位或金额行", project: "项目", indicator: "单条指标" };

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** `{project}` in a template shown as a named blank the reader recognises. */
const showTemplate = (t: string): string => escapeHtml(t).replace(/\{(\w+)\}/g, '<span class="slot">$1</span>');

function ruleSection(r: Rule): string {
  const m = r.meta;
  const options = Object.entries(r.defaults);
  const rows = [
    ["检查什么", m.doc.what],
    ["为什么", m.doc.why],
    ["错误示例", m.doc.bad],
    ["正确示例", m.doc.good],
  ];
  return [
    `<section id="${m.id}">`,
    `<h2>${escapeHtml(m.title)} <code>${m.id}</code></h2>`,
    `<p class="meta">默认级别：<b class="${m.severity}">${SEVERITY_LABEL[m.severity]}</b>&emsp;类别：${CATEGORY_LABEL[m.category]}&emsp;对象：${SCOPE_LABEL[m.scope]}${m.fixable ? "&emsp;可自动修正" : ""}</p>`,
    "<dl>",
    ...rows.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`),
    "</dl>",
    `<p class="en" lang="en">${escapeHtml(m.titleEn)} — ${escapeHtml(m.docEn.what)} ${escapeHtml(m.docEn.why)}</p>`,
    "<details open><summary>提示语</summary><ul>",
    ...Object.entries(m.messages).map(([id, t]) => `<li><code>${id}</code>：${showTemplate(t.zh)}</li>`),
    "</ul></details>",
    options.length
      ? `<p>可设置的选项（配置文件 rules.${m.id}.options）：${options.map(([k, v]) => `<code>${k} = ${escapeHtml(JSON.stringify(v))}</code>`).join("、")}</p>`
      : "",
    "</section>",
  ].join("\n");
}

const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:48em;margin:2em auto;line-height:1.6;color:#222}
h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:2em}code{font-size:.9em;background:#f3f3f3;padding:0 .2em}
dt{font-weight:bold;float:left;width:6em}dd{margin-left:6.5em}.meta{color:#555}.error{color:#a4262c}.warning{color:#8a5300}.info{color:#005a9e}
.en{color:#666;font-size:.9em}.slot{border:1px dashed #999;padding:0 .2em;font-family:monospace;font-size:.85em}
nav ol{columns:2}section{break-inside:avoid-page}@media print{nav{display:none}details{display:block}}`;

/** The handbook page. */
export function rulesHandbookHtml(): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>绩效目标表检查规则手册</title>",
    `<style>${STYLE}</style></head><body>`,
    "<h1>绩效目标表检查规则手册</h1>",
    `<p>共 ${allRules.length} 条规则。每条规则说明检查什么、为什么、错误示例和正确示例；级别可在配置文件中调整。</p>`,
    "<nav><ol>",
    ...allRules.map((r) => `<li><a href="#${r.id}">${escapeHtml(r.title)}</a>（${SEVERITY_LABEL[r.severity]}）</li>`),
    "</ol></nav>",
    ...allRules.map(ruleSection),
    "</body></html>",
    "",
  ].join("\n");
}
