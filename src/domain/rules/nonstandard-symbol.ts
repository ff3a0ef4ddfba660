import type { Finding, Fix } from "../finding";
import type { Comparator, Indicator, TableModel, TableRow, IndicatorValue } from "../model";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { flat, indicatorFinding, indicatorRefData } from "./support/findings";
import { isWhiteSpace } from "./support/text-keys";
import { cellTextOf, locateAll, spanIn, type CellText, type Located, type ValueDef, VALUE_DEFS, valueOf } from "./support/value-text";

const STANDARD = new Set(["≥", "≤", ">", "<", "="]);

/** Symbols that are never standard wherever they appear, even in prose values. */
const SYMBOLS: Record<string, Comparator> = { "≧": "≥", "≦": "≤", "＞＝": "≥", "＜＝": "≤", ">=": "≥", "<=": "≤", "＞": ">", "＜": "<", "＝": "=" };
const SYMBOL_RE = /≧|≦|＞＝|＜＝|>=|<=|＞|＜|＝/;

/** ≧ ≦ ＞ ＜ >= <= 大于等于 不低于 不超过 … where ≥ ≤ > < belong. */
export const nonstandardSymbol: Rule = createRule({
  meta: {
  id: "nonstandard-symbol",
  severity: "info",
  category: "indicator",
  title: "比较符号不规范",
  titleEn: "Nonstandard comparator",
  scope: "indicator",
  fixable: true,
  messages: {
    single: {
      zh: "项目“{project}”的{indicator}{field}“{value}”中的“{written}”建议写作规范符号“{standard}”。",
      en: "Project \"{project}\": in the {field} of {indicator}, write \"{standard}\" instead of \"{written}\".",
    },
    pairSame: {
      zh: "项目“{project}”的{indicator}{fieldA}“{valueA}”、{fieldB}“{valueB}”中的“{written}”建议写作规范符号“{standard}”。",
      en: "Project \"{project}\": in the {fieldA} and {fieldB} of {indicator}, write \"{standard}\" instead of \"{written}\".",
    },
    pairDifferent: {
      zh: "项目“{project}”的{indicator}{fieldA}“{valueA}”、{fieldB}“{valueB}”中的“{written}”、“{writtenB}”建议分别写作规范符号“{standard}”、“{standardB}”。",
      en: "Project \"{project}\": in the {fieldA} and {fieldB} of {indicator}, write \"{standard}\" instead of \"{written}\" and \"{standardB}\" instead of \"{writtenB}\".",
    },
  },
  doc: {
    what: "找出指标值中不规范的比较写法：≧ ≦ ＞ ＜ >= <=，以及“大于等于、不低于、不少于、小于等于、不超过、大于、小于、以上、以内”等文字，建议改为规范符号 ≥ ≤ > < =，并给出修改建议。每条指标只提示一次：实施周期指标值与年度指标值都写得不规范时合为一条，两处在同一单元格时修改建议一次改全。",
    why: "预算管理一体化系统的指标性质只有 ≥ ＞ ＝ ＜ ≤ 和定性；统一符号便于系统识别、汇总和监控比较。",
    bad: "“举办非公企业活动次数，年度指标值:≧2次”；“年度指标值:大于等于1批次”；“年度指标值:90%以上”。",
    good: "“年度指标值:≥2次”；“年度指标值:≥1批次”；“年度指标值:≥90%”。",
  },
  docEn: {
    what: "Finds nonstandard comparators in values (≧ ≦ ＞ ＜ >= <=, and words such as 大于等于, 不低于, 不超过, 以上) and offers a fix to the standard ≥ ≤ > < =. One finding per indicator: when both values need it, the fix rewrites both if they share a cell.",
    why: "The budget system knows only ≥ > = < ≤ and qualitative; one notation lets it read, sum and monitor values.",
    bad: "≧2次, 大于等于1批次, 90%以上.",
    good: "≥2次, ≥1批次, ≥90%.",
  },
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        // one finding per indicator, as in every layout: ≧ written in both values is one finding
        let first: Hit | null = null;
        let second: Hit | null = null;
        // a text found standard: the other value often repeats it, and mayBeNonstandard reads the text alone
        let standard: string | null = null;
        for (let j = 0; j < VALUE_DEFS.length; j++) {
          const d = VALUE_DEFS[j];
          const value = valueOf(ind, d);
          if (!value || value.text === standard) continue;
          if (!mayBeNonstandard(value)) {
            standard = value.text;
            continue;
          }
          const found = locate(value, row);
          if (!found) continue;
          if (first === null) first = { d, value, found };
          else second = { d, value, found };
        }
        if (first === null) return;
        if (second === null) out.push(singleFinding(table, row, ind, first));
        else if (inOrder(first, second)) out.push(pairFinding(table, row, ind, first, second));
        else out.push(pairFinding(table, row, ind, second, first));
      },
    };
  },
});

/** A value with a nonstandard comparator. */
interface Hit {
  d: ValueDef;
  value: IndicatorValue;
  found: Found;
}

const cellOf = (h: Hit): string => h.found.at?.span.cell ?? h.value.span.cell;

/** Whether a comes before b as the table writes them: by position in one cell, else 实施周期 before 年度. */
function inOrder(a: Hit, b: Hit): boolean {
  if (cellOf(a) === cellOf(b)) return a.value.span.start <= b.value.span.start;
  return a.d.field === "period";
}

interface Found {
  written: string;
  standard: Comparator;
  at: Located | null;
  /** the replacement for `at` */
  replacement: string;
}

/** Whether a value may hold a nonstandard comparator: a written one, or a symbol in prose. Reads the text (and its reading) alone. */
function mayBeNonstandard(value: IndicatorValue): boolean {
  const p = value.parsed;
  if (p.kind === "quantity") return !!p.comparator && !!p.comparatorText && !STANDARD.has(p.comparatorText);
  return SYMBOL_RE.test(value.text);
}

/** Where a value that mayBeNonstandard writes its comparator. */
function locate(value: IndicatorValue, row: TableRow): Found | null {
  const p = value.parsed;
  if (p.kind === "quantity") {
    if (!p.comparator || !p.comparatorText) return null;
    const written = p.comparatorText;
    const ct = cellTextOf(value, row);
    const text = ct.text;
    const num = text.lastIndexOf(p.numberText);
    if (num < 0) return { written, standard: p.comparator, at: null, replacement: p.comparator };
    // before the number (spaces allowed between): replace the comparator only
    let k = num;
    while (k > 0 && isWhiteSpace(text.charCodeAt(k - 1))) k--;
    if (k >= written.length && text.startsWith(written, k - written.length)) {
      return { written, standard: p.comparator, at: located(ct, k - written.length, k), replacement: p.comparator };
    }
    // after number and unit (90%以上): move it in front of the number
    const post = text.indexOf(written, num + p.numberText.length);
    if (post >= 0 && post - num <= p.numberText.length + 6) {
      const body = text.slice(num, post).trimEnd();
      return { written, standard: p.comparator, at: located(ct, num, post + written.length), replacement: `${p.comparator}${body}` };
    }
    return { written, standard: p.comparator, at: null, replacement: p.comparator };
  }
  const sym = locateAll(value, row, SYMBOL_RE)[0];
  if (!sym) return null;
  return { written: sym.text, standard: SYMBOLS[sym.text], at: sym, replacement: SYMBOLS[sym.text] };
}

function located(ct: CellText, start: number, end: number): Located {
  const { span, exact } = spanIn(ct, start, end);
  return { text: ct.text.slice(start, end), index: start, source: ct.text, span, exact };
}

/**
 * The finding for one value. About 5,000 findings on a 10,000-project table: built from the hit's
 * strings alone, no lists in between.
 */
function singleFinding(table: TableModel, row: TableRow, ind: Indicator, hit: Hit): Finding {
  const { written, standard, at, replacement } = hit.found;
  const result = indicatorFinding(nonstandardSymbol, table, row, ind, {
    span: at?.span ?? hit.value.span,
    // keyed by the indicator alone: the key stays when the other value gets (or loses) a ≧, and
    // is the same in the compact and expanded layouts
    subject: hit.value.text,
    messageId: "single",
    data: { project: row.name, indicator: indicatorRefData(ind), field: hit.d.name, value: hit.value.text, written, standard },
  });
  if (at?.exact) {
    result.fix = { cell: at.span.cell, start: at.span.start, end: at.span.end, replacement, description: flat(`将${change(hit)}`), descriptionEn: flat(`Change ${changeEn(hit)}`) };
  }
  return result;
}

/** The finding for both values of an indicator, a before b; the same comparator in both is named once. */
function pairFinding(table: TableModel, row: TableRow, ind: Indicator, a: Hit, b: Hit): Finding {
  const fa = a.found;
  const fb = b.found;
  const samePair = fa.written === fb.written && fa.standard === fb.standard;
  // one fix covers one cell: both values when they share it (compact), else none (the expanded
  // layout's two value cells; the message says what to write in each)
  const exact = fa.at !== null && fa.at.exact && fb.at !== null && fb.at.exact && cellOf(a) === cellOf(b);
  const result = indicatorFinding(nonstandardSymbol, table, row, ind, {
    span: exact ? { cell: cellOf(a), start: fa.at!.span.start, end: fb.at!.span.end } : (fa.at?.span ?? a.value.span),
    subject: `${a.value.text}|${b.value.text}`,
    messageId: samePair ? "pairSame" : "pairDifferent",
    data: {
      project: row.name,
      indicator: indicatorRefData(ind),
      fieldA: a.d.name,
      valueA: a.value.text,
      fieldB: b.d.name,
      valueB: b.value.text,
      written: fa.written,
      standard: fa.standard,
      writtenB: fb.written,
      standardB: fb.standard,
    },
  });
  const fix = exact ? pairFix(row, a, b) : null;
  if (fix) result.fix = fix;
  return result;
}

/** `“≧”改为“≥”` */
const change = (h: Hit): string => `“${h.found.at!.text}”改为“${h.found.replacement}”`;
/** `“≧” to “≥”` */
const changeEn = (h: Hit): string => `“${h.found.at!.text}” to “${h.found.replacement}”`;

/**
 * One fix for two hits in one cell (the compact layout's 绩效指标 cell): the text from the first
 * comparator to the second, each replaced. It needs the cell's own text.
 */
function pairFix(row: TableRow, a: Hit, b: Hit): Fix | null {
  const first = a.found.at!.span;
  const last = b.found.at!.span;
  if (row.indicatorCell !== first.cell || row.indicatorText === null) return null;
  // b replaced first, then a, each at its offset in the slice (as for any list of hits in order)
  let replacement = row.indicatorText.slice(first.start, last.end);
  replacement = replacement.slice(0, last.start - first.start) + b.found.replacement + replacement.slice(last.end - first.start);
  replacement = a.found.replacement + replacement.slice(first.end - first.start);
  const ca = change(a);
  // both values usually hold the same comparator: the same change, written once
  const cb = a.found.at!.text === b.found.at!.text && a.found.replacement === b.found.replacement ? ca : change(b);
  return {
    cell: first.cell,
    start: first.start,
    end: last.end,
    replacement,
    description: flat(ca === cb ? `将${ca}（2处）` : `将${ca}，${cb}`),
    descriptionEn: flat(ca === cb ? `Change ${changeEn(a)} (2 places)` : `Change ${changeEn(a)}, ${changeEn(b)}`),
  };
}
