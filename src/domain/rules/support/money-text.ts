/**
 * Sums of money written in text (`不超过24万元`, `安排资金47万元`, `470,000元`), converted to the
 * table's unit. Per-unit money (`500元/人`, `每人200元`) is not a sum and is left out.
 */
import { scanMoney } from "./money-scan";
import { Big, convertMoney, decimalMicros, toHalfWidth, YUAN_PER_UNIT, type MoneyUnit } from "../../money";

/**
 * A sum found in text. Its big.js value is made on first use: most are only compared with a
 * project's 总计, which exact millionths of a 元 can do (`yuanMicros`) without big.js.
 */
export class MoneyMention {
  private big: Big | null = null;
  constructor(
    /** the number as written, separators removed */
    private readonly digits: string,
    readonly unit: MoneyUnit,
    /** offsets in the text searched */
    readonly start: number,
    readonly end: number,
    readonly text: string,
  ) {}

  /** the amount in the unit it was written in */
  get value(): Big {
    if (this.big === null) this.big = new Big(this.digits);
    return this.big;
  }

  /** the amount in millionths of a 元 when that is an exact safe integer, else null (use `value`) */
  get yuanMicros(): number | null {
    return scaled(decimalMicros(this.digits), this.unit);
  }
}

// The sums are found by scanMoney (money-scan.ts): digits (with thousands separators), then 亿元 /
// 万元 / 元, or a bare 万 not followed by a CJK character (`250万` = 250万元, but not `10万人次`);
// never followed by / or 每 (a rate per unit). A regular expression did it in quadratic time.

/** A sum needs a digit and, after it, 元 or 万: most goals have neither, and skip the rest. */
const DIGIT = /[0-9０-９]/;

const NONE: MoneyMention[] = [];
/** What toHalfWidth changes: without any, the text is its own half-width form. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const PER_UNIT = /每|人均|单价/;
const SEPARATORS = /[,，]/g;

/**
 * Whether the text may name a sum (a digit, then 元 or 万). Line breaks and spaces do not change
 * the answer, so a value's parsed text answers for its cell text too.
 */
export function mayNameMoney(text: string): boolean {
  // `/[0-9０-９][^]*[元万]/` said the same, in quadratic time on long digit text without a unit
  const d = text.search(DIGIT);
  return d >= 0 && (text.indexOf("元", d + 1) >= 0 || text.indexOf("万", d + 1) >= 0);
}

export function moneyMentions(text: string): MoneyMention[] {
  if (!mayNameMoney(text)) return NONE;
  const half = FULL_WIDTH.test(text) ? toHalfWidth(text) : text; // same length: one character for one character
  const out: MoneyMention[] = [];
  for (const m of scanMoney(half)) {
    const before = half.slice(Math.max(0, m.start - 2), m.start);
    if (PER_UNIT.test(before)) continue;
    const digits = m.number.replace(SEPARATORS, "");
    const unit: MoneyUnit = m.unit === "亿元" ? "亿元" : m.unit === "元" ? "元" : "万元";
    out.push(new MoneyMention(digits, unit, m.start, m.end, text.slice(m.start, m.end)));
  }
  return out;
}

/** A mention in the table's unit (万元 when the table does not say). */
export function inTableUnit(m: MoneyMention, tableUnit: MoneyUnit | null): Big {
  return convertMoney(m.value, m.unit, tableUnit ?? "万元");
}

/** An amount's millionths (in `unit`, 万元 when the table does not say) as millionths of a 元, or null. */
export function yuanMicros(micros: number | null, unit: MoneyUnit | null): number | null {
  return scaled(micros, unit ?? "万元");
}

function scaled(micros: number | null, unit: MoneyUnit): number | null {
  if (micros === null) return null;
  const v = micros * YUAN_PER_UNIT[unit];
  return Number.isSafeInteger(v) ? v : null;
}
