/**
 * Hand-kept group structure: a 小计 row *below* its projects (often under a unit-name row with
 * blank amounts above them), where the export puts an agency row with amounts *above*. The model
 * has one shape for both: an agency row before its projects, holding the subtotal's amounts and
 * cells, so every rule that groups by position (agencyGroups) reconciles each 小计 with its own
 * projects and the 合计 with the 小计s, and no 小计 or unit-name row is ever a project.
 * Rows keep their own sheet rows and cells; only their order in the model changes.
 */
import type { TableRow } from "../model";

/** `小计`, `市工商联小计`, `小计：市工商联`, `（市工商联）小计` — short, so no project name. */
const SUBTOTAL = /^(.{0,30}?)[\s:：（(]*小\s*计[\s:：）)]*(.{0,30})$/;
/** What a subtotal says when it names no one: 单位小计, 本单位小计. */
const GENERIC = /^(本?单位|本?部门|各?单位|合)?$/;

/** The agency a subtotal label names (`市工商联小计` → 市工商联), "" when none; null: no subtotal. */
export function subtotalName(name: string): string | null {
  const m = SUBTOTAL.exec(name);
  if (!m) return null;
  const named = (m[1] || m[2]).replace(/[（()）]/g, "").trim();
  return GENERIC.test(named) ? "" : named;
}

const hasContent = (r: TableRow): boolean => r.goal !== null || r.indicators.length > 0 || r.indicatorText !== null;
const amountsBlank = (r: TableRow): boolean => !r.amounts || Object.values(r.amounts).every((a) => a.kind === "empty");

/** A row that only names a unit: an agency row, or a "project" with no content and no money. */
const isNameRow = (r: TableRow): boolean => r.kind === "agency" || (r.kind === "project" && !hasContent(r) && amountsBlank(r));

/**
 * The rows with each 小计 below its projects turned into the agency row above them. `columnAgency`
 * says a project's agency came from a 预算单位 column (kept) rather than from the rows above.
 */
export function foldSubtotals(rows: TableRow[], columnAgency: (r: TableRow) => string | null): TableRow[] {
  if (!rows.some((r) => r.kind !== "total" && subtotalName(r.name) !== null)) return rows;
  const out: TableRow[] = [];
  let header: TableRow | null = null;
  let pending: TableRow[] = [];
  const flush = () => {
    if (header) out.push(header);
    out.push(...pending);
    header = null;
    pending = [];
  };
  for (const row of rows) {
    const named = row.kind === "total" ? null : subtotalName(row.name);
    if (named !== null && pending.length > 0) {
      out.push(...groupUnder(row, named, header, pending, columnAgency));
      header = null;
      pending = [];
    } else if (named !== null) {
      // a 小计 above its projects is the export's agency row by another name
      flush();
      header = { ...row, kind: "agency", name: named || row.name, agency: named || row.name };
    } else if (row.kind === "total") {
      flush();
      out.push(row);
    } else if (isNameRow(row)) {
      flush();
      header = row;
    } else pending.push(row);
  }
  flush();
  return out;
}

/** The agency row a 小计 below `projects` stands for, then the projects with their agency. */
function groupUnder(subtotal: TableRow, named: string, header: TableRow | null, projects: TableRow[], columnAgency: (r: TableRow) => string | null): TableRow[] {
  // a header with amounts of its own already is the agency row: the 小计 under it repeats it
  if (header && !amountsBlank(header)) return [header, ...projects];
  const name = header?.name || columnAgency(projects[0]) || named || subtotal.name;
  const agency: TableRow = {
    ...subtotal,
    kind: "agency",
    name,
    agency: name,
    // the name is read where it is written: the unit-name row when there is one
    nameCell: header?.nameCell ?? subtotal.nameCell,
  };
  return [agency, ...projects.map((p) => ({ ...p, agency: columnAgency(p) || name }))];
}
