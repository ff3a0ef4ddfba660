/**
 * Doubled words and punctuation that are typing slips (否则否则, 。。, 的的, 二十大大精神), without
 * tripping on Chinese reduplication that is correct (常常, 人人, 天天, 谢谢, 看看, 个个, 一一, 多多,
 * 星星, 紧紧, 和和美美) or on doubles across a word boundary (促进进一步, 企企互助, 商会会长).
 * So a single doubled character is flagged only for a few function words and for 会 not starting a
 * 会X word; a doubled word needs two to four characters (ABAB), and 一X一X (一步一步) is fine.
 *
 * A hand-written scan, not regular expressions: every goal and indicator text of a 10,000-project
 * table passes through here, and one pass over the characters is all it takes.
 */
export interface Typo {
  /** offsets in the text searched */
  index: number;
  text: string;
  /** the text with the slip removed */
  replacement: string;
}

/** ABAB reduplications that are correct verbs (研究研究 = have a look into). */
const ABAB_OK = new Set(["研究", "讨论", "商量", "考虑", "了解", "休息", "活动", "锻炼", "打听", "琢磨", "收拾", "比划", "介绍"]);
/** 会 followed by these starts a word (商会会长, 协会会员, 理事会会议): not a slip. */
const HUI_WORD = new Set([..."长员议费所务计展同商谈见签场期刊标徽章址歌旗友聚演晤诊审"]);
/** Sentence punctuation that is never doubled (…… and —— are single marks, so not here). */
const PUNCT = new Set([..."。，、；：！？,;!?"]);
/** Function words that never double (的的, 和和, 在在 …). */
const FUNCTION_WORDS = new Set([..."的和与及或在把被并"]);
const NUMERALS = new Set([..."一二三四五六七八九"]);

const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

function cjkRun(text: string, i: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (!isCjk(text.charCodeAt(i + k))) return false;
  return true;
}

function sameRun(text: string, i: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (text.charCodeAt(i + k) !== text.charCodeAt(i + len + k)) return false;
  return true;
}

/** `二十` / `十九` / `二十一` right before position i (a party congress number ending in 大). */
function congressNumberBefore(text: string, i: number): number {
  // [一..九]?十[一..九]?  — returns where it starts, or -1
  let j = i;
  if (j > 0 && NUMERALS.has(text[j - 1]) && text[j - 2] === "十") j -= 1;
  if (j > 0 && text[j - 1] === "十") {
    j -= 1;
    if (j > 0 && NUMERALS.has(text[j - 1])) j -= 1;
    return j;
  }
  return -1;
}

/** The sets above as UTF-16 code units, for the scan's charCodeAt comparisons. */
const codes = (set: Set<string>): Set<number> => new Set([...set].map((ch) => ch.charCodeAt(0)));
const PUNCT_CODES = codes(PUNCT);
const FUNCTION_CODES = codes(FUNCTION_WORDS);
const HUI = 0x4f1a; // 会
const DA = 0x5927; // 大
const DE = 0x7684; // 的
const QUE = 0x786e; // 确

const NONE: Typo[] = [];

/**
 * The code unit at i, or -1 past the end (n is the text's length). Both scanners read through it,
 * so past the end means one thing: -1, which equals no character.
 */
const codeAt = (text: string, i: number, n: number): number => (i < n ? text.charCodeAt(i) : -1);

function scan(text: string): Typo[] {
  // most texts hold no slip: the list is made only when one turns up
  let out: Typo[] | null = null;
  const n = text.length;
  for (let i = 0; i + 1 < n; i++) {
    const code = text.charCodeAt(i);
    if (codeAt(text, i + 1, n) === code) {
      if (PUNCT_CODES.has(code)) {
        const c = text[i];
        let j = i + 1;
        while (j < n && text.charCodeAt(j) === code) j++;
        (out ??= []).push({ index: i, text: text.slice(i, j), replacement: c });
        i = j - 1;
        continue;
      }
      if (FUNCTION_CODES.has(code)) {
        const c = text[i];
        const aabb = i + 3 < n && text.charCodeAt(i + 2) === text.charCodeAt(i + 3);
        if (!aabb && !(code === DE && text.charCodeAt(i + 2) === QUE)) (out ??= []).push({ index: i, text: c + c, replacement: c });
        continue;
      }
      if (code === HUI && !HUI_WORD.has(text[i + 2] ?? "")) {
        (out ??= []).push({ index: i, text: "会会", replacement: "会" });
        continue;
      }
      if (code === DA && text.charCodeAt(i + 2) !== HUI) {
        const at = congressNumberBefore(text, i);
        if (at >= 0) (out ??= []).push({ index: at, text: text.slice(at, i + 2), replacement: text.slice(at, i + 1) });
        continue;
      }
    }
    // ABAB needs at least four characters and a CJK first one: skip the rest cheaply
    if (i + 4 > n || !isCjk(code)) continue;
    // a doubled word of 2–4 characters has its first one again 2–4 places on: nearly no place does
    if (codeAt(text, i + 2, n) !== code && codeAt(text, i + 3, n) !== code && codeAt(text, i + 4, n) !== code) continue;
    // ABAB: the longest doubled word of 2–4 characters starting here
    for (let len = 4; len >= 2; len--) {
      if (i + 2 * len > n || !sameRun(text, i, len) || !cjkRun(text, i, len)) continue;
      const word = text.slice(i, i + len);
      if (word.startsWith("一") || ABAB_OK.has(word)) break;
      (out ??= []).push({ index: i, text: word + word, replacement: word });
      i += 2 * len - 1;
      break;
    }
  }
  if (out === null) return NONE;
  if (out.length === 1) return out;
  out.sort((a, b) => a.index - b.index);
  const kept: Typo[] = [];
  for (const t of out) {
    const last = kept[kept.length - 1];
    if (last && t.index < last.index + last.text.length) continue;
    kept.push(t);
  }
  return kept;
}

/**
 * Where the first place that could start a slip is, -1 when none does, or -2 when a line break
 * comes first and `breaks` counts it. Nothing is allocated: every goal and indicator text passes
 * through here, and nearly every one is clean.
 *
 * Every slip the scan reports starts where a character is doubled (。。, 的的, 会会, 大大) or where
 * its first two characters come again 2–4 places on (ABAB of 2–4 characters), and that character is
 * CJK, full-width punctuation or one of , ; ! ?; the window tests just that. A single character
 * repeating a few places on (的…的) is common in prose and not enough.
 */
function firstCandidate(text: string, breaks: boolean): number {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c0 = text.charCodeAt(i);
    const c1 = codeAt(text, i + 1, n);
    if (c0 <= 0x0d && breaks && (c0 === 0x0a || c0 === 0x0d)) return -2;
    // digits and letters double all the time (100%, 2025) and never start a slip
    if (c0 < 0x3000 && c0 !== 0x2c && c0 !== 0x3b && c0 !== 0x21 && c0 !== 0x3f) continue;
    if (c0 === c1) return i;
    // the first two characters again 2, 3 or 4 places on
    for (let k = 2; k <= 4; k++) if (c0 === codeAt(text, i + k, n) && c1 === codeAt(text, i + k + 1, n)) return i;
  }
  return -1;
}

/**
 * Whether the text may hold a slip or a line break (which may hide one: 否\n则否则). A text
 * without a place that could start a slip is surely clean; nearly every text is.
 */
export function mayHaveSlip(text: string): boolean {
  const at = firstCandidate(text, true);
  if (at === -2) return true;
  if (at < 0) return false;
  if (scan(text).length > 0) return true;
  // no slip after all: a line break further on still counts
  return hasLineBreak(text, at + 1);
}

function hasLineBreak(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

/**
 * Every slip in the text, in order, overlapping matches dropped. Not memoised: a clean text is
 * turned away by one read of its characters, cheaper than hashing it for a lookup would be.
 */
export function findTypos(text: string): Typo[] {
  if (text.length < 2 || firstCandidate(text, false) < 0) return NONE;
  return scan(text);
}
