/**
 * Shaping findings for people: counts by severity, and the sheet → agency → project tree the CLI's
 * text output and the task pane both show. Findings keep their order (checkWorkbook sorts them).
 */
import type { Finding } from "./finding";

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: readonly Finding[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
  }
  return s;
}

export interface ProjectGroup {
  /** null: findings about the agency row, the 合计 row or the table itself */
  project: string | null;
  findings: Finding[];
}

export interface AgencyGroup {
  /** null: findings outside any agency (合计, header, tables without agencies) */
  agency: string | null;
  projects: ProjectGroup[];
  /** how many findings in this agency, all projects together */
  count: number;
}

export interface SheetGroup {
  sheet: string;
  agencies: AgencyGroup[];
  count: number;
  summary: Summary;
}

/** Groups in order of first appearance; every finding lands in exactly one leaf. */
export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const sheets: SheetGroup[] = [];
  const sheetIndex = new Map<string, SheetGroup>();
  const agencyIndex = new Map<string, AgencyGroup>();
  const projectIndex = new Map<string, ProjectGroup>();
  for (const f of findings) {
    let s = sheetIndex.get(f.sheet);
    if (!s) {
      s = { sheet: f.sheet, agencies: [], count: 0, summary: { errors: 0, warnings: 0, infos: 0 } };
      sheetIndex.set(f.sheet, s);
      sheets.push(s);
    }
    const aKey = `${f.sheet}\u0000${f.agency ?? ""}\u0000${f.agency === null ? 0 : 1}`;
    let a = agencyIndex.get(aKey);
    if (!a) {
      a = { agency: f.agency, projects: [], count: 0 };
      agencyIndex.set(aKey, a);
      s.agencies.push(a);
    }
    const pKey = `${aKey}\u0000${f.project ?? ""}\u0000${f.project === null ? 0 : 1}`;
    let p = projectIndex.get(pKey);
    if (!p) {
      p = { project: f.project, findings: [] };
      projectIndex.set(pKey, p);
      a.projects.push(p);
    }
    p.findings.push(f);
    a.count++;
    s.count++;
    if (f.severity === "error") s.summary.errors++;
    else if (f.severity === "warning") s.summary.warnings++;
    else s.summary.infos++;
  }
  return sheets;
}
