import type { Finding, Fix } from "../finding";
import type { Comparator, Indicator, TableModel, TableRow, IndicatorValue } from "../model";
import { visitorRule, type VisitorRule } from "./support/visitor";
import { flat, indicatorFinding, indicatorRef, indicatorRefEn } from "./support/findings";
import { cellTextOf, locateAll, spanIn, type CellText, type Located, type ValueDef, VALUE_DEFS, valueOf } from "./support/value-text";

const STANDARD = new Set(["≥", "≤", ">", "<", "="]);

/** Symbols that are never standard wherever they appear, even in prose values. */
const SYMBOLS: Record<string, Comparator> = { "≧": "≥", "≦": "≤", "＞＝": "≥", "＜＝": "≤", ">=": "≥", "<=": "≤", "＞": ">", "＜": "<", "＝": "=" };
const SYMBOL_RE = /≧|≦|＞＝|＜＝|>=|<=|＞|＜|＝/;
const SPACE = /\s/;

/** ≧ ≦ ＞ ＜ >= <= 大于等于 不低于 不超过 … where ≥ ≤ > < belong. */
export const nonstandardSymbol: VisitorRule = visitorRule({
  id: "nonstandard-symbol",
  severity: "info",
  category: "indicator",
  title: "比较符号不规范",
  titleEn: "Nonstandard comparator",
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
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        // one finding per indicator, as in every layout: ≧ written in both values is one finding
        let first: Hit | null = null;
        let second: Hit | null = null;
        for (let j = 0; j < VALUE_DEFS.length; j++) {
          const d = VALUE_DEFS[j];
          const value = valueOf(ind, d);
          if (!value) continue;
          const found = locate(value, row);
          if (!found) continue;
          if (first === null) first = { d, value, found };
          else second = { d, value, found };
        }
        if (first !== null) out.push(finding(table, row, ind, second === null ? [first] : inOrder(first, second)));
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

/** Two hits as the table writes them: by position in one cell, else 实施周期 before 年度. */
function inOrder(a: Hit, b: Hit): Hit[] {
  if (cellOf(a) === cellOf(b)) return a.value.span.start <= b.value.span.start ? [a, b] : [b, a];
  return a.d.field === "period" ? [a, b] : [b, a];
}

interface Found {
  written: string;
  standard: Comparator;
  at: Located | null;
  /** the replacement for `at` */
  replacement: string;
}

function locate(value: IndicatorValue, row: TableRow): Found | null {
  const p = value.parsed;
  if (p.kind === "quantity") {
    if (!p.comparator || !p.comparatorText || STANDARD.has(p.comparatorText)) return null;
    const written = p.comparatorText;
    const ct = cellTextOf(value, row);
    const text = ct.text;
    const num = text.lastIndexOf(p.numberText);
    if (num < 0) return { written, standard: p.comparator, at: null, replacement: p.comparator };
    // before the number (spaces allowed between): replace the comparator only
    let k = num;
    while (k > 0 && SPACE.test(text[k - 1])) k--;
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
  if (!SYMBOL_RE.test(value.raw)) return null;
  const sym = locateAll(value, row, SYMBOL_RE)[0];
  if (!sym) return null;
  return { written: sym.text, standard: SYMBOLS[sym.text], at: sym, replacement: SYMBOLS[sym.text] };
}

function located(ct: CellText, start: number, end: number): Located {
  const { span, exact } = spanIn(ct, start, end);
  return { text: ct.text.slice(start, end), index: start, source: ct.text, span, exact };
}

/** The comparators written and what to write instead, each pair once. */
function pairsOf(hits: readonly Hit[]): Found[] {
  const out: Found[] = [];
  for (const h of hits) if (!out.some((f) => f.written === h.found.written && f.standard === h.found.standard)) out.push(h.found);
  return out;
}

function finding(table: TableModel, row: TableRow, ind: Indicator, hits: readonly Hit[]): Finding {
  const pairs = pairsOf(hits);
  const where = hits.map((h) => `${h.d.label}“${h.value.raw}”`).join("、");
  const advice =
    pairs.length === 1
      ? `中的“${pairs[0].written}”建议写作规范符号“${pairs[0].standard}”。`
      : `中的${pairs.map((f) => `“${f.written}”`).join("、")}建议分别写作规范符号${pairs.map((f) => `“${f.standard}”`).join("、")}。`;
  const adviceEn = pairs.map((f) => `"${f.standard}" instead of "${f.written}"`).join(" and ");
  const first = hits[0];
  const last = hits[hits.length - 1];
  // one fix covers one cell: both values when they share it (compact), else none (the expanded
  // layout's two value cells; the message says what to write in each)
  const exact = hits.every((h) => h.found.at?.exact) && cellOf(first) === cellOf(last);
  const span =
    exact && hits.length > 1
      ? { cell: cellOf(first), start: first.found.at!.span.start, end: last.found.at!.span.end }
      : (first.found.at?.span ?? first.value.span);
  const result = indicatorFinding(nonstandardSymbol, table, row, ind, {
    span,
    // keyed by the indicator alone: the key stays when the other value gets (or loses) a ≧, and
    // is the same in the compact and expanded layouts
    subject: hits.map((h) => h.value.raw).join("|"),
    message: `项目“${row.name}”的${indicatorRef(ind)}${where}${advice}`,
    messageEn: `Project "${row.name}": in the ${hits.map((h) => h.d.labelEn).join(" and ")} of ${indicatorRefEn(ind)}, write ${adviceEn}.`,
  });
  const fix = exact ? fixOf(row, hits) : null;
  if (fix) result.fix = fix;
  return result;
}

/**
 * One fix for the hits of one cell: the text from the first comparator to the last, each one
 * replaced. With two hits it needs the cell's own text (the compact layout's 绩效指标 cell).
 */
function fixOf(row: TableRow, hits: readonly Hit[]): Fix | null {
  const first = hits[0].found.at!;
  const last = hits[hits.length - 1].found.at!;
  const cell = first.span.cell;
  let replacement: string;
  if (hits.length === 1) replacement = hits[0].found.replacement;
  else {
    if (row.indicatorCell !== cell || row.indicatorText === null) return null;
    const start = first.span.start;
    replacement = row.indicatorText.slice(start, last.span.end);
    for (let k = hits.length - 1; k >= 0; k--) {
      const at = hits[k].found.at!.span;
      replacement = replacement.slice(0, at.start - start) + hits[k].found.replacement + replacement.slice(at.end - start);
    }
  }
  const changes: string[] = [];
  for (const h of hits) {
    const change = `“${h.found.at!.text}”改为“${h.found.replacement}”`;
    if (!changes.includes(change)) changes.push(change);
  }
  const times = changes.length === 1 && hits.length > 1 ? `（${hits.length}处）` : "";
  return {
    cell,
    start: first.span.start,
    end: last.span.end,
    replacement,
    description: flat(`将${changes.join("，")}${times}`),
  };
}
