import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";

/** An indicator without a third-level name: only categories and values. */
export const nameMissing: Rule = createRule({
  meta: {
  id: "name-missing",
  severity: "error",
  category: "indicator",
  title: "缺少三级指标名称",
  titleEn: "Indicator name missing",
  scope: "indicator",
  fixable: false,
  messages: {
    nameMissing: {
      zh: "项目“{project}”的{indicator}{categories}缺少三级指标名称{valueNote}。请写明该指标衡量什么。",
      en: "Project \"{project}\": {indicator} has no name.",
    },
  },
  doc: {
    what: "检查每条指标是否写明了三级指标名称（衡量什么），而不是只有一级、二级类别和指标值。",
    why: "没有名称，读者不知道指标值衡量的是什么，指标也无法对照评价。",
    bad: "“1、2-效益指标；22-社会效益；实施周期指标值:项目信息不宜公开；年度指标值:项目信息不宜公开。”",
    good: "“1、2-效益指标；22-社会效益；保障专项工作顺利开展；实施周期指标值:达到预期目标；年度指标值:达到预期目标。”",
  },
  docEn: {
    what: "Checks that every indicator names what it measures (the third level), not only its categories and values.",
    why: "A value without a name measures nothing a reader can identify.",
    bad: "1、2-效益指标；22-社会效益；实施周期指标值:…；年度指标值:…",
    good: "1、2-效益指标；22-社会效益；<name>；实施周期指标值:…；年度指标值:…",
  },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        if (ind.name && ind.name.text.trim()) return;
        const cats = [ind.level1 && !ind.level1.inferred ? ind.level1 : null, ind.level2]
          .filter((c) => c !== null)
          .map((c) => (c!.code ? `${c!.code}-${c!.name}` : c!.name))
          .join("；");
        const value = ind.annualValue?.text || ind.periodValue?.text || "";
        out.push(
          indicatorFinding(nameMissing, table, row, ind, {
            subject: ind.itemText,
            messageId: "nameMissing",
            data: {
              project: row.name,
              indicator: indicatorRefData(ind),
              categories: cats ? `（${cats}）` : "",
              valueNote: { zh: value ? `，只有指标值“${value}”` : "", en: "" },
            },
          }),
        );
      },
    };
  },
});
