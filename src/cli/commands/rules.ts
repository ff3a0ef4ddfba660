/**
 * `jixiao rules [ID] [--html FILE]`: the rule catalog, one rule's documentation (what, why,
 * examples, messages, options), or every rule's doc as one printable page. All of it is read off
 * the rules' meta, as is README's rules table (rulesTableMarkdown, written by scripts/rules-table.js).
 */
import * as fs from "fs";
import { allRules, ruleById } from "../../domain/rules";
import type { Rule } from "../../domain/rules/rule";
import { EXIT_OK, EXIT_UNREADABLE, type CliIO } from "../io";
import { CATEGORY_LABEL, SEVERITY_LABEL } from "../labels";
import { rulesHandbookHtml } from "./rules-handbook";

export function runRules(id: string | undefined, io: CliIO, opts: { html?: string } = {}): number {
  if (opts.html) {
    try {
      fs.writeFileSync(opts.html, rulesHandbookHtml(), "utf8");
    } catch (e) {
      io.err(`jixiao: 无法写入规则手册“${opts.html}”：${e instanceof Error ? e.message : String(e)}\n`);
      return EXIT_UNREADABLE;
    }
    io.out(`已将 ${allRules.length} 条规则的说明写入 ${opts.html}\n`);
    return EXIT_OK;
  }
  if (!id) {
    io.out(ruleList());
    return EXIT_OK;
  }
  const rule = ruleById(id);
  if (!rule) {
    io.err(`jixiao: 没有编号为“${id}”的规则。可用规则：${allRules.map((r) => r.id).join("、")}\n`);
    return EXIT_UNREADABLE;
  }
  io.out(ruleDoc(rule));
  return EXIT_OK;
}

function ruleList(): string {
  const width = Math.max(...allRules.map((r) => r.id.length)) + 2;
  const lines = [`共 ${allRules.length} 条规则（jixiao rules <编号> 查看说明）：`];
  for (const r of allRules) {
    lines.push(`  ${r.id.padEnd(width)}${SEVERITY_LABEL[r.severity]}  ${CATEGORY_LABEL[r.category] ?? r.category}  ${r.title}`);
  }
  return lines.join("\n") + "\n";
}

function ruleDoc(r: Rule): string {
  const lines = [
    `${r.id} — ${r.title}（${r.titleEn}）`,
    `默认级别：${SEVERITY_LABEL[r.severity]}    类别：${CATEGORY_LABEL[r.category] ?? r.category}${r.meta.fixable ? "    可自动修正" : ""}`,
    "",
    `检查什么：${r.doc.what}`,
    `为什么：${r.doc.why}`,
    `错误示例：${r.doc.bad}`,
    `正确示例：${r.doc.good}`,
  ];
  const defaults = Object.entries(r.defaults);
  if (defaults.length) {
    lines.push("", "可设置的选项（配置文件 rules.<编号>.options）：");
    for (const [k, v] of defaults) lines.push(`  ${k} = ${JSON.stringify(v)}`);
  }
  return lines.join("\n") + "\n";
}

const SEVERITY_EN = { error: "error", warning: "warning", info: "info" } as const;

/** README's rules table: one line per rule, in catalog order. */
export function rulesTableMarkdown(): string {
  const lines = ["| id | default | scope | fix | what |", "|---|---|---|---|---|"];
  for (const r of allRules) {
    lines.push(`| \`${r.id}\` | ${SEVERITY_EN[r.severity]} | ${r.meta.scope} | ${r.meta.fixable ? "yes" : ""} | ${r.title} — ${r.titleEn} |`);
  }
  return lines.join("\n") + "\n";
}
