import type { Finding } from "../finding";
import { Big } from "../money";
import type { Rule } from "./rule";
import { agencyGroups } from "./support/money-rows";
import { reconcile, RECONCILE_MESSAGES, TOLERANCE_OPTIONS } from "./support/reconcile";
import { createRule } from "./create-rule";

/** An agency (资金使用单位) row equals the sum of the projects under it. */
export const subtotalMismatch: Rule = createRule({
  meta: {
  id: "subtotal-mismatch",
  severity: "error",
  category: "money",
  title: "单位小计与项目之和不符",
  titleEn: "Agency subtotal differs from its projects",
  scope: "agency",
  fixable: false,
  options: TOLERANCE_OPTIONS,
  messages: RECONCILE_MESSAGES,
  doc: {
    what: "核对每个资金使用单位行的“总计”是否等于其下各项目“总计”之和（总计相符时再核对各资金来源列），并说明差额能否由元折算为万元时逐行四舍五入造成（最大误差 = 0.005 × 项目数）。",
    why: "小计与明细不一致是公开预算表最常见的勾稽错误，读者会据此质疑整张表的数字。",
    bad: "广州市工商业联合会 563.39，其下13个项目之和为563.38。",
    good: "单位小计563.38，与其下13个项目之和一致；若明细由元折算而来，先按元汇总再折算，或调整尾差使两者一致。",
  },
  docEn: {
    what: "Checks that each agency row's 总计 equals the sum of its projects (then each source column), and says whether the gap could come from rounding 元 to 万元 row by row (at most 0.005 × rows).",
    why: "A subtotal that does not tie to its rows is the most common arithmetic error in published budget tables.",
    bad: "Agency 563.39 over 13 projects adding up to 563.38.",
    good: "Agency 563.38, the exact sum of its projects.",
  },
  },
  check(table, ctx) {
    const tolerance = new Big(Number(ctx.options.tolerance ?? 0));
    const out: Finding[] = [];
    for (const { agency, projects } of agencyGroups(table).groups) {
      const f = reconcile({
        rule: subtotalMismatch,
        table,
        row: agency,
        rowLabel: { zh: `资金使用单位“${agency.name}”`, en: `Agency "${agency.name}"` },
        parts: projects,
        partsLabel: { zh: "项目", en: "projects" },
        tolerance,
        roundedRows: projects.length,
      });
      if (f) out.push(f);
    }
    return out;
  },
});
