/**
 * The text report of `jixiao check`: Chinese, per file, grouped sheet → agency → project as the
 * pane shows it, each finding on one line with its A1 cell and rule id.
 */
import type { Finding } from "../domain/finding";
import { groupFindings, summarize, type Summary } from "../domain/report";
import type { CheckedFile } from "./commands/check";
import { LAYOUT_LABEL, SEVERITY_LABEL } from "./labels";

export function checkText(files: CheckedFile[], summary: Summary & { files: number }): string {
  const lines: string[] = [];
  for (const f of files) {
    lines.push(`文件：${f.file}`);
    if (f.error) lines.push(`  无法检查：${f.error}`);
    for (const t of f.tables) {
      const unit = t.moneyUnit ? `，金额单位：${t.moneyUnit}` : "";
      lines.push(
        `  工作表“${t.sheet}”：${LAYOUT_LABEL[t.layout]}${unit}；资金使用单位 ${t.agencies} 个，项目 ${t.projects} 个，绩效指标 ${t.indicators} 条`,
      );
    }
    for (const p of f.problems) lines.push(`  无法读取：${p.message}`);
    lines.push(...findingLines(f.findings.filter((x) => !(f.error && x.rule === "no-table"))));
    const s = summarize(f.findings);
    lines.push(`  本文件：错误 ${s.errors} 条，警告 ${s.warnings} 条，提示 ${s.infos} 条`, "");
  }
  const unreadable = files.filter((f) => f.error || f.problems.length).length;
  lines.push(
    `共检查 ${summary.files} 个文件：错误 ${summary.errors} 条，警告 ${summary.warnings} 条，提示 ${summary.infos} 条` +
      (unreadable ? `；${unreadable} 个文件无法完整读取` : "") +
      "。",
  );
  return lines.join("\n") + "\n";
}

function findingLines(findings: Finding[]): string[] {
  const out: string[] = [];
  for (const sheet of groupFindings(findings)) {
    out.push(`  工作表“${sheet.sheet}”（${sheet.count} 条）`);
    for (const a of sheet.agencies) {
      const indent = a.agency === null ? "    " : "      ";
      if (a.agency !== null) out.push(`    资金使用单位：${a.agency}`);
      for (const p of a.projects) {
        const inner = p.project === null ? indent : indent + "  ";
        if (p.project !== null) out.push(`${indent}项目：${p.project}`);
        for (const f of p.findings) out.push(`${inner}${line(f)}`);
      }
    }
  }
  return out;
}

function line(f: Finding): string {
  return `[${SEVERITY_LABEL[f.severity]}] ${f.cell} ${f.rule}：${f.message}`;
}
