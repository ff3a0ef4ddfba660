import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { escapeRegExp, sameTextKey } from "./support/text-keys";
import { placeholderIn } from "./support/placeholders";
import { locateAll, VALUE_DEFS, valueOf } from "./support/value-text";

/** XX, **, *, 待定, —, ×× left in a value instead of a real target. */
export const placeholderValue: Rule = createRule({
  meta: {
  id: "placeholder-value",
  severity: "error",
  category: "indicator",
  title: "指标值为占位符",
  titleEn: "Placeholder in an indicator value",
  scope: "indicator",
  fixable: false,
  messages: {
    placeholder: {
      zh: "项目“{project}”的{indicator}{field}为“{value}”，其中“{placeholder}”是未替换的占位符。请填写实际目标值。",
      en: "Project \"{project}\": the {field} of {indicator} is \"{value}\", a placeholder.",
    },
  },
  doc: {
    what: "找出指标值中未替换的占位符：XX、××、**、*、待定、待补充，或只填了“—”“/”。",
    why: "占位符说明指标值还没有确定，公开或报送后既无法衡量，也显得表格未完成。",
    bad: "“年度指标值:≥XX%”、“年度指标值:**”、“年度指标值:待定”。",
    good: "“年度指标值:≥95%”。",
  },
  docEn: {
    what: "Finds placeholders left in values: XX, ××, **, *, 待定, 待补充, or a value that is only '—' or '/'.",
    why: "A placeholder means the target was never set; the table looks unfinished and cannot be measured.",
    bad: "≥XX%, **, 待定.",
    good: "≥95%.",
  },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        let said: string | null = null;
        // a text found clean: the other value often repeats it, and placeholderIn reads the text alone
        let clean: string | null = null;
        for (let j = 0; j < VALUE_DEFS.length; j++) {
          const d = VALUE_DEFS[j];
          const value = valueOf(ind, d);
          if (!value || value.text === clean) continue;
          const hit = placeholderIn(value.text);
          if (hit === null) {
            clean = value.text;
            continue;
          }
          // 实施周期 and 年度 often repeat the same text: one finding for the same placeholder text
          const same = sameTextKey(value.text);
          if (same === said) continue;
          said = same;
          const at = locateAll(value, row, new RegExp(escapeRegExp(hit)))[0];
          out.push(
            indicatorFinding(placeholderValue, table, row, ind, {
              span: at?.span ?? value.span,
              fieldSuffix: d.label,
              subject: value.text,
              messageId: "placeholder",
              data: { project: row.name, indicator: indicatorRefData(ind), field: d.name, value: value.text, placeholder: hit },
            }),
          );
        }
      },
    };
  },
});
