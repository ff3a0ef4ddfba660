/**
 * The text report of `jixiao check`: Chinese, per file, grouped sheet → agency → project as the
 * pane shows it, each finding on one line with its A1 cell and rule id; the explained findings
 * apart; then summary tables per file and per agency, and the totals.
 */
import type { Finding } from "../domain/finding";
import { groupFindings } from "../domain/report";
import { displayTime } from "../domain/review";
import type { CheckedFile } from "./check-file";
import { LAYOUT_LABEL, SEVERITY_LABEL } from "./labels";
import { agencyName, fileTally, isUnreadable, type FolderReview } from "./review-model";
import { stripControls, textTable } from "./text-width";

export function checkText(review: FolderReview): string {
  const lines: string[] = [];
  for (const f of review.files) lines.push(...fileLines(f), "");
  lines.push(...summaryTables(review));
  const s = review.summary;
  if (review.baseline) {
    const b = review.baseline;
    lines.push(`与基线“${b.file}”相比：新增 ${b.new} 条，已修正 ${b.fixed} 条，未变 ${b.unchanged} 条（下面只计新增的问题）。`);
  }
  lines.push(
    `共检查 ${s.files} 个文件：错误 ${s.errors} 条，警告 ${s.warnings} 条，提示 ${s.infos} 条` +
      (s.explained ? `，已说明 ${s.explained} 条${explainedErrors(s.explainedErrors, "按填报人的说明未计入错误；加 --strict 则计入")}` : "") +
      (s.unreadable ? `；${s.unreadable} 个文件无法完整读取` : "") +
      "。",
  );
  // cell text and file names come from other people's files: nothing may reach the terminal raw
  return stripControls(lines.join("\n") + "\n");
}

const explainedErrors = (n: number, more = "") => (n ? `（其中错误 ${n} 条${more ? `，${more}` : ""}）` : "");

function fileLines(f: CheckedFile): string[] {
  const lines = [`文件：${f.file}`];
  if (f.error) lines.push(`  无法检查：${f.error}`);
  for (const t of f.tables) {
    const unit = t.moneyUnit ? `，金额单位：${t.moneyUnit}` : "";
    lines.push(`  工作表“${t.sheet}”：${LAYOUT_LABEL[t.layout]}${unit}；资金使用单位 ${t.agencies} 个，项目 ${t.projects} 个，绩效指标 ${t.indicators} 条`);
  }
  for (const n of f.readerNotes) lines.push(`  说明：${n.message}`);
  for (const p of f.problems) lines.push(`  无法读取：${p.message}`);
  for (const n of f.notes) lines.push(`  已说明记录有误：${n}`);
  for (const x of f.invalidExplanations) lines.push(`  已说明记录无效（${x.code}）：${x.message}`);
  const lapsed = new Set(f.lapsed.map((l) => l.finding.key));
  lines.push(...findingLines(f.findings.filter((x) => !(f.error && x.rule === "no-table")), lapsed));
  if (f.explained.length) {
    // an explanation is the preparer's claim, stored in the workbook they sent: shown as such
    lines.push(`  已说明（${f.explained.length} 条，填报人的陈述，未经审核）：`);
    for (const { finding, explanation: e } of f.explained) {
      lines.push(`    ${line(finding)}`, `      填报人陈述：${e.reason}（${e.by || "未署名"}，${displayTime(e.at)}）`);
    }
  }
  const s = fileTally(f);
  lines.push(`  本文件：错误 ${s.errors} 条，警告 ${s.warnings} 条，提示 ${s.infos} 条${s.explained ? `，已说明 ${s.explained} 条${explainedErrors(s.explainedErrors)}` : ""}`);
  return lines;
}

function findingLines(findings: Finding[], lapsed: Set<string>): string[] {
  const out: string[] = [];
  for (const sheet of groupFindings(findings)) {
    out.push(`  工作表“${sheet.sheet}”（${sheet.count} 条）`);
    for (const a of sheet.agencies) {
      const indent = a.agency === null ? "    " : "      ";
      if (a.agency !== null) out.push(`    资金使用单位：${a.agency}`);
      for (const p of a.projects) {
        const inner = p.project === null ? indent : indent + "  ";
        if (p.project !== null) out.push(`${indent}项目：${p.project}`);
        for (const f of p.findings) out.push(`${inner}${line(f)}${lapsed.has(f.key) ? "（原“已说明”已失效：内容已变更）" : ""}`);
      }
    }
  }
  return out;
}

function line(f: Finding): string {
  return `[${SEVERITY_LABEL[f.severity]}] ${f.cell} ${f.rule}：${f.message}`;
}

const COUNT_HEADERS = ["错误", "警告", "提示", "已说明"];
const counts = (t: { errors: number; warnings: number; infos: number; explained: number }) => [t.errors, t.warnings, t.infos, t.explained].map(String);

function summaryTables(review: FolderReview): string[] {
  const out: string[] = [];
  if (review.files.length > 1) {
    const rows = review.files.map((f) => [f.file, ...counts(fileTally(f)), isUnreadable(f) ? "无法完整读取" : ""]);
    out.push("按文件汇总：", ...textTable(["文件", ...COUNT_HEADERS, "状态"], rows, [false, true, true, true, true, false]), "");
  }
  if (review.agencies.length) {
    const rows = review.agencies.map((a) => [a.file, agencyName(a.agency), ...counts(a)]);
    out.push("按资金使用单位汇总：", ...textTable(["文件", "资金使用单位", ...COUNT_HEADERS], rows, [false, false, true, true, true, true]), "");
  }
  return out;
}
