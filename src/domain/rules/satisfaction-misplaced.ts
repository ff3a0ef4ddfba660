import { isSatisfactionText } from "../indicator/taxonomy";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";

/** A 满意 item outside 满意度, or under 满意度 something that is not a satisfaction rate. */
export const satisfactionMisplaced: Rule = createRule({
  meta: {
  id: "satisfaction-misplaced",
  severity: "warning",
  category: "indicator",
  title: "满意度指标归类不当",
  titleEn: "Satisfaction indicator misplaced",
  scope: "indicator",
  fixable: false,
  messages: {
    satisfactionElsewhere: {
      zh: "项目“{project}”的{indicator}衡量的是满意度，却放在“{level1}指标”下。请移到“满意度指标（服务对象满意度）”下。",
      en: "Project \"{project}\": {indicator} is about satisfaction but sits under {level1}.",
    },
    notSatisfaction: {
      zh: "项目“{project}”的{indicator}{valueNote}放在满意度指标下，但它不是满意度。满意度指标应衡量服务对象的满意程度（如“服务对象满意度 ≥90%”）；考核、质量类指标请归入产出指标下的质量指标。",
      en: "Project \"{project}\": {indicator} sits under satisfaction but is not a satisfaction rate.",
    },
  },
  doc: {
    what: "检查名称含“满意”的指标是否放在满意度指标（31-服务对象满意度）下，以及满意度指标下放的是否确为满意度（通常以百分比表示，如“≥90%”）。",
    why: "满意度单独成类、单独赋分（一般10分）；放错类别会让产出、效益或满意度的覆盖和评分都不准确。",
    bad: "“2、3-满意度指标；31-服务对象满意度；服务质量考核情况；……年度指标值:大于90分。”（考核得分不是满意度）；“社会效益：市民满意程度 ≥85%”（满意度放在效益下）。",
    good: "“2、3-满意度指标；31-服务对象满意度；服务对象满意度；……年度指标值:≥90%。”；考核得分类指标放在“1-产出指标；12-质量指标”下。",
  },
  docEn: {
    what: "Checks that indicators named with 满意 sit under 满意度 (31), and that what sits under 满意度 is a satisfaction rate.",
    why: "Satisfaction is scored as its own category; misplaced items distort coverage and scoring.",
    bad: "31-服务对象满意度；服务质量考核情况；大于90分 (a score, not satisfaction).",
    good: "31-服务对象满意度；服务对象满意度；≥90%.",
  },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind, k, facts) {
        const name = ind.name?.text.trim();
        if (!name) return;
        const l1 = facts.level1(row, k);
        if (!l1) return; // level-missing reports it
        const aboutSatisfaction = isSatisfactionText(name);
        if (aboutSatisfaction && l1 !== "满意度") {
          out.push(
            indicatorFinding(satisfactionMisplaced, table, row, ind, {
              span: ind.name!.span,
              fieldSuffix: "类别",
              subject: `${l1}|${name}`,
              messageId: "satisfactionElsewhere",
              data: { project: row.name, indicator: indicatorRefData(ind), level1: l1 },
            }),
          );
        } else if (!aboutSatisfaction && l1 === "满意度") {
          const value = ind.annualValue?.text || ind.periodValue?.text || "";
          out.push(
            indicatorFinding(satisfactionMisplaced, table, row, ind, {
              span: ind.name!.span,
              fieldSuffix: "类别",
              subject: `${l1}|${name}|${value}`,
              messageId: "notSatisfaction",
              data: { project: row.name, indicator: indicatorRefData(ind), valueNote: { zh: value ? `（${value}）` : "", en: "" } },
            }),
          );
        }
      },
    };
  },
});
