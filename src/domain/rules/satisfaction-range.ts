import { isSatisfactionText } from "../indicator/taxonomy";
import { createRule } from "./create-rule";
import { placeholderIn } from "./support/placeholders";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { bareName, valueField } from "./support/indicator-facts";

/** A satisfaction target that is not a percentage, is 100%, or is below 80%. */
export const satisfactionRange: Rule = createRule({
  meta: {
    id: "satisfaction-range",
    severity: "info",
    scope: "indicator",
    category: "indicator",
    title: "满意度目标值不当",
    titleEn: "Satisfaction target out of the usual range",
    fixable: false,
    messages: {
      notPercent: {
        zh: "项目“{project}”的{indicator}{field}为“{value}”，满意度一般以百分比表示（如“≥90%”）。",
        en: "Project \"{project}\": the {field} of {indicator} (\"{value}\") is not a percentage.",
      },
      hundred: {
        zh: "项目“{project}”的{indicator}{field}为“{value}”，满意度定为100%几乎无法达到，通常设为85%至95%。",
        en: "Project \"{project}\": the {field} of {indicator} is 100%, which is hardly reachable.",
      },
      low: {
        zh: "项目“{project}”的{indicator}{field}为“{value}”，低于80%，目标偏低，请核对。",
        en: "Project \"{project}\": the {field} of {indicator} (\"{value}\") is below 80%.",
      },
    },
    doc: {
      what: "检查满意度指标（名称含“满意度/满意率”）的年度指标值：不是百分比、定为100%、或低于80%时提示。防误报：只看满意度指标；指标值为空的由“指标值未填写”报告；“≥90%”“大于90%”等正常目标不报。",
      why: "满意度通过问卷测得，100%不现实，低于80%说明目标定得过低；写成“满意”“较好”则无法测量。多属把握尺度的问题，仅作提示。",
      bad: "“服务对象满意度；年度指标值:100%”或“满意”。",
      good: "“服务对象满意度；年度指标值:≥90%”",
    },
    docEn: {
      what: "Checks a satisfaction indicator's annual value: not a percentage, exactly 100%, or below 80%. Guard: satisfaction indicators only; blank values are value-missing's.",
      why: "Satisfaction is surveyed: 100% is unrealistic, below 80% too low, words unmeasurable. An info.",
      bad: "服务对象满意度 100%, or 满意.",
      good: "服务对象满意度 ≥90%.",
    },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        const v = ind.annualValue && ind.annualValue.text.trim() ? ind.annualValue : ind.periodValue;
        if (!v || !v.text.trim() || !isSatisfactionText(bareName(ind))) return;
        // ≥XX% is a placeholder (placeholder-value's finding), not a value out of range
        if (placeholderIn(v.text) !== null) return;
        const p = v.parsed;
        const percent = p.kind === "quantity" && p.unit === "%";
        const messageId = !percent ? "notPercent" : p.number >= 100 ? "hundred" : p.number < 80 ? "low" : null;
        if (!messageId) return;
        const field = valueField(ind, v);
        out.push(
          indicatorFinding(satisfactionRange, table, row, ind, {
            span: v.span,
            subject: v.text,
            messageId,
            data: { project: row.name, indicator: indicatorRefData(ind), field, value: v.text },
          }),
        );
      },
    };
  },
});
