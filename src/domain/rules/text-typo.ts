import type { Finding, Fix } from "../finding";
import type { Indicator, Span, TableModel, TableRow, TextCell } from "../model";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData, rowFinding } from "./support/findings";
import { changeFix } from "./support/fix-text";
import { findTypos, mayHaveSlip } from "./support/typos";
import { type CellText, cellTextOf, type SpannedText, spanIn } from "./support/value-text";

/** A doubled word or doubled punctuation in goal or indicator text (否则否则, 。。, 的的). */
export const textTypo: Rule = createRule({
  meta: {
  id: "text-typo",
  severity: "warning",
  category: "indicator",
  title: "文字重复（疑似笔误）",
  titleEn: "Doubled word or punctuation",
  scope: "indicator",
  fixable: true,
  messages: {
    goalDoubled: {
      zh: "项目“{project}”的绩效目标中“{text}”疑似重复输入{countNote}，应为“{replacement}”。",
      en: "Project \"{project}\": \"{text}\" in the goal looks doubled; \"{replacement}\" was probably meant.",
    },
    endDoubled: {
      zh: "项目“{project}”的{indicator}末尾的“{text}”重复，应为“{replacement}”。",
      en: "Project \"{project}\": {indicator} ends in a doubled \"{replacement}\".",
    },
    separatorDoubled: {
      zh: "项目“{project}”的{indicator}中分隔符“{text}”重复{countNote}，应为“{replacement}”。",
      en: "Project \"{project}\": the separator \"{replacement}\" is doubled in {indicator}.",
    },
    indicatorDoubled: {
      zh: "项目“{project}”的{indicator}中“{text}”疑似重复输入{countNote}，应为“{replacement}”。",
      en: "Project \"{project}\": \"{text}\" in {indicator} looks doubled; \"{replacement}\" was probably meant.",
    },
  },
  doc: {
    what: "找出绩效目标和指标文字中重复的词或标点，如“否则否则”“。。”“的的”“二十大大精神”，以及指标单元格中重复的分隔符（“年度指标值：：”“，，”“、、”“；；”），并给出改为一个的修改建议。“常常、人人、天天、看看、个个、一一、紧紧”等正常叠词，以及“促进进一步”“商会会长”这类跨词重字不算。",
    why: "公开的绩效目标表代表单位形象，重复字词是明显的笔误，也说明文字未经校对。",
    bad: "“85%及以上得满分，否则否则每下降5%扣该项指标对应分数10%”；“统一到党的二十大大精神上来”。",
    good: "“85%及以上得满分，否则每下降5%扣该项指标对应分数10%”；“统一到党的二十大精神上来”。",
  },
  docEn: {
    what: "Finds doubled words or punctuation in goal and indicator text (否则否则, 。。, 的的, 二十大大精神) and doubled separators in the indicator cell (年度指标值：：, ，，, 、、, ；；), with a fix to one. Correct reduplication (常常, 人人, 天天, 看看, 个个, 一一, 紧紧) and doubles across word boundaries (促进进一步, 商会会长) are left alone.",
    why: "A published table with doubled words looks unproofread.",
    bad: "否则否则每下降5%…; 党的二十大大精神.",
    good: "否则每下降5%…; 党的二十大精神.",
  },
  },
  visitor(table, _ctx, out) {
    return {
      project(row) {
        if (row.goal?.text && findTypos(row.goal.text).length > 0) goalTypos(table, row, row.goal, out);
        const inds = row.indicators;
        const from = out.length;
        for (let k = 0; k < inds.length; k++) {
          const found = indicatorTypos(table, row, inds[k]);
          for (let j = 0; j < found.length; j++) out.push(found[j]);
          const end = doubledEnd(table, row, inds[k]);
          if (end) out.push(end);
        }
        // a doubled separator the parser read as one (年度指标值：：) is in no name or value: what is
        // left of the cell's doubled marks once the findings above have taken theirs
        if (row.indicatorText !== null && mayHaveDoubledSeparator(row.indicatorText)) {
          doubledSeparators(table, row, out.slice(from), out);
        }
      },
    };
  },
});

const NO_FINDINGS: Finding[] = [];

/** Punctuation doubled where an item ends (…开展培训。。2、…) or the cell ends: the values the parser reads stop before it. */
const DOUBLED_END = /([。；;，,.])\1+\s*$/;

function doubledEnd(table: TableModel, row: TableRow, ind: Indicator): Finding | null {
  const text = row.indicatorText;
  if (text === null || row.indicatorCell !== ind.span.cell || ind.span.end > text.length) return null;
  const item = text.slice(ind.span.start, ind.span.end);
  const m = DOUBLED_END.exec(item);
  if (!m) return null;
  const doubled = m[0].trimEnd();
  const start = ind.span.start + m.index;
  const span = { cell: ind.span.cell, start, end: start + doubled.length };
  const f = indicatorFinding(textTypo, table, row, ind, {
    span,
    fieldSuffix: `末尾${doubled}`,
    subject: doubled,
    messageId: "endDoubled",
    data: { project: row.name, indicator: indicatorRefData(ind), text: doubled, replacement: m[1] },
  });
  f.fix = changeFix(span, m[1], doubled, m[1]);
  return f;
}

/** The marks that separate an indicator's parts and items, doubled (：：, ，，, 、、, ；；, ::). */
const DOUBLED_SEPARATOR = /([：，、；:,;。])\1+/g;
const SEPARATOR_PAIR = /([：，、；:,;。])\1/;

const mayHaveDoubledSeparator = (text: string): boolean => SEPARATOR_PAIR.test(text);

/**
 * The doubled separators of a 绩效指标 cell that no finding in `taken` covers, one finding per
 * mark and indicator with a fix of every place it occurs there. Outside every item (before 1、)
 * a doubled mark is left alone (no indicator to name), and so is one in an item without a name
 * (the empty slot where the name belongs).
 */
function doubledSeparators(table: TableModel, row: TableRow, taken: readonly Finding[], out: Finding[]): void {
  const text = row.indicatorText!;
  const cell = row.indicatorCell;
  const covered = (start: number, end: number): boolean =>
    taken.some((f) => f.span && f.span.cell === cell && f.span.start < end && start < f.span.end);
  const byIndicator = new Map<Indicator, Map<string, Span[]>>();
  DOUBLED_SEPARATOR.lastIndex = 0;
  for (let m = DOUBLED_SEPARATOR.exec(text); m; m = DOUBLED_SEPARATOR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    const ind = row.indicators.find((i) => i.span.cell === cell && i.span.start <= start && start < i.span.end);
    // 11-数量指标；；实施周期指标值 is an empty name slot, not a slip: name-missing reports it
    if (!ind || ind.name === null) continue;
    const marks = byIndicator.get(ind) ?? new Map<string, Span[]>();
    byIndicator.set(ind, marks);
    const spans = marks.get(m[0]) ?? [];
    marks.set(m[0], spans);
    spans.push({ cell: cell!, start, end });
  }
  for (const [ind, marks] of byIndicator) {
    for (const [doubled, spans] of marks) {
      const replacement = doubled[0];
      const f = indicatorFinding(textTypo, table, row, ind, {
        span: spans[0],
        fieldSuffix: `分隔符${doubled}`,
        subject: doubled,
        messageId: "separatorDoubled",
        data: {
          project: row.name,
          indicator: indicatorRefData(ind),
          text: doubled,
          replacement,
          countNote: { zh: spans.length > 1 ? `（本指标共${spans.length}处）` : "", en: "" },
        },
      });
      const fix = fixEvery(text, spans, replacement, doubled);
      if (fix) f.fix = fix;
      out.push(f);
    }
  }
}

/** A line break may hide a slip (否\n则否则) that only the cleaned cell text shows. */
const mayHaveTypo = (s: string | undefined): boolean => !!s && mayHaveSlip(s);

function group<T extends { typo: string }>(items: T[]): Map<string, { first: T; count: number; all: T[] }> {
  const m = new Map<string, { first: T; count: number; all: T[] }>();
  for (const it of items) {
    const g = m.get(it.typo);
    if (g) {
      g.count++;
      g.all.push(it);
    } else m.set(it.typo, { first: it, count: 1, all: [it] });
  }
  return m;
}

/**
 * One fix for every place a slip occurs in one cell: the text from the first to the last, each
 * occurrence replaced (a fix of the first alone would leave the finding standing). Null when a
 * place does not map exactly into the cell's text, or the places lie in different cells.
 */
function fixEvery(cellText: string | null, spans: readonly Span[], replacement: string, text: string): Fix | null {
  if (cellText === null || spans.length === 0 || spans.some((s) => s.cell !== spans[0].cell)) return null;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const start = sorted[0].start;
  const end = sorted[sorted.length - 1].end;
  let out = "";
  let at = start;
  for (const s of sorted) {
    if (s.start < at) return null;
    out += cellText.slice(at, s.start) + replacement;
    at = s.end;
  }
  out += cellText.slice(at, end);
  return changeFix({ cell: sorted[0].cell, start, end }, out, text, replacement, spans.length);
}

/**
 * One finding per distinct slip in a goal, at the first place it occurs, with the fix when the
 * slip maps exactly into the cell's own text (line breaks and edge spaces as typed).
 */
function goalTypos(table: TableModel, row: TableRow, goal: TextCell, out: Finding[]): void {
  const ct = goalCellText(goal);
  const typos = findTypos(ct.text);
  for (const [text, { first, count, all }] of group(typos.map((t) => ({ typo: t.text, at: t })))) {
    const { span, exact } = spanIn(ct, first.at.index, first.at.index + text.length);
    const replacement = first.at.replacement;
    const places = all.map((h) => spanIn(ct, h.at.index, h.at.index + text.length));
    const fix = places.every((p) => p.exact) && goal.cellText !== undefined ? fixEvery(goal.cellText, places.map((p) => p.span), replacement, text) : null;
    out.push(
      rowFinding(textTypo, table, row, {
        cell: goal.cell,
        span: exact ? span : undefined,
        fix: fix ?? undefined,
        field: `绩效目标/${text}`,
        subject: text,
        messageId: "goalDoubled",
        data: { project: row.name, text, replacement, countNote: { zh: count > 1 ? `（共${count}处）` : "", en: "" } },
      }),
    );
  }
}

/** The goal as the user reads it, mapped into the cell when the reader kept the cell's own text. */
function goalCellText(goal: TextCell): CellText {
  if (goal.cellText === undefined) return { text: goal.text, map: null, base: null, span: { cell: goal.cell, start: 0, end: 0 } };
  return cellTextOf({ text: goal.cellText, span: { cell: goal.cell, start: 0, end: goal.cellText.length } }, null);
}

/** One finding per distinct slip in an indicator (its name and values), at the first place it occurs. */
function indicatorTypos(table: TableModel, row: TableRow, ind: Indicator): Finding[] {
  // most indicators have no slip: look at the parsed texts before locating anything in the cell;
  // the annual value often repeats the period value's text, which then needs no second look
  const period = ind.periodValue?.text;
  const annual = ind.annualValue?.text;
  if (!mayHaveTypo(ind.name?.text) && !mayHaveTypo(period) && (annual === period || !mayHaveTypo(annual))) {
    return NO_FINDINGS;
  }
  const parts: SpannedText[] = [];
  if (ind.name) parts.push({ text: ind.name.text, span: ind.name.span });
  if (ind.periodValue) parts.push(ind.periodValue);
  if (ind.annualValue) parts.push(ind.annualValue);
  const hits = parts.flatMap((p) => {
    const ct = cellTextOf(p, row);
    return findTypos(ct.text).map((t) => ({ typo: t.text, replacement: t.replacement, ...spanIn(ct, t.index, t.index + t.text.length) }));
  });
  const out: Finding[] = [];
  for (const [text, { first, count, all }] of group(hits)) {
    const f = indicatorFinding(textTypo, table, row, ind, {
      span: first.span,
      fieldSuffix: text,
      subject: text,
      messageId: "indicatorDoubled",
      data: {
        project: row.name,
        indicator: indicatorRefData(ind),
        text,
        replacement: first.replacement,
        countNote: { zh: count > 1 ? `（本指标共${count}处）` : "", en: "" },
      },
    });
    const fix = all.every((h) => h.exact) ? fixEvery(row.indicatorCell === first.span.cell ? row.indicatorText : null, all.map((h) => h.span), first.replacement, text) : null;
    if (fix) f.fix = fix;
    out.push(f);
  }
  return out;
}
