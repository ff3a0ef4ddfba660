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
    what: "找出指标值中不规范的比较写法：≧ ≦ ＞ ＜ >= <=，以及“大于等于、不低于、不少于、小于等于、不超过、大于、小于、以上、以内”等文字，建议改为规范符号 ≥ ≤ > < =，并给出可一键应用的修改。",
    why: "预算管理一体化系统的指标性质只有 ≥ ＞ ＝ ＜ ≤ 和定性；统一符号便于系统识别、汇总和监控比较。",
    bad: "“举办非公企业活动次数，年度指标值:≧2次”；“年度指标值:大于等于1批次”；“年度指标值:90%以上”。",
    good: "“年度指标值:≥2次”；“年度指标值:≥1批次”；“年度指标值:≥90%”。",
  },
  docEn: {
    what: "Finds nonstandard comparators in values (≧ ≦ ＞ ＜ >= <=, and words such as 大于等于, 不低于, 不超过, 以上) and offers a fix to the standard ≥ ≤ > < =.",
    why: "The budget system knows only ≥ > = < ≤ and qualitative; one notation lets it read, sum and monitor values.",
    bad: "≧2次, 大于等于1批次, 90%以上.",
    good: "≥2次, ≥1批次, ≥90%.",
  },
  visitor(table, _ctx, out) {
    return {
      indicator(row, ind) {
        // one finding per value, each with its own fix: a fix rewrites exactly one comparator
        for (let j = 0; j < VALUE_DEFS.length; j++) {
          const d = VALUE_DEFS[j];
          const value = valueOf(ind, d);
          if (!value) continue;
          const found = locate(value, row);
          if (found) out.push(finding(table, row, ind, d, value, found));
        }
      },
    };
  },
});

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

function finding(table: TableModel, row: TableRow, ind: Indicator, d: ValueDef, value: IndicatorValue, found: Found): Finding {
  const result = indicatorFinding(nonstandardSymbol, table, row, ind, {
    span: found.at?.span ?? value.span,
    fieldSuffix: d.label,
    subject: value.raw,
    message: `项目“${row.name}”的${indicatorRef(ind)}${d.label}“${value.raw}”中的“${found.written}”建议写作规范符号“${found.standard}”。`,
    messageEn: `Project "${row.name}": in the ${d.labelEn} of ${indicatorRefEn(ind)}, write "${found.standard}" instead of "${found.written}".`,
  });
  if (found.at?.exact) {
    const fix: Fix = {
      cell: found.at.span.cell,
      start: found.at.span.start,
      end: found.at.span.end,
      replacement: found.replacement,
      description: flat(`将“${found.at.text}”改为“${found.replacement}”`),
    };
    result.fix = fix;
  }
  return result;
}
