import type { Indicator } from "../model";
import { visitorRule, type VisitorRule } from "./support/visitor";
import { indicatorFinding, indicatorRef } from "./support/findings";

/** Names compare without spaces, brackets' width or a trailing full stop. */
const NEEDS_NORMALISING = /[\s\u3000（）。.;；,，]/;
const nameKey = (s: string): string =>
  NEEDS_NORMALISING.test(s) ? s.replace(/[\s\u3000（）]|[。.;；,，]+$/g, (ch) => (ch === "（" ? "(" : ch === "）" ? ")" : "")) : s;

/** Whether a non-empty key occurs twice: pairwise for the usual handful, a Set for long lists. */
function hasRepeat(keys: string[]): boolean {
  if (keys.length > 16) {
    const set = new Set<string>();
    for (const k of keys) {
      if (!k) continue;
      if (set.has(k)) return true;
      set.add(k);
    }
    return false;
  }
  for (let i = 1; i < keys.length; i++) {
    if (!keys[i]) continue;
    for (let j = 0; j < i; j++) if (keys[j] === keys[i]) return true;
  }
  return false;
}

const seqText = (i: Indicator): string => (i.seq !== null ? `第${i.seq}项` : `第${i.row}行`);

/** The same indicator twice in one project. */
export const duplicateIndicator: VisitorRule = visitorRule({
  id: "duplicate-indicator",
  severity: "warning",
  category: "indicator",
  title: "项目内指标重复",
  titleEn: "Indicator repeated within a project",
  doc: {
    what: "找出同一项目内三级指标名称相同的指标（忽略空格和全半角括号）。",
    why: "重复的指标多半是复制后忘了修改，既重复计分，又挤掉了本该设置的指标。",
    bad: "同一项目中两次出现“服务年限；年度指标值:1年”。",
    good: "每个指标只出现一次；需要分别衡量时用不同名称区分（如“物业服务年限”“运营服务年限”）。",
  },
  docEn: {
    what: "Finds two indicators with the same name in one project (ignoring spaces and bracket width).",
    why: "A repeated indicator is usually a copy never edited: it scores twice and displaces the one that was meant.",
    bad: "服务年限 twice in one project.",
    good: "Each indicator once, with distinct names where two things are measured.",
  },
  visitor(table, _ctx, out) {
    return {
      project(row) {
        const inds = row.indicators;
        // a few indicators per project: compare keys pairwise until a repeat shows up; a Map only then
        const keys = inds.map((i) => (i.name?.text.trim() ? nameKey(i.name.text.trim()) : ""));
        if (!hasRepeat(keys)) return;
        const seen = new Map<string, { first: Indicator; count: number }>();
        inds.forEach((ind, k) => {
          const name = ind.name?.text.trim();
          if (!name) return;
          const key = keys[k];
          const prior = seen.get(key);
          if (!prior) {
            seen.set(key, { first: ind, count: 1 });
            return;
          }
          prior.count++;
          out.push(
            indicatorFinding(duplicateIndicator, table, row, ind, {
              span: ind.name!.span,
              fieldSuffix: String(prior.count),
              subject: name,
              message: `项目“${row.name}”的${indicatorRef(ind)}与${seqText(prior.first)}指标重名。请删除重复项，或改用能区分二者的名称。`,
              messageEn: `Project "${row.name}": indicator "${name}" appears again (first as ${prior.first.seq !== null ? `#${prior.first.seq}` : `row ${prior.first.row}`}).`,
            }),
          );
        });
      },
    };
  },
});
