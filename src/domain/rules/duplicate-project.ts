import type { TableRow } from "../model";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";

/** Names compare without spaces and with either width of bracket (most names need no change). */
const NEEDS_NORMALISING = /[\s\u3000（）]/;
const SPACES = /[\s\u3000]/g;
const OPEN = /（/g;
const CLOSE = /）/g;
const nameKey = (s: string): string => (NEEDS_NORMALISING.test(s) ? s.replace(SPACES, "").replace(OPEN, "(").replace(CLOSE, ")") : s);

/** The same project name twice under one agency (the same name under two agencies is fine). */
export const duplicateProject: Rule = createRule({
  meta: {
  id: "duplicate-project",
  severity: "warning",
  category: "project",
  title: "同一单位下项目重复",
  titleEn: "Project listed twice under one agency",
  scope: "project",
  fixable: false,
  messages: {
    underAgency: {
      zh: "资金使用单位“{agency}”下项目“{project}”重复出现（首次在{firstCell}）。请核实是否重复列示；确为不同项目时请在名称中加以区分。",
      en: "Project \"{project}\" appears again under agency \"{agency}\" (first at {firstCell}).",
    },
    inTable: {
      zh: "本表中项目“{project}”重复出现（首次在{firstCell}）。请核实是否重复列示；确为不同项目时请在名称中加以区分。",
      en: "Project \"{project}\" appears again in this table (first at {firstCell}).",
    },
  },
  doc: {
    what: "找出同一资金使用单位（或预算单位）下名称相同的项目。不同单位各有一个同名项目（如两个单位都有“法律顾问服务”）不算重复。",
    why: "同一单位重复列示同一项目，可能重复申请资金，或把两个不同项目起了同一个名字，都需要核实。",
    bad: "“广州市工商业联合会”下两次出现“法律顾问服务”。",
    good: "同一单位下项目名称各不相同；确为两个项目时在名称中区分（如“法律顾问服务（投诉中心）”）。",
  },
  docEn: {
    what: "Finds a project name that appears twice under the same agency. The same name under two agencies is not a duplicate.",
    why: "A project listed twice may be funded twice, or two projects share a name; either needs checking.",
    bad: "法律顾问服务 twice under one agency.",
    good: "Distinct names within each agency.",
  },
  },
  visitor(table, _ctx, out) {
    // agency (its row, or its name in the agency layout) → project name → first occurrence
    const byAgency = new Map<TableRow | string, Map<string, { cell: string; count: number }>>();
    // the agency a project sits under, by position when the table has agency rows (names can repeat)
    let current: TableRow | null = null;
    return {
      row(row) {
        if (row.kind === "agency") current = row;
        if (row.kind === "total") current = null;
        if (row.kind !== "project" || !row.name.trim()) return;
        const agency = current ? current.name : row.agency;
        const group = current ?? row.agency ?? "";
        let seen = byAgency.get(group);
        if (!seen) {
          seen = new Map();
          byAgency.set(group, seen);
        }
        const key = nameKey(row.name);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { cell: row.nameCell, count: 1 });
          return;
        }
        first.count++;
        out.push(
          rowFinding(duplicateProject, table, row, {
            cell: row.nameCell,
            field: `项目名称#${first.count}`,
            subject: row.name,
            messageId: agency ? "underAgency" : "inTable",
            data: { project: row.name, agency: agency ?? "", firstCell: first.cell },
          }),
        );
      },
    };
  },
});
