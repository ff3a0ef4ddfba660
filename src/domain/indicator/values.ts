/**
 * Reads one 指标值 (`≥90%`, `大于等于1批次`, `不超过24万元`, `2023年12月31日前`, `达标`) into a
 * ParsedValue. A value is a quantity only when it is one number with at most a comparator, a unit
 * and a short text prefix; scoring prose with several numbers stays qualitative, because reading a
 * single target out of it would be a guess.
 *
 * Tables repeat their values (≥90%, 100%, 达标, 按标准列支 on thousands of items, and 实施周期
 * equals 年度 in most code-dialect items), so parseValue remembers recent results and hands out
 * the same frozen ParsedValue for the same text: the grammar runs once per distinct text, and a
 * 10,000-project model holds a few thousand values instead of ~100,000 copies for the GC to move.
 */
import type { Comparator, ParsedValue } from "../model";
import { isSpaceCode } from "./chars";

/** Comparators written before the number, longest first so 大于等于 wins over 大于. */
const PRE_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ["大于或等于", "≥"], ["小于或等于", "≤"],
  ["大于等于", "≥"], ["小于等于", "≤"],
  [">=", "≥"], ["＞＝", "≥"], ["<=", "≤"], ["＜＝", "≤"],
  ["不低于", "≥"], ["不少于", "≥"], ["不小于", "≥"], ["至少", "≥"],
  ["不超过", "≤"], ["不高于", "≤"], ["不多于", "≤"], ["不大于", "≤"], ["不超", "≤"], ["最多", "≤"],
  ["≥", "≥"], ["≧", "≥"], ["≤", "≤"], ["≦", "≤"],
  ["未超过", "≤"], ["未超", "≤"],
  ["大于", ">"], ["超过", ">"], ["高于", ">"], ["多于", ">"], ["＞", ">"], [">", ">"],
  ["小于", "<"], ["低于", "<"], ["少于", "<"], ["不足", "<"], ["不到", "<"], ["＜", "<"], ["<", "<"],
  ["等于", "="], ["＝", "="], ["=", "="],
];

/** Comparators written after the number and unit (90%以上, 5天以内). */
const POST_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ["（含）以上", "≥"], ["(含)以上", "≥"], ["及以上", "≥"], ["以上", "≥"],
  ["（含）以下", "≤"], ["(含)以下", "≤"], ["及以下", "≤"], ["以下", "≤"],
  ["以内", "≤"], ["之内", "≤"],
];

/** Units of measure, matched longest first. ％ is normalised to %. */
const UNITS: readonly string[] = [
  "平方公里", "平方千米", "个工作日", "平方米", "立方米", "万人次", "个百分点", "百分点", "工作日",
  "万元", "亿元", "千元", "人次", "户次", "场次", "批次", "班次", "课时", "学时", "个月", "小时", "分钟",
  "公里", "千米", "公顷", "万册", "万人", "万份", "万户", "万亩", "人日", "人月", "篇次", "期次", "台套",
  "%", "％", "‰", "元", "人", "个", "次", "家", "场", "批", "份", "期", "名", "天", "日", "周", "月", "年",
  "分", "户", "篇", "项", "套", "台", "辆", "册", "张", "本", "所", "间", "座", "条", "米", "吨", "亩",
  "件", "例", "班", "部", "处", "盏", "棵", "株", "块", "组", "队", "支", "轮", "届", "类", "季", "号",
  "幅", "首", "集", "栋", "层", "宗", "笔", "kg", "km", "m²", "㎡", "GB", "TB",
].sort((a, b) => b.length - a.length);

/** Per-something suffixes (元/人, 万元/年, 人/次). */
const PER = /^[/／](人次|人|次|年|月|天|日|个|户|项|件|台|平方米|㎡|m²|公里|km)/;

/** A number, with thousands separators (1,200) or a decimal part (846.13), digits of either width. */
const NUMBER_SOURCE = "[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?";
const NUMBER = new RegExp(`^(${NUMBER_SOURCE})`);
const NUMBERS = new RegExp(NUMBER_SOURCE, "g");

/** Trailing punctuation that belongs to the sentence, not the value (as /[\s。．.;；,，、:：!！]+$/). */
const TRAILING_PUNCT = "。．.;；,，、:：!！";
const NOTHING_FILLED = /^[\p{P}\p{S}\s]*$/u;
const FULL_WIDTH_NUMBER = /[０-９．]/;
const A_DIGIT = /[0-9０-９]/;

function halfDigits(s: string): string {
  if (!FULL_WIDTH_NUMBER.test(s)) return s;
  return s.replace(/[０-９．]/g, (d) => (d === "．" ? "." : String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}

function startsWithAny<T>(s: string, list: ReadonlyArray<readonly [string, T]>): readonly [string, T] | null {
  for (const item of list) if (s.startsWith(item[0])) return item;
  return null;
}

/** The value text as the parser treats it: trimmed of spaces and of sentence punctuation. */
export function trimValueText(raw: string): string {
  // trim() has already removed leading spaces, so cutting the trailing run is all that is left
  const s = raw.trim();
  let e = s.length;
  while (e > 0 && (isSpaceCode(s.charCodeAt(e - 1)) || TRAILING_PUNCT.includes(s[e - 1]))) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** Recent results by raw text; cleared when full so memory stays bounded whatever the table holds. */
const MEMO = new Map<string, ParsedValue>();
const MEMO_MAX_ENTRIES = 4096;
const MEMO_MAX_LENGTH = 80;

/**
 * The value text read. The result is frozen and may be shared with other calls on the same text:
 * the model is read-only (every field of a ParsedValue is a primitive, so there is nothing to copy).
 */
export function parseValue(raw: string): ParsedValue {
  const key = raw ?? "";
  const known = MEMO.get(key);
  if (known) return known;
  const parsed = Object.freeze(parseValueText(key));
  if (key.length <= MEMO_MAX_LENGTH) {
    if (MEMO.size >= MEMO_MAX_ENTRIES) MEMO.clear();
    MEMO.set(key, parsed);
  }
  return parsed;
}

function parseValueText(raw: string): ParsedValue {
  const text = trimValueText(raw);
  // blank, or nothing but punctuation and symbols (—, /, ≥ alone): nothing was filled in
  if (NOTHING_FILLED.test(text)) return { kind: "empty" };
  return parseDeadline(text) ?? parseQuantity(text) ?? { kind: "qualitative", text };
}

/** `[prefix][comparator]number[unit][/per][post-comparator]`, exactly one number. */
function parseQuantity(text: string): ParsedValue | null {
  const digitRuns = text.match(NUMBERS) ?? [];
  if (digitRuns.length !== 1) return null;
  const at = text.search(A_DIGIT);
  let head = text.slice(0, at);
  let rest = text.slice(at);
  // the comparator sits right before the number, after any prefix
  let comparator: Comparator | null = null;
  let comparatorText: string | null = null;
  for (let i = 0; i < head.length; i++) {
    const hit = startsWithAny(head.slice(i), PRE_COMPARATORS);
    if (hit && head.slice(i + hit[0].length).trim() === "") {
      comparator = hit[1];
      comparatorText = hit[0];
      head = head.slice(0, i);
      break;
    }
  }
  const prefix = head.trim().replace(/[:：\s]+$/, "");
  if (prefix.length > 24 || /[，,；;。]/.test(prefix)) return null;
  const num = NUMBER.exec(rest);
  if (!num) return null;
  const numberText = num[1];
  rest = rest.slice(numberText.length).trim();
  let unit: string | null = null;
  const u = UNITS.find((x) => rest.startsWith(x));
  if (u) {
    unit = u === "％" ? "%" : u;
    rest = rest.slice(u.length);
    const per = PER.exec(rest);
    if (per) {
      unit += "/" + per[1];
      rest = rest.slice(per[0].length);
    }
  }
  const post = startsWithAny(rest, POST_COMPARATORS);
  if (post && comparator === null) {
    comparator = post[1];
    comparatorText = post[0];
    rest = rest.slice(post[0].length);
  }
  if (rest.trim() !== "") return null;
  const value: ParsedValue = {
    kind: "quantity",
    comparator,
    comparatorText,
    number: Number(halfDigits(numberText).replace(/[,，]/g, "")),
    numberText,
    unit,
  };
  if (prefix) value.prefix = prefix;
  return value;
}

const CN_QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** What may follow a date: 前, 之前, 以前, 底前, 内, 完成, 止 (and combinations). */
const AFTER_DATE = /^(底|末)?(之前|以前|前|内|止|为止)?(完成|完工|结束|办结)?$/;
/** A short lead-in: 于, 在, 截至, 完成时间 … (no digits, no sentence punctuation). */
const BEFORE_DATE = /^[^\d，,；;。]{0,8}$/;

type DeadlinePick = (m: RegExpExecArray) => [number | null, number | null, number | null, number | null];

/** Tried in order; the first whose match is the whole value (but for a lead-in and a 前/内 tail) wins. */
const DEADLINES: ReadonlyArray<{ re: RegExp; pick: DeadlinePick }> = [
  { re: /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})[日号]/, pick: (m) => [+m[1], +m[2], +m[3], null] },
  { re: /((?:19|20)\d{2})[.\-/](\d{1,2})[.\-/](\d{1,2})/, pick: (m) => [+m[1], +m[2], +m[3], null] },
  { re: /((?:19|20)\d{2})年(\d{1,2})月(?:份)?/, pick: (m) => [+m[1], +m[2], null, null] },
  { re: /((?:19|20)\d{2})[.\-/](\d{1,2})(?![\d.])/, pick: (m) => [+m[1], +m[2], null, null] },
  { re: /((?:19|20)\d{2})年(?:第)?([一二三四1-4])季度/, pick: (m) => [+m[1], null, null, CN_QUARTER[m[2]]] },
  { re: /((?:19|20)\d{2})年(?:度)?/, pick: (m) => [+m[1], null, null, null] },
  { re: /(?<!\d)(\d{1,2})月(\d{1,2})[日号]/, pick: (m) => [null, +m[1], +m[2], null] },
  { re: /(?<!\d)(\d{1,2})月(?:份)?(?=底|末|前|之前|以前|内)/, pick: (m) => [null, +m[1], null, null] },
  { re: /第([一二三四1-4])季度/, pick: (m) => [null, null, null, CN_QUARTER[m[1]]] },
];

/** Every deadline pattern needs 年, 月 or 季, or a year followed by `.` `-` `/`. */
const MAY_BE_DEADLINE = /[年月季]|(?:19|20)\d{2}[.\-/]/;

/** 2023年12月31日前, 2025年6月底前, 12月31日前, 第三季度前, 2024.06, 2024年底前. */
function parseDeadline(text: string): ParsedValue | null {
  const t = halfDigits(text);
  if (!MAY_BE_DEADLINE.test(t)) return null;
  for (const { re, pick } of DEADLINES) {
    const m = re.exec(t);
    if (!m) continue;
    const before = t.slice(0, m.index);
    const after = t.slice(m.index + m[0].length);
    if (!BEFORE_DATE.test(before) || !AFTER_DATE.test(after)) continue;
    const [year, month, day, quarter] = pick(m);
    if (month !== null && (month < 1 || month > 12)) continue;
    if (day !== null && (day < 1 || day > 31)) continue;
    return { kind: "deadline", year, month, day, quarter, text };
  }
  return null;
}
