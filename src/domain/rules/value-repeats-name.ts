import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { bareName, distinctValues, valueField } from "./support/indicator-facts";

const PUNCT = /[\s\u3000，,。.；;：:、！!？?“”"'‘’（）()《》]/g;
const key = (s: string): string => s.replace(PUNCT, "");

/** The value is the name again: 党建赋能民企发展 → 党建赋能民企发展. */
export const valueRepeatsName: Rule = createRule({
  meta: {
    id: "value-repeats-name",
    severity: "warning",
    scope: "indicator",
    category: "indicator",
    title: "指标值重复指标名称",
    titleEn: "Value repeats the indicator name",
    fixable: false,
    messages: {
      repeats: {
        zh: "项目“{project}”的{indicator}{field}“{value}”只是重复了指标名称，没有给出目标。请填写要达到的数量、比率、时限或可核验的结果。",
        en: "Project \"{project}\": the {field} of {indicator} (\"{value}\") only repeats the name.",
      },
    },
    doc: {
      what: "找出指标值（忽略空格和标点）与三级指标名称完全相同的指标。防误报：只比较整段文字，指标值包含名称又给出数字（如“服务满意度≥90%”）不报；没有名称的由“缺少三级指标名称”报告。",
      why: "把名称再写一遍等于没有目标值，无法判断是否完成，评审视同未填写。默认为警告。",
      bad: "“党建赋能民企发展；实施周期指标值:党建赋能民企发展；年度指标值:党建赋能民企发展。”",
      good: "“党建指导员覆盖商会数；年度指标值:≥20家。”",
    },
    docEn: {
      what: "Finds values that, ignoring spaces and punctuation, are the indicator's name again. Guard: the whole text must match; a value that contains the name and a number is fine.",
      why: "A name written twice sets no target; reviewers treat it as blank. A warning.",
      bad: "党建赋能民企发展 → 党建赋能民企发展.",
      good: "党建指导员覆盖商会数 → ≥20家.",
    },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        const name = key(bareName(ind));
        if (!name) return;
        const same = distinctValues(ind).find((v) => key(v.text) === name);
        if (!same) return;
        const field = valueField(ind, same);
        out.push(
          indicatorFinding(valueRepeatsName, table, row, ind, {
            span: same.span,
            fieldSuffix: field.zh,
            subject: same.text,
            messageId: "repeats",
            data: { project: row.name, indicator: indicatorRefData(ind), field, value: same.text },
          }),
        );
      },
    };
  },
});
