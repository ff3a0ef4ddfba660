/**
 * The HTML report: one self-contained file that opens offline — inline CSS, no script, no image,
 * no font, nothing fetched (a Content-Security-Policy says so to the browser too). Chinese
 * headings, summary tables per file and per agency, findings grouped file → sheet → agency →
 * project, the explained findings apart. Every text that comes from a workbook goes through esc().
 */
import { groupFindings } from "../../domain/report";
import { displayTime, ruleTitle, SEVERITY_TEXT, type Tally } from "../../domain/review";
import type { Finding } from "../../domain/finding";
import type { CheckedFile } from "../check-file";
import { LAYOUT_LABEL } from "../labels";
import { agencyName, fileTally, isUnreadable, type FolderReview } from "../review-model";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for HTML content and attribute values. */
export function esc(text: string | number | null | undefined): string {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLE = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:1200px;padding:0 1em;color:#222;line-height:1.5}
h1{font-size:1.6em;border-bottom:2px solid #333;padding-bottom:.3em}
h2{font-size:1.3em;margin-top:2em;border-bottom:1px solid #999}
h3{font-size:1.15em;margin-top:1.6em;background:#eef2f8;padding:.3em .5em}
h4{font-size:1.05em;margin:1.2em 0 .4em}
h5{font-size:1em;margin:.8em 0 .3em .8em}
h6{font-size:.95em;margin:.6em 0 .3em 1.6em;font-weight:normal}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em;font-size:.92em}
th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#d9e1f2}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.sev-error{color:#c00000;font-weight:bold}.sev-warning{color:#9c5700}.sev-info{color:#555}
.key{font-family:monospace;font-size:.85em;color:#666;word-break:break-all}
.box{border:1px solid #c00000;background:#fff3f3;padding:.5em 1em;margin:.5em 0}
.note{border:1px solid #9c5700;background:#fff8e6;padding:.5em 1em;margin:.5em 0}
.meta{color:#555}
@media print{h3{break-before:page}}
`;

export function htmlReport(review: FolderReview): string {
  const s = review.summary;
  const parts: string[] = [
    "<!DOCTYPE html>",
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>绩效目标表审核报告</title>",
    `<style>${STYLE}</style></head><body>`,
    "<h1>绩效目标表审核报告</h1>",
    `<p class="meta">生成时间：${esc(displayTime(review.generatedAt))}\u3000共 ${s.files} 个文件：错误 ${s.errors} 条，警告 ${s.warnings} 条，提示 ${s.infos} 条，已说明 ${s.explained} 条${s.explainedErrors ? `（其中错误 ${s.explainedErrors} 条，按填报人的说明未计入错误）` : ""}${s.unreadable ? `；<strong>${s.unreadable} 个文件无法完整读取</strong>` : ""}。</p>`,
  ];
  if (review.baseline) {
    const b = review.baseline;
    parts.push(`<p class="note">与基线“${esc(b.file)}”相比：新增 ${b.new} 条，已修正 ${b.fixed} 条，未变 ${b.unchanged} 条。下面只列新增的问题。</p>`);
  }
  parts.push("<h2>按文件汇总</h2>", fileTable(review), "<h2>按资金使用单位汇总</h2>", agencyTable(review), "<h2>问题明细</h2>");
  review.files.forEach((f, k) => parts.push(fileSection(f, k)));
  parts.push("</body></html>");
  return parts.join("\n") + "\n";
}

const countCells = (t: Tally) => [t.errors, t.warnings, t.infos, t.explained].map((n) => `<td class="n">${n}</td>`).join("");
const COUNT_HEADS = "<th>错误</th><th>警告</th><th>提示</th><th>已说明</th>";

function fileTable(review: FolderReview): string {
  const rows = review.files.map((f, k) => {
    const tables = f.tables.map((t) => `${esc(t.sheet)}：项目 ${t.projects} 个，指标 ${t.indicators} 条`).join("<br>");
    const state = isUnreadable(f) ? '<span class="sev-error">无法完整读取</span>' : "";
    return `<tr><td><a href="#file-${k + 1}">${esc(f.file)}</a></td><td>${tables}</td>${countCells(fileTally(f))}<td>${state}</td></tr>`;
  });
  return `<table><thead><tr><th>文件</th><th>表格</th>${COUNT_HEADS}<th>状态</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function agencyTable(review: FolderReview): string {
  if (!review.agencies.length) return "<p>没有问题。</p>";
  const rows = review.agencies.map((a) => `<tr><td>${esc(a.file)}</td><td>${esc(agencyName(a.agency))}</td>${countCells(a)}</tr>`);
  return `<table><thead><tr><th>文件</th><th>资金使用单位</th>${COUNT_HEADS}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function fileSection(f: CheckedFile, k: number): string {
  const out = [`<section id="file-${k + 1}"><h3>文件：${esc(f.file)}</h3>`];
  if (f.error) out.push(`<p class="box">无法检查：${esc(f.error)}</p>`);
  for (const t of f.tables) {
    const unit = t.moneyUnit ? `，金额单位：${esc(t.moneyUnit)}` : "";
    out.push(`<p class="meta">工作表“${esc(t.sheet)}”：${esc(LAYOUT_LABEL[t.layout])}${unit}；资金使用单位 ${t.agencies} 个，项目 ${t.projects} 个，绩效指标 ${t.indicators} 条。</p>`);
  }
  for (const n of f.readerNotes) out.push(`<p class="note">说明：${esc(n.message)}</p>`);
  for (const p of f.problems) out.push(`<p class="box">无法读取：${esc(p.message)}</p>`);
  for (const n of f.notes) out.push(`<p class="note">已说明记录有误：${esc(n)}</p>`);
  for (const x of f.invalidExplanations) out.push(`<p class="note">已说明记录无效（${esc(x.code)}）：${esc(x.message)}</p>`);
  const lapsed = new Map(f.lapsed.map((l) => [l.finding.key, l.explanation]));
  const shown = f.findings.filter((x) => !(f.error && x.rule === "no-table"));
  if (!shown.length && !f.error) out.push("<p>没有待处理的问题。</p>");
  for (const sheet of groupFindings(shown)) {
    out.push(`<h4>工作表“${esc(sheet.sheet)}”（${sheet.count} 条）</h4>`);
    for (const a of sheet.agencies) {
      out.push(`<h5>资金使用单位：${esc(agencyName(a.agency))}</h5>`);
      for (const p of a.projects) {
        out.push(`<h6>项目：${esc(p.project ?? "（单位或表格整体）")}</h6>`, findingTable(p.findings, lapsed));
      }
    }
  }
  if (f.explained.length) {
    out.push(`<h4>已说明的问题（${f.explained.length} 条）</h4>`, `<p class="note">以下说明是填报人写在所送工作簿中的陈述，未经审核。</p>`);
    const rows = f.explained.map(({ finding: x, explanation: e }) =>
      `<tr><td>${esc(x.sheet)}!${esc(x.cell)}</td><td>${esc(agencyName(x.agency))}</td><td>${esc(x.project ?? "")}</td><td>${esc(ruleTitle(x.rule))}</td>` +
      `<td>${esc(x.message)}</td><td>${esc(e.reason)}</td><td>${esc(e.by || "未署名")}<br>${esc(displayTime(e.at))}</td></tr>`,
    );
    out.push(`<table><thead><tr><th>单元格</th><th>资金使用单位</th><th>项目</th><th>规则</th><th>说明</th><th>填报人陈述的理由</th><th>说明人及时间</th></tr></thead><tbody>${rows.join("")}</tbody></table>`);
  }
  out.push("</section>");
  return out.join("\n");
}

function findingTable(findings: Finding[], lapsed: Map<string, { reason: string }>): string {
  const rows = findings.map((f) => {
    const was = lapsed.get(f.key);
    const note = was ? `<br><em>原“已说明”已失效（内容已变更）。原理由：${esc(was.reason)}</em>` : "";
    return (
      `<tr><td>${esc(f.cell)}</td><td class="sev-${f.severity}">${SEVERITY_TEXT[f.severity]}</td><td>${esc(ruleTitle(f.rule))}</td>` +
      `<td>${esc(f.message)}${note}</td><td class="key">${esc(f.key)}</td></tr>`
    );
  });
  return `<table><thead><tr><th>单元格</th><th>严重程度</th><th>规则</th><th>说明</th><th>业务键</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
