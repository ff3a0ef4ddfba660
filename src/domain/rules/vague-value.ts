import { createRule } from "./create-rule";
import { placeholderIn } from "./support/placeholders";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { sameTextKey } from "./support/text-keys";
import { locateAll, type Located, VALUE_DEFS, valueOf } from "./support/value-text";

/**
 * Words that make a value unmeasurable (domain.md V6). Whole phrases first so the finding quotes
 * 持续提升 rather than 持续. 基本 is left out: 基本公共服务 is a noun, not a hedge.
 */
export const VAGUE_WORDS = [
  "持续提升", "持续提高", "持续深化", "持续改善", "有所提高", "有所提升", "有所改善", "有所增加",
  "明显提高", "明显提升", "明显改善", "显著提高", "显著提升", "逐步提高", "逐步提升", "稳步提升", "稳步提高",
  "进一步", "不断", "持续", "逐步", "稳步", "明显", "显著", "加强", "增强", "提升", "提高", "改善",
  "强化", "深化", "力争", "争取", "尽量", "尽可能", "大约", "左右", "较好", "良好", "较高",
];
const VAGUE = new RegExp(VAGUE_WORDS.join("|"));

/** Names that ask for a number: counts, rates, amounts, areas (…次数, …人数, …率, …面积). */
const COUNT_NAME = /(次数|人数|个数|户数|家数|场次|数量|[^分]数|率|面积|金额|时长|天数)$/;
/** The last characters COUNT_NAME can end on (数 次 量 率 积 额 长). */
const COUNT_ENDS = new Set([..."数次量率积额长"].map((ch) => ch.charCodeAt(0)));
/** COUNT_NAME, asked only of names ending on one of its last characters: a $-anchored pattern is tried at every position. */
const isCountName = (name: string): boolean => COUNT_ENDS.has(name.charCodeAt(name.length - 1)) && COUNT_NAME.test(name);

/** A value that gives a number in words: 一家律所, 两名, 三次. */
const WORDED_NUMBER = /[一二两三四五六七八九十百千万]+\s*[个家名人次场批份项所套台件期篇天年月]/;

const DIGIT = /[0-9０-９]/;
const NEGATED = /[不未没]/;
/** 成效不明显 / 未提高 describe a shortfall in a scoring rule, not a vague target. */
const isTarget = (h: Located): boolean => !NEGATED.test(h.source.charAt(h.index - 1));

/** An unmeasurable value (持续提升, 有所提高, 加强, 稳步 …) where a number or a checkable fact fits. */
export const vagueValue: Rule = createRule({
  meta: {
  id: "vague-value",
  severity: "warning",
  category: "indicator",
  title: "指标值难以衡量",
  titleEn: "Vague indicator value",
  scope: "indicator",
  fixable: false,
  options: {
    defaults: { words: VAGUE_WORDS },
    schema: (z) => z.object({ words: z.array(z.string()).default(VAGUE_WORDS) }),
  },
  messages: {
    vagueWord: {
      zh: "项目“{project}”的{indicator}{field}为“{value}”，“{word}”无法衡量是否达成。能量化的请改为具体数值（数量、比率、时限），不能量化的请写可核验的结果。",
      en: "Project \"{project}\": the {field} of {indicator} (\"{value}\") is not measurable (\"{word}\").",
    },
    noNumber: {
      zh: "项目“{project}”的{indicator}衡量的是数量或比率，{field}“{value}”却没有给出数字，无法衡量是否达成。请填写具体目标值（如“≥4次”“≥95%”）。",
      en: "Project \"{project}\": {indicator} asks for a number but its {field} (\"{value}\") gives none.",
    },
  },
  doc: {
    what: "找出用“持续提升、有所提高、加强、稳步、进一步、明显、不断、良好”等程度词作为目标值的定性指标值。",
    why: "绩效目标要求细化、量化、可衡量（财预〔2015〕88号、财预〔2021〕101号“量化易评”）；“持续提升”无法判断是否达成。指标值不可衡量是绩效目标被退回最常见的原因，故为警告。",
    bad: "“企业创新力，年度指标值：企业创新力持续提升。”",
    good: "“新增企业创新研发平台数，年度指标值：≥3个。”；确实无法量化时写可核验的事实，如“完成年度调研报告并报区委”。",
  },
  docEn: {
    what: "Finds qualitative values built on degree words (持续提升, 有所提高, 加强, 稳步, 进一步, 明显, 不断, 良好 …).",
    why: "Targets must be specific and measurable; 'keeps improving' can never be judged met or missed. An unmeasurable value is the commonest reason a table is returned, hence a warning.",
    bad: "企业创新力，年度指标值：企业创新力持续提升。",
    good: "新增企业创新研发平台数，年度指标值：≥3个。",
  },
  },
  visitor(table, ctx, out) {
    const words = Array.isArray(ctx.options.words) ? (ctx.options.words as string[]).filter((w) => w) : VAGUE_WORDS;
    if (words.length === 0) return {};
    const re = words === VAGUE_WORDS ? VAGUE : new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
    return {
      indicator(row, ind) {
        let said: string | null = null; // 实施周期 and 年度 with the same text: say it once
        // a text with no vague word and no count left unanswered: the other value often repeats it,
        // and both tests read the text (and the name) alone
        let quiet: string | null = null;
        for (let j = 0; j < VALUE_DEFS.length; j++) {
          const d = VALUE_DEFS[j];
          const value = valueOf(ind, d);
          if (!value || value.text === quiet) continue;
          if (value.parsed.kind !== "qualitative") continue;
          if (said !== null && sameTextKey(value.text) === said) continue;
          const vague = re.test(value.text);
          const hit = vague ? locateAll(value, row, re).find(isTarget) : undefined;
          if (hit) {
            said = sameTextKey(value.text);
            out.push(
              indicatorFinding(vagueValue, table, row, ind, {
                span: hit.span,
                fieldSuffix: d.label,
                subject: value.text,
                messageId: "vagueWord",
                data: { project: row.name, indicator: indicatorRefData(ind), field: d.name, value: value.text, word: hit.text },
              }),
            );
            continue;
          }
          // a count or rate answered with words only: 开展相关法律宣讲活动次数 → 开展相关法律宣讲活动
          const name = ind.name?.text.trim() ?? "";
          // ≥XX次 is a placeholder, not words: placeholder-value reports it once
          const unanswered = !DIGIT.test(value.text) && !WORDED_NUMBER.test(value.text) && placeholderIn(value.text) === null;
          if (!name || !isCountName(name) || !unanswered) {
            if (!vague) quiet = value.text;
            continue;
          }
          said = sameTextKey(value.text);
          out.push(
            indicatorFinding(vagueValue, table, row, ind, {
              span: value.span,
              fieldSuffix: d.label,
              subject: value.text,
              messageId: "noNumber",
              data: { project: row.name, indicator: indicatorRefData(ind), field: d.name, value: value.text },
            }),
          );
        }
      },
    };
  },
});
