/** `jixiao rules [ID]`: the rule catalog, or one rule's documentation (what, why, examples). */
import { allRules, ruleById } from "../../domain/rules";
import type { Rule } from "../../domain/rules/rule";
import { EXIT_OK, EXIT_UNREADABLE, type CliIO } from "../io";
import { CATEGORY_LABEL, SEVERITY_LABEL } from "../labels";

export function runRules(id: string | undefined, io: CliIO): number {
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
    `默认级别：${SEVERITY_LABEL[r.severity]}    类别：${CATEGORY_LABEL[r.category] ?? r.category}`,
    "",
    `检查什么：${r.doc.what}`,
    `为什么：${r.doc.why}`,
    `错误示例：${r.doc.bad}`,
    `正确示例：${r.doc.good}`,
  ];
  const defaults = Object.entries(r.defaults ?? {});
  if (defaults.length) {
    lines.push("", "可设置的选项（配置文件 rules.<编号>.options）：");
    for (const [k, v] of defaults) lines.push(`  ${k} = ${JSON.stringify(v)}`);
  }
  return lines.join("\n") + "\n";
}
