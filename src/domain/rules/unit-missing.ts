import type { Finding } from "../finding";
import type { Indicator, IndicatorValue, Span, TableRow } from "../model";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { changeFix } from "./support/fix-text";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { sameTextKey } from "./support/text-keys";
import { unitFromName } from "./support/unit-from-name";
import { cellTextOf, spanIn, VALUE_DEFS, valueOf } from "./support/value-text";

/** A unit given with the name instead: 形成研究报告（份）. */
const UNIT_IN_NAME = /[（(][^（）()]{1,6}[）)]\s*$/;

/** A quantitative value without a unit of measure. */
export const unitMissing: Rule = createRule({
  meta: {
  id: "unit-missing",
  severity: "warning",
  category: "indicator",
  title: "定量指标缺少计量单位",
  titleEn: "Quantitative value without a unit",
  scope: "indicator",
  fixable: true,
  messages: {
    noUnit: {
      zh: "项目“{project}”的{indicator}{field}“{value}”只有数字，没有计量单位。请写明单位（如个、人次、%、万元、天）。",
      en: "Project \"{project}\": the {field} of {indicator} (\"{value}\") has no unit.",
    },
  },
  doc: {
    what: "检查数字型指标值是否带有计量单位（个、人次、%、万元、天等）。名称中已用括号注明单位（如“形成研究报告（份）”）或表中有“计量单位”列并已填写的除外。指标名称本身定下了单位的（…人数→人、…人次→人次、…户数→户、…个数→个、…天数→天、…次数→次），给出补上单位的修改建议；“数量”“面积”“企业数”等单位不确定的不给。",
    why: "定量的三级指标必须设置指标性质和计量单位（预算管理一体化指标库要求）；“≥30”不知道是30人、30次还是30%。",
    bad: "“走访企业数，年度指标值：≥40。”；“培训人数，年度指标值：≥50。”",
    good: "“走访企业数，年度指标值：≥40家。”；“培训人数，年度指标值：≥50人。”",
  },
  docEn: {
    what: "Checks that numeric values carry a unit (个, 人次, %, 万元, 天 …), unless the name gives it in brackets or a filled 计量单位 column does. Where the name fixes the unit (…人数 → 人, …人次 → 人次, …户数 → 户, …个数 → 个, …天数 → 天, …次数 → 次) a fix adds it; names that leave it open (数量, 面积, 企业数) get none.",
    why: "A quantitative indicator must have a unit; '≥30' could be 30 people, 30 times or 30%.",
    bad: "走访企业数 ≥40; 培训人数 ≥50.",
    good: "走访企业数 ≥40家; 培训人数 ≥50人.",
  },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        if (ind.measureUnit) return;
        // one finding per distinct text; the numbers it stands for, to fix them all at once
        let seen: Map<string, { finding: Finding; numbers: Span[] | null }> | null = null;
        for (let j = 0; j < VALUE_DEFS.length; j++) {
          const d = VALUE_DEFS[j];
          const value = valueOf(ind, d);
          if (!value) continue;
          const p = value.parsed;
          if (p.kind !== "quantity" || p.unit) continue;
          if (UNIT_IN_NAME.test(ind.name?.text ?? "")) break;
          seen ??= new Map();
          const same = sameTextKey(value.text);
          const number = numberAtEnd(value, row);
          const prior = seen.get(same);
          if (prior) {
            prior.numbers = prior.numbers && number ? [...prior.numbers, number] : null;
            continue;
          }
          const finding = indicatorFinding(unitMissing, table, row, ind, {
            span: value.span,
            fieldSuffix: d.label,
            subject: value.text,
            messageId: "noUnit",
            data: { project: row.name, indicator: indicatorRefData(ind), field: d.name, value: value.text },
          });
          out.push(finding);
          seen.set(same, { finding, numbers: number ? [number] : null });
        }
        if (seen) addFixes(seen.values(), row, ind);
      },
    };
  },
});

/**
 * Where the value's number stands in the cell, when it ends the value (≥50, 50): the unit goes
 * right after it. 50以上 gets no fix here: nonstandard-symbol's fix rewrites it to ≥50 first.
 */
function numberAtEnd(value: IndicatorValue, row: TableRow): Span | null {
  if (value.parsed.kind !== "quantity") return null;
  const numberText = value.parsed.numberText;
  const ct = cellTextOf(value, row);
  const text = ct.text.trimEnd();
  if (!numberText || !text.endsWith(numberText)) return null;
  const { span, exact } = spanIn(ct, text.length - numberText.length, text.length);
  return exact ? span : null;
}

/**
 * The unit the name fixes, after each number of a finding: one fix over all of them (the compact
 * cell often repeats ≥50 in both values, and a fix of one would leave the other to report).
 */
function addFixes(pending: Iterable<{ finding: Finding; numbers: Span[] | null }>, row: TableRow, ind: Indicator): void {
  const unit = unitFromName(ind.name?.text);
  if (!unit) return;
  for (const { finding, numbers } of pending) {
    // a fix writes one cell: where the values have cells of their own (expanded, form), the
    // finding's; the other value's number is then a finding (and a fix) of its own
    const here = numbers?.filter((n) => n.cell === finding.cell);
    if (!here?.length) continue;
    const sorted = here.sort((a, b) => a.start - b.start);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    // one number: it is the value's numberText; more: the text between them is the compact cell's
    const source = sorted.length === 1 ? null : row.indicatorCell === first.cell ? row.indicatorText : undefined;
    if (source === undefined) continue;
    const number = numberIn(finding, source, first);
    let replacement = "";
    let at = first.start;
    for (const n of sorted) {
      replacement += (source === null ? number : source.slice(at, n.end)) + unit;
      at = n.end;
    }
    finding.fix = changeFix({ cell: first.cell, start: first.start, end: last.end }, replacement, number, number + unit, sorted.length);
  }
}

/** The number's text at `span`: from the cell when it is known, else the finding's value ends in it. */
function numberIn(finding: Finding, source: string | null, span: Span): string {
  if (source !== null) return source.slice(span.start, span.end);
  const value = finding.subject.trimEnd();
  return value.slice(value.length - (span.end - span.start));
}
