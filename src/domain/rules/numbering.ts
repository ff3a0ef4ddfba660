import type { Fix } from "../finding";
import type { Indicator, TableRow } from "../model";
import { renumber } from "../indicator/format";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";

export interface NumberingProblem {
  /** index in the numbered indicators of the first bad number */
  at: number;
  kind: "start" | "repeat" | "restart" | "skip";
}

/** The first place where 1、2、3… goes wrong, or null. */
export function numberingProblem(seqs: readonly number[]): NumberingProblem | null {
  if (seqs.length === 0) return null;
  if (seqs[0] !== 1) return { at: 0, kind: "start" };
  for (let i = 1; i < seqs.length; i++) {
    const prev = seqs[i - 1];
    if (seqs[i] === prev + 1) continue;
    if (seqs[i] === prev) return { at: i, kind: "repeat" };
    if (seqs[i] < prev) return { at: i, kind: "restart" };
    return { at: i, kind: "skip" };
  }
  return null;
}

/** The numbered indicators run 1, 2, 3 … (what numberingProblem finds nothing in), without making lists. */
function inOrder(inds: readonly Indicator[]): boolean {
  let expected = 1;
  for (let k = 0; k < inds.length; k++) {
    const seq = inds[k].seq;
    if (seq === null) continue;
    if (seq !== expected) return false;
    expected++;
  }
  return true;
}

/** Numbers that skip, repeat or restart inside one 绩效指标 cell. */
export const numbering: Rule = createRule({
  meta: {
  id: "numbering",
  severity: "warning",
  category: "indicator",
  title: "指标编号不连续",
  titleEn: "Indicator numbering broken",
  scope: "project",
  fixable: true,
  messages: {
    start: {
      zh: "项目“{project}”的绩效指标编号为“{written}”，第{position}项编号从“{seq}”开始而不是从1开始；应依次编号为“{expected}”。",
      en: "Project \"{project}\": indicators are numbered {writtenEn}; expected {expectedEn}.",
    },
    repeat: {
      zh: "项目“{project}”的绩效指标编号为“{written}”，第{position}项编号“{seq}”重复；应依次编号为“{expected}”。",
      en: "Project \"{project}\": indicators are numbered {writtenEn}; expected {expectedEn}.",
    },
    restart: {
      zh: "项目“{project}”的绩效指标编号为“{written}”，第{position}项编号又从1重新开始；应依次编号为“{expected}”。",
      en: "Project \"{project}\": indicators are numbered {writtenEn}; expected {expectedEn}.",
    },
    backwards: {
      zh: "项目“{project}”的绩效指标编号为“{written}”，第{position}项编号“{seq}”倒退；应依次编号为“{expected}”。",
      en: "Project \"{project}\": indicators are numbered {writtenEn}; expected {expectedEn}.",
    },
    skip: {
      zh: "项目“{project}”的绩效指标编号为“{written}”，第{position}项编号从“{previous}”跳到“{seq}”；应依次编号为“{expected}”。",
      en: "Project \"{project}\": indicators are numbered {writtenEn}; expected {expectedEn}.",
    },
  },
  doc: {
    what: "检查同一绩效指标单元格内各指标的序号是否从1开始依次递增，没有重复、跳号或中途重新从1开始。",
    why: "编号错乱通常是复制拼接指标时留下的，容易让人以为漏了或多了指标，也说明这格内容需要再核对。",
    bad: "“1、2-效益指标,24-可持续影响,雇员考核；……,1、1-产出指标,11-数量指标,政府雇员指标数；……,2、1-产出指标,13-时效指标,……”（1、1、2）",
    good: "“1、…… 2、…… 3、……”（依次编号）",
  },
  docEn: {
    what: "Checks that the numbers inside one indicator cell run 1, 2, 3 … without repeats, gaps or a restart.",
    why: "Broken numbering is left by pasting indicators together; it hides missing or extra items.",
    bad: "1、… 1、… 2、…",
    good: "1、… 2、… 3、…",
  },
  },
  visitor(table, _ctx, out) {
    return {
      project(row) {
        if (!row.indicatorCell || inOrder(row.indicators)) return;
        const numbered = row.indicators.filter((i) => i.seq !== null);
        const seqs = numbered.map((i) => i.seq as number);
        const p = numberingProblem(seqs);
        if (!p) return;
        const ind = numbered[p.at];
        const written = seqs.join("、");
        const expected = seqs.map((_, k) => k + 1).join("、");
        const f = rowFinding(numbering, table, row, {
          cell: row.indicatorCell,
          span: ind.seqSpan ?? ind.span,
          field: "绩效指标",
          subject: written,
          indicator: { seq: ind.seq, name: ind.name?.text.trim() || null },
          messageId: p.kind === "restart" && seqs[p.at] !== 1 ? "backwards" : p.kind,
          data: {
            project: row.name,
            written,
            expected,
            writtenEn: seqs.join(", "),
            expectedEn: seqs.map((_, k) => k + 1).join(", "),
            position: p.at + 1,
            seq: seqs[p.at],
            previous: seqs[p.at - 1] ?? 0,
          },
        });
        const fix = renumberFix(row, expected);
        if (fix) f.fix = fix;
        out.push(f);
      },
    };
  },
});

/** GRAMMAR's renumber() rewrites only the item numbers, so the fix touches nothing else in the cell. */
function renumberFix(row: TableRow, expected: string): Fix | null {
  const text = row.indicatorText;
  if (!text || !row.indicatorCell) return null;
  const result = renumber(text);
  if (result === text) return null;
  return { cell: row.indicatorCell, start: 0, end: text.length, replacement: result, description: `将指标依次重新编号为“${expected}”`, descriptionEn: `Renumber the indicators as “${expected}”` };
}
