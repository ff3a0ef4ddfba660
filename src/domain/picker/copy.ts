/**
 * 从本表复制: an indicator of another project of the same table as the starting point of the form.
 * Categories are taken by meaning. A 二级 the source does not write (seed 000's short dialect) is
 * filled when it is certain: the library knows the name under the same 一级, or the 一级 has a single
 * 二级 (满意度 → 31). A written 二级 that does not belong (14 in a 101号 table) is left empty, so the
 * form asks instead of guessing. Values go through valueFormOf (extra words kept as qualitative text).
 */
import { childrenOf, parentOf, resolveLevel1, resolveLevel2, type Scheme } from "../indicator/taxonomy";
import type { Indicator } from "../model";
import type { PickerForm } from "./form";
import { findSuggestion } from "./library";
import { valueText, valueFormOf, emptyValueForm } from "./value-form";

function level2Of(source: Indicator, level1: string, scheme: Scheme): string {
  const children = childrenOf(level1, scheme);
  if (source.level2) {
    const written = resolveLevel2(source.level2, scheme);
    return written && children.some((d) => d.code === written.code) ? written.code : "";
  }
  const known = source.name ? findSuggestion(source.name.text, scheme) : null;
  if (known && known.level1 === level1) return known.level2;
  return children.length === 1 ? children[0].code : "";
}

export function copyFromProject(source: Indicator, scheme: Scheme = "traditional"): PickerForm {
  const l1 =
    (source.level1 ? resolveLevel1(source.level1, scheme) : null) ?? (source.level2 ? parentOf(source.level2, scheme) : null);
  const annual = source.annualValue ? valueFormOf(source.annualValue.parsed, source.annualValue.text) : emptyValueForm("qualitative");
  const period = source.periodValue ? valueFormOf(source.periodValue.parsed, source.periodValue.text) : annual;
  return {
    level1: l1?.code ?? "",
    level2: l1 ? level2Of(source, l1.code, scheme) : "",
    name: source.name?.text.trim() ?? "",
    period,
    annual,
    annualSameAsPeriod: !source.periodValue || valueText(period) === valueText(annual),
  };
}
