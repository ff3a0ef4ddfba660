import type { Indicator } from "../model";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { isWhiteSpace } from "./support/text-keys";

/** Names compare without spaces, brackets' width or a trailing full stop. */
const NEEDS_NORMALISING = /[\s\u3000（）。.;；,，]/;
const NORMALISED = /[\s\u3000（）]|[。.;；,，]+$/g;
const normalised = (ch: string): string => (ch === "（" ? "(" : ch === "）" ? ")" : "");
const nameKey = (s: string): string => (NEEDS_NORMALISING.test(s) ? s.replace(NORMALISED, normalised) : s);

/** Characters nameKey drops or maps (white space, brackets, trailing stops) as seen by nameHash. */
const IGNORED = new Set([..."（）()。.;；,，"].map((ch) => ch.charCodeAt(0)));
const isIgnored = (c: number): boolean => isWhiteSpace(c) || IGNORED.has(c);

/**
 * A number for a name, read off its characters with every character nameKey may drop or map left
 * out: names with the same key get the same number (though one number may stand for two keys), so
 * a project whose numbers are all different has no repeat, and that is nearly every project.
 */
function nameHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // CJK ideographs, nearly every character of a name, are never ignored
    if ((c >= 0x4e00 && c <= 0x9fff) || !isIgnored(c)) h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

/** Whether two named indicators may share a key (their numbers repeat); false means surely not. */
function mayRepeat(inds: readonly Indicator[]): boolean {
  if (inds.length < 2) return false;
  // a handful per project: a list searched pairwise; a Set keeps a very long project linear
  const hashes: number[] = [];
  const set = inds.length > 16 ? new Set<number>() : null;
  for (let k = 0; k < inds.length; k++) {
    const name = inds[k].name?.text;
    // a name that trims to nothing has no key and never repeats
    if (!name || !name.trim()) continue;
    const h = nameHash(name);
    if (set) {
      if (set.has(h)) return true;
      set.add(h);
    } else {
      if (hashes.includes(h)) return true;
      hashes.push(h);
    }
  }
  return false;
}

const seqText = (i: Indicator) => (i.seq !== null ? { zh: `第${i.seq}项`, en: `#${i.seq}` } : { zh: `第${i.row}行`, en: `row ${i.row}` });

/** The same indicator twice in one project. */
export const duplicateIndicator: Rule = createRule({
  meta: {
  id: "duplicate-indicator",
  severity: "warning",
  category: "indicator",
  title: "项目内指标重复",
  titleEn: "Indicator repeated within a project",
  scope: "indicator",
  fixable: false,
  messages: {
    repeated: {
      zh: "项目“{project}”的{indicator}与{first}指标重名。请删除重复项，或改用能区分二者的名称。",
      en: "Project \"{project}\": {indicator} appears again (first as {first}).",
    },
  },
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
  },
  visitor(table, _ctx, out) {
    return {
      project(row) {
        const inds = row.indicators;
        // keys are made only for a project where two names may share one
        if (!mayRepeat(inds)) return;
        const keys = inds.map((i) => (i.name?.text.trim() ? nameKey(i.name.text.trim()) : ""));
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
              messageId: "repeated",
              data: { project: row.name, indicator: indicatorRefData(ind), first: seqText(prior.first) },
            }),
          );
        });
      },
    };
  },
});
