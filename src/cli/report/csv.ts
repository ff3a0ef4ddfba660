/**
 * CSV export: one line per finding (open, then explained) with file, sheet, cell, agency, project,
 * rule, severity, message and business key, and a line per unreadable file. UTF-8 with a BOM and
 * CRLF so Excel opens the Chinese text correctly; every field is neutralised against formula
 * injection and quoted per RFC 4180.
 */
import type { Finding } from "../../domain/finding";
import { displayTime, neutralise, ruleTitle, SEVERITY_TEXT, type Explanation } from "../../domain/review";
import type { FolderReview } from "../review-model";

export const CSV_HEADERS = ["文件", "工作表", "单元格", "资金使用单位", "项目", "规则", "规则名称", "严重程度", "说明", "业务键", "状态", "说明理由", "说明人", "说明时间"];

export function csvField(value: string): string {
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvReport(review: FolderReview): string {
  const lines = [CSV_HEADERS];
  for (const f of review.files) {
    if (f.error) lines.push([f.file, "", "", "", "", "", "", "", f.error, "", "无法读取", "", "", ""]);
    for (const p of f.problems) lines.push([f.file, p.sheet ?? "", p.cell ?? "", "", "", "", "", "", p.message, "", "无法读取", "", "", ""]);
    const row = (x: Finding, state: string, e?: Explanation) => [
      f.file, x.sheet, x.cell, x.agency ?? "", x.project ?? "", x.rule, ruleTitle(x.rule), SEVERITY_TEXT[x.severity], x.message, x.key, state,
      e?.reason ?? "", e?.by ?? "", e ? displayTime(e.at) : "",
    ];
    const lapsed = new Set(f.lapsed.map((l) => l.finding.key));
    for (const x of f.findings) if (!(f.error && x.rule === "no-table")) lines.push(row(x, lapsed.has(x.key) ? "待处理（原说明已失效）" : "待处理"));
    for (const e of f.explained) lines.push(row(e.finding, "已说明", e.explanation));
  }
  return "\ufeff" + lines.map((l) => l.map(csvField).join(",")).join("\r\n") + "\r\n";
}
