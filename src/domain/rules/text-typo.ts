import type { Finding } from "../finding";
import type { Indicator, TableModel, TableRow, TextCell } from "../model";
import { visitorRule, type VisitorRule } from "./support/visitor";
import { indicatorFinding, indicatorRef, indicatorRefEn, rowFinding } from "./support/findings";
import { findTypos, mayHaveSlip } from "./support/typos";
import { type CellText, cellTextOf, type SpannedText, spanIn } from "./support/value-text";

/** A doubled word or doubled punctuation in goal or indicator text (否则否则, 。。, 的的). */
export const textTypo: VisitorRule = visitorRule({
  id: "text-typo",
  severity: "warning",
  category: "indicator",
  title: "文字重复（疑似笔误）",
  titleEn: "Doubled word or punctuation",
  doc: {
    what: "找出绩效目标和指标文字中重复的词或标点，如“否则否则”“。。”“的的”“二十大大精神”。“常常、人人、天天、看看、个个、一一、紧紧”等正常叠词，以及“促进进一步”“商会会长”这类跨词重字不算。",
    why: "公开的绩效目标表代表单位形象，重复字词是明显的笔误，也说明文字未经校对。",
    bad: "“85%及以上得满分，否则否则每下降5%扣该项指标对应分数10%”；“统一到党的二十大大精神上来”。",
    good: "“85%及以上得满分，否则每下降5%扣该项指标对应分数10%”；“统一到党的二十大精神上来”。",
  },
  docEn: {
    what: "Finds doubled words or punctuation in goal and indicator text (否则否则, 。。, 的的, 二十大大精神). Correct reduplication (常常, 人人, 天天, 看看, 个个, 一一, 紧紧) and doubles across word boundaries (促进进一步, 商会会长) are left alone.",
    why: "A published table with doubled words looks unproofread.",
    bad: "否则否则每下降5%…; 党的二十大大精神.",
    good: "否则每下降5%…; 党的二十大精神.",
  },
  visitor(table, _ctx, out) {
    return {
      project(row) {
        if (row.goal?.text && findTypos(row.goal.text).length > 0) goalTypos(table, row, row.goal, out);
        const inds = row.indicators;
        for (let k = 0; k < inds.length; k++) {
          const found = indicatorTypos(table, row, inds[k]);
          for (let j = 0; j < found.length; j++) out.push(found[j]);
        }
      },
    };
  },
});

const NO_FINDINGS: Finding[] = [];

/** A line break may hide a slip (否\n则否则) that only the cleaned cell text shows. */
const mayHaveTypo = (s: string | undefined): boolean => !!s && mayHaveSlip(s);

function group<T extends { typo: string }>(items: T[]): Map<string, { first: T; count: number }> {
  const m = new Map<string, { first: T; count: number }>();
  for (const it of items) {
    const g = m.get(it.typo);
    if (g) g.count++;
    else m.set(it.typo, { first: it, count: 1 });
  }
  return m;
}

/**
 * One finding per distinct slip in a goal, at the first place it occurs, with the fix when the
 * slip maps exactly into the cell's own text (line breaks and edge spaces as typed).
 */
function goalTypos(table: TableModel, row: TableRow, goal: TextCell, out: Finding[]): void {
  const ct = goalCellText(goal);
  const typos = findTypos(ct.text);
  for (const [text, { first, count }] of group(typos.map((t) => ({ typo: t.text, at: t })))) {
    const { span, exact } = spanIn(ct, first.at.index, first.at.index + text.length);
    const replacement = first.at.replacement;
    out.push(
      rowFinding(textTypo, table, row, {
        cell: goal.cell,
        span: exact ? span : undefined,
        fix: exact ? { cell: span.cell, start: span.start, end: span.end, replacement, description: `将“${text}”改为“${replacement}”` } : undefined,
        field: `绩效目标/${text}`,
        subject: text,
        message: `项目“${row.name}”的绩效目标中“${text}”疑似重复输入${count > 1 ? `（共${count}处）` : ""}，应为“${replacement}”。`,
        messageEn: `Project "${row.name}": "${text}" in the goal looks doubled; "${replacement}" was probably meant.`,
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
  for (const [text, { first, count }] of group(hits)) {
    const f = indicatorFinding(textTypo, table, row, ind, {
      span: first.span,
      fieldSuffix: text,
      subject: text,
      message: `项目“${row.name}”的${indicatorRef(ind)}中“${text}”疑似重复输入${count > 1 ? `（本指标共${count}处）` : ""}，应为“${first.replacement}”。`,
      messageEn: `Project "${row.name}": "${text}" in ${indicatorRefEn(ind)} looks doubled; "${first.replacement}" was probably meant.`,
    });
    if (first.exact) {
      f.fix = { cell: first.span.cell, start: first.span.start, end: first.span.end, replacement: first.replacement, description: `将“${text}”改为“${first.replacement}”` };
    }
    out.push(f);
  }
  return out;
}
