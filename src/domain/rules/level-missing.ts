import { visitorRule, type VisitorRule } from "./support/visitor";
import { indicatorFinding, indicatorRef, indicatorRefEn } from "./support/findings";

/** No first-level category written, and none to infer from a second level. */
export const levelMissing: VisitorRule = visitorRule({
  id: "level-missing",
  severity: "error",
  category: "indicator",
  title: "缺少一级指标",
  titleEn: "First-level category missing",
  doc: {
    what: "检查每条指标是否标明一级指标（产出、效益、满意度，101号口径还有成本），或写了可推断一级的二级指标（如“社会效益”）。",
    why: "不知道指标属于哪一类，就无法判断产出、效益、满意度是否齐全，也无法按类别赋权评分。",
    bad: "“2、：形成研究报告（份），年度指标值：4份。”（一级指标留空）",
    good: "“2、产出指标：形成研究报告，年度指标值：4份。”",
  },
  docEn: {
    what: "Checks that every indicator states its first-level category, or a second level it can be inferred from.",
    why: "Without the category nobody can tell whether outputs, outcomes and satisfaction are all covered.",
    bad: "2、：形成研究报告（份），年度指标值：4份。",
    good: "2、产出指标：形成研究报告，年度指标值：4份。",
  },
  visitor(table, ctx, out) {
    return {
      indicator(row, ind, k, facts) {
        // a table with a 二级指标 column wants it filled as much as the 一级
        if (table.columns.level2 !== undefined && !ind.level2 && (ind.level1 || facts.level1(row, k))) {
          out.push(
            indicatorFinding(levelMissing, table, row, ind, {
              subject: ind.level1?.name ?? "",
              message: `项目“${row.name}”的${indicatorRef(ind)}没有标明二级指标。请在“二级指标”列注明（如数量指标、质量指标、社会效益指标）。`,
              messageEn: `Project "${row.name}": ${indicatorRefEn(ind)} has no second-level category.`,
            }),
          );
        }
        if (ind.level1 || facts.level1(row, k)) return;
        out.push(
          indicatorFinding(levelMissing, table, row, ind, {
            subject: ind.level2?.name ?? "",
            message: `项目“${row.name}”的${indicatorRef(ind)}没有标明一级指标${ind.level2 ? `（二级“${ind.level2.name}”也无法归类）` : ""}。请注明属于产出指标、效益指标、满意度指标${ctx.scheme === "fin101" ? "或成本指标" : ""}。`,
            messageEn: `Project "${row.name}": ${indicatorRefEn(ind)} has no first-level category.`,
          }),
        );
      },
    };
  },
});
