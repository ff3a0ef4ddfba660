import type { TableRow } from "../model";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";
import { bareName, CONFIDENTIAL } from "./support/indicator-facts";

/** The set of a project's indicators, names and values, as one comparable text. */
function setKey(row: TableRow): string {
  return row.indicators
    .map((i) => `${bareName(i)}=${(i.annualValue?.text ?? "").trim()}`)
    .sort()
    .join("|");
}

const NAMED_OTHERS = 3;

function nameOthers(rows: readonly TableRow[], row: TableRow): { zh: string; en: string } {
  const named: string[] = [];
  for (const r of rows) {
    if (r === row) continue;
    named.push(r.name);
    if (named.length === NAMED_OTHERS) break;
  }
  const rest = rows.length - 1 - named.length;
  return {
    zh: named.map((n) => `“${n}”`).join("、") + (rest > 0 ? `等${rows.length - 1}个项目` : ""),
    en: named.map((n) => `"${n}"`).join(", ") + (rest > 0 ? ` and ${rest} more` : ""),
  };
}

/** Two projects with the same set of indicators (names and values). */
export const indicatorsCopied: Rule = createRule({
  meta: {
    id: "indicators-copied",
    severity: "info",
    scope: "project",
    category: "project",
    title: "指标与其他项目完全相同",
    titleEn: "Indicators identical to another project's",
    fixable: false,
    messages: {
      copied: {
        zh: "项目“{project}”的{count}条绩效指标（名称和年度指标值）与{others}完全相同。不同项目应有各自的产出和效益，请核对是否复制后未修改。",
        en: "Project \"{project}\": its {count} indicators (names and annual values) are the same as {othersEn}'s.",
      },
    },
    doc: {
      what: "找出本表中绩效指标集合（三级名称和年度指标值，不计顺序）与另一项目完全相同、且至少有2条指标的项目。防误报：名称相同但指标值不同（如“政府雇员指标数 ≤2名”与“≤3名”）不报；保密项目不报。",
      why: "指标照搬说明没有按项目内容设定目标，与项目的相关性审核不符；但同类项目（如两个年度的运维合同）可能确实相同，故仅作提示。",
      bad: "两个项目的指标都是“雇员考核：称职或以上；政府雇员指标数：≤2名；发放及时性：及时”。",
      good: "各项目按自身内容设定指标和目标值。",
    },
    docEn: {
      what: "Finds projects whose set of indicators (names and annual values, any order; at least 2) is the same as another project's in the table. Guard: same names with different values are not copies; confidential projects are skipped.",
      why: "Copied indicators are not set for the project; similar projects may legitimately share them, hence an info.",
      bad: "Two projects with the very same three indicators and values.",
      good: "Each project's own indicators and targets.",
    },
  },
  visitor(table, _ctx, out) {
    const groups = new Map<string, TableRow[]>();
    return {
      project(row) {
        if (row.indicators.length < 2 || CONFIDENTIAL.test(row.goal?.text ?? "")) return;
        const key = setKey(row);
        const g = groups.get(key);
        if (g) g.push(row);
        else groups.set(key, [row]);
      },
      end() {
        for (const rows of groups.values()) {
          if (rows.length < 2) continue;
          for (const row of rows) {
            // at most three others by name: a template copied into hundreds of projects must not
            // make every message list every other project (n² text)
            const others = nameOthers(rows, row);
            out.push(
              rowFinding(indicatorsCopied, table, row, {
                cell: row.indicatorCell ?? row.indicators[0].cell,
                field: "绩效指标/相同",
                subject: setKey(row),
                messageId: "copied",
                data: {
                  project: row.name,
                  count: row.indicators.length,
                  others: others.zh,
                  othersEn: others.en,
                },
              }),
            );
          }
        }
      },
    };
  },
});
