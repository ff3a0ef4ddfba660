import type { Finding } from "../finding";
import { Big } from "../money";
import type { Rule } from "./rule";
import { agencyGroups } from "./support/money-rows";
import { reconcile, RECONCILE_MESSAGES, TOLERANCE_OPTIONS } from "./support/reconcile";
import { createRule } from "./create-rule";

/** 合计 equals the sum of the agencies, or of the projects when the table has no agency rows. */
export const totalMismatch: Rule = createRule({
  meta: {
  id: "total-mismatch",
  severity: "error",
  category: "money",
  title: "合计与明细之和不符",
  titleEn: "Grand total differs from its rows",
  scope: "table",
  fixable: false,
  options: TOLERANCE_OPTIONS,
  messages: RECONCILE_MESSAGES,
  doc: {
    what: "核对“合计”行是否等于各资金使用单位小计之和；表中没有单位小计行时，核对是否等于全部项目之和。总计相符时再核对各资金来源列。",
    why: "合计是全表的总盘子，与明细不一致会让读者无法判断哪个数字可信。",
    bad: "合计 642.40，两个单位小计分别为563.39和79.00（之和642.39）。",
    good: "合计 642.39 = 563.39 + 79.00。",
  },
  docEn: {
    what: "Checks that the 合计 row equals the sum of the agency subtotals, or of all projects when there are no agency rows; then each source column.",
    why: "The grand total is the table's headline figure; when it disagrees with the rows nobody knows which figure to trust.",
    bad: "合计 642.40 over agencies 563.39 and 79.00 (642.39).",
    good: "合计 642.39 = 563.39 + 79.00.",
  },
  },
  check(table, ctx) {
    const tolerance = new Big(Number(ctx.options.tolerance ?? 0));
    const { groups, looseProjects } = agencyGroups(table);
    let projectCount = 0;
    for (let k = 0; k < table.rows.length; k++) if (table.rows[k].kind === "project") projectCount++;
    // projects above the first agency row belong to no agency: they count directly
    const parts = groups.length > 0 ? [...looseProjects, ...groups.map((g) => g.agency)] : looseProjects;
    const byAgencies = groups.length > 0;
    const out: Finding[] = [];
    const rows = table.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row.kind !== "total") continue;
      const f = reconcile({
        rule: totalMismatch,
        table,
        row,
        rowLabel: { zh: `“${row.name || "合计"}”行`, en: `Row "${row.name || "合计"}"` },
        parts,
        partsLabel: {
          zh: !byAgencies ? "项目" : looseProjects.length ? "资金使用单位及单位外项目" : "资金使用单位",
          en: byAgencies ? "agencies" : "projects",
        },
        tolerance,
        roundedRows: projectCount,
      });
      if (f) out.push(f);
    }
    return out;
  },
});
