import type { Finding } from "../finding";
import type { TableModel, TableRow } from "../model";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";
import { isWhiteSpace } from "./support/text-keys";

/** Goals that legitimately repeat: confidential projects publish a fixed sentence instead. */
const CONFIDENTIAL = /不宜公开|涉密|保密/;

const GOAL_PUNCT = /[\s\u3000，,。.；;：:、！!？?“”"'‘’（）()《》]/g;

/** Compare goals without the spaces and punctuation a copy may have gained or lost. */
export function goalKey(text: string): string {
  return text.replace(GOAL_PUNCT, "");
}

const IGNORED = new Set([..."，,。.；;：:、！!？?“”\"'‘’（）()《》"].map((ch) => ch.charCodeAt(0)));

/** How many of a key's characters at each end make its number. */
const ENDS = 12;

/** Spaces and punctuation, which a goal's key leaves out. */
const isIgnored = (c: number): boolean => (c < 0x4e00 || c > 0x9fff) && (isWhiteSpace(c) || IGNORED.has(c));

/**
 * A number for the goal's key, read off the characters without building the key: goals with the
 * same key get the same number, so only goals whose number repeats need their key made (building
 * 10,000 long keys just to find a few hundred copies costs more than the rest of the rule). The
 * number comes from the key's first and last characters only: goals mostly differ near an end (a
 * name, a number), and two that differ only in the middle just have their keys made; reading
 * every character of every goal (~70 each) costs more than that.
 */
function goalHash(text: string): number {
  let h = 0x811c9dc5;
  let kept = 0;
  let i = 0;
  for (; i < text.length && kept < ENDS; i++) {
    const c = text.charCodeAt(i);
    if (isIgnored(c)) continue;
    h = Math.imul(h ^ c, 0x01000193);
    kept++;
  }
  // the key's last characters after those (its characters past the first ENDS, at most ENDS of them)
  kept = 0;
  for (let j = text.length - 1; j >= i && kept < ENDS; j--) {
    const c = text.charCodeAt(j);
    if (isIgnored(c)) continue;
    h = Math.imul(h ^ c, 0x01000193);
    kept++;
  }
  return h;
}

/** The same 绩效目标 text on different projects (copied from one project to the next). */
export const duplicateGoal: Rule = createRule({
  meta: {
  id: "duplicate-goal",
  severity: "warning",
  category: "project",
  title: "绩效目标与其他项目相同",
  titleEn: "Goal identical to another project's",
  scope: "project",
  fixable: false,
  messages: {
    sameGoal: {
      zh: "项目“{project}”的绩效目标与{others}完全相同。不同项目应写明各自的具体目标，请核对是否复制后未改写。",
      en: "The goal of \"{project}\" is identical to that of {others}.",
    },
  },
  doc: {
    what: "找出绩效目标文字（忽略空格和标点）与本表其他项目完全相同的项目。以“项目信息不宜公开”等保密说明代替目标的不在此列。",
    why: "不同项目的资金用途不同，目标应各自具体；相同的目标通常是复制粘贴后忘了改写，与项目内容不相关。",
    bad: "“两新组织党务工作者补贴”的绩效目标与“政府雇员工资经费”相同，都是“通过政府雇员年度考核……保持优秀的政府雇员队伍。”",
    good: "“两新组织党务工作者补贴”写明自身目标，如“建立新兴领域专职党建工作指导员队伍，按时足额发放补贴”。",
  },
  docEn: {
    what: "Finds projects whose goal (ignoring spaces and punctuation) is the same as another project's in the table. Confidentiality notes are exempt.",
    why: "Different projects spend money on different things; an identical goal is usually a copy that was never rewritten.",
    bad: "两新组织党务工作者补贴 carrying the goal of 政府雇员工资经费 word for word.",
    good: "Each project states its own goal.",
  },
  },
  visitor(table, _ctx, out) {
    const rows: TableRow[] = [];
    const hashes: number[] = [];
    const seen = new Map<number, number>();
    return {
      project(row) {
        if (!row.goal?.text) return;
        const h = goalHash(row.goal.text);
        rows.push(row);
        hashes.push(h);
        seen.set(h, (seen.get(h) ?? 0) + 1);
      },
      end() {
        // in table order, as if every goal were keyed: a key that repeats has a repeating number
        const groups = new Map<string, TableRow[]>();
        for (let k = 0; k < rows.length; k++) {
          if (seen.get(hashes[k])! < 2) continue;
          const goal = rows[k].goal!.text;
          if (CONFIDENTIAL.test(goal)) continue;
          const key = goalKey(goal);
          if (!key) continue;
          const g = groups.get(key);
          if (g) g.push(rows[k]);
          else groups.set(key, [rows[k]]);
        }
        for (const g of groups.values()) if (g.length > 1) reportGroup(table, g, out);
      },
    };
  },
});

function reportGroup(table: TableModel, rows: TableRow[], out: Finding[]): void {
  for (const row of rows) {
    // name at most three others, so a goal pasted into hundreds of rows stays linear
    const others: TableRow[] = [];
    for (const r of rows) {
      if (r !== row) others.push(r);
      if (others.length === 3) break;
    }
    const more = rows.length - 1 > others.length ? `等${rows.length - 1}个项目` : "";
    const names = others.map((r) => `“${r.name}”（${r.goal!.cell}）`).join("、") + more;
    out.push(
      rowFinding(duplicateGoal, table, row, {
        cell: row.goal!.cell,
        field: "绩效目标",
        subject: row.goal!.text,
        messageId: "sameGoal",
        data: { project: row.name, others: { zh: names, en: others.map((r) => `"${r.name}"`).join(", ") } },
      }),
    );
  }
}
