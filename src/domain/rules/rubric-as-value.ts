import type { Fix } from "../finding";
import type { Indicator, IndicatorValue, TableRow } from "../model";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { valueField } from "./support/indicator-facts";

/** The words of a scoring rubric: how a value is scored, not what is to be reached. */
const RUBRIC = /得满分|不得分|部分得分|酌情|扣[^，,。；;]{0,16}?分|减分/;
/** A target a rubric implies: `85%及以上得满分` → ≥85%, `90%以下得满分` → ≤90%. */
const AT_LEAST = /(\d+(?:\.\d+)?)\s*([%％]?)\s*(?:及以上|以上)(?:的)?\s*(?:得|为)?满分/;
const AT_MOST = /(\d+(?:\.\d+)?)\s*([%％]?)\s*(?:及以下|以下)(?:的)?\s*(?:得|为)?满分/;

/** The target a rubric names, or null. */
export function impliedTarget(text: string): string | null {
  const up = AT_LEAST.exec(text);
  if (up) return `≥${up[1]}${up[2] ? "%" : ""}`;
  const down = AT_MOST.exec(text);
  return down ? `≤${down[1]}${down[2] ? "%" : ""}` : null;
}

/** The value's own text in the cell, when its span holds exactly that text. */
function exactIn(row: TableRow, v: IndicatorValue): boolean {
  const t = row.indicatorText;
  return t !== null && row.indicatorCell === v.span.cell && t.slice(v.span.start, v.span.end) === v.text;
}

/** One fix rewriting every rubric value of the indicator in its cell to the target. */
function targetFix(row: TableRow, values: IndicatorValue[], target: string): Fix | null {
  if (values.length === 0 || !values.every((v) => exactIn(row, v))) return null;
  const sorted = [...values].sort((a, b) => a.span.start - b.span.start);
  const start = sorted[0].span.start;
  const end = sorted[sorted.length - 1].span.end;
  const text = row.indicatorText!;
  let out = "";
  let at = start;
  for (const v of sorted) {
    out += text.slice(at, v.span.start) + target;
    at = v.span.end;
  }
  return { cell: sorted[0].span.cell, start, end, replacement: out + text.slice(at, end), description: `将评分标准改为目标值“${target}”`, descriptionEn: `Change the scoring rubric to the target “${target}”` };
}

const rubricValues = (ind: Indicator): IndicatorValue[] =>
  [ind.periodValue, ind.annualValue].filter((v): v is IndicatorValue => v !== null && RUBRIC.test(v.text));

/** A scoring rubric written as the value (得满分 / 扣…分 / 酌情 / 不得分). */
export const rubricAsValue: Rule = createRule({
  meta: {
    id: "rubric-as-value",
    severity: "warning",
    scope: "indicator",
    category: "indicator",
    title: "指标值写成了评分标准",
    titleEn: "Scoring rubric written as the value",
    fixable: true,
    messages: {
      rubricWithTarget: {
        zh: "项目“{project}”的{indicator}{field}“{value}”是评分标准，不是目标值。按其中的满分条件，目标值应为“{target}”；评分办法请写在评价方案中。",
        en: "Project \"{project}\": the {field} of {indicator} is a scoring rubric; the target it implies is {target}.",
      },
      rubric: {
        zh: "项目“{project}”的{indicator}{field}“{value}”是评分标准，不是目标值。请写明要达到的数量、比率、时限或可核验的结果；评分办法请写在评价方案中。",
        en: "Project \"{project}\": the {field} of {indicator} is a scoring rubric, not a target.",
      },
    },
    doc: {
      what: "找出写成评分标准的指标值（含“得满分”“扣…分”“酌情”“不得分”“部分得分”）。能读出满分条件的（如“85%及以上得满分”）给出修正：把该指标的评分标准改为“≥85%”。防误报：只看指标值，不看名称和绩效目标；“满意度”等正常的百分比目标值不含这些词，不会报。",
      why: "绩效目标表要写“要达到什么”，评分标准是绩效评价阶段的事；写成“有则得满分，否则酌情扣分”无法据以申报和监控，是评审常见的退回理由。默认为警告。",
      bad: "“活动出勤率；年度指标值:85%及以上得满分，否则每下降5%扣该项指标对应分数10%”",
      good: "“活动出勤率；年度指标值:≥85%”",
    },
    docEn: {
      what: "Finds values written as a scoring rubric (得满分, 扣…分, 酌情, 不得分, 部分得分). Where a full-score threshold can be read (85%及以上得满分) the fix rewrites the indicator's rubric values to that target (≥85%). Guard: values only; an ordinary percentage target has none of these words.",
      why: "A target says what is to be reached; a rubric belongs to the evaluation. A warning.",
      bad: "85%及以上得满分，否则每下降5%扣该项指标对应分数10%.",
      good: "≥85%.",
    },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        const values = rubricValues(ind);
        if (values.length === 0) return;
        const first = values.find((v) => v === ind.annualValue) ?? values[0];
        const target = impliedTarget(first.text);
        const field = valueField(ind, first);
        const f = indicatorFinding(rubricAsValue, table, row, ind, {
          span: first.span,
          subject: first.text,
          messageId: target ? "rubricWithTarget" : "rubric",
          data: { project: row.name, indicator: indicatorRefData(ind), field, value: first.text, target: target ?? "" },
        });
        // every rubric value gets the same target only when they all imply it
        const fix = target && values.every((v) => impliedTarget(v.text) === target) ? targetFix(row, values, target) : null;
        if (fix) f.fix = fix;
        out.push(f);
      },
    };
  },
});
