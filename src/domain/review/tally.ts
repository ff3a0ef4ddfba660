/** Counting for the summaries (per file, per agency): open findings by severity, and explained ones. */
import type { Finding } from "../finding";
import type { ExplainedFinding } from "./explanations";

export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
  explained: number;
  /**
   * explained findings of severity error: left out of `errors` on the preparer's word, so they are
   * counted apart (and count for the exit code under --strict)
   */
  explainedErrors: number;
}

export interface AgencyTally extends Tally {
  /** null: findings outside any agency (合计, the table itself) */
  agency: string | null;
}

export const emptyTally = (): Tally => ({ errors: 0, warnings: 0, infos: 0, explained: 0, explainedErrors: 0 });

function count(t: Tally, f: Finding): void {
  if (f.severity === "error") t.errors++;
  else if (f.severity === "warning") t.warnings++;
  else t.infos++;
}

export function tally(open: readonly Finding[], explained: readonly ExplainedFinding[]): Tally {
  const t = emptyTally();
  for (const f of open) count(t, f);
  t.explained = explained.length;
  t.explainedErrors = explained.filter((e) => e.finding.severity === "error").length;
  return t;
}

export function addTally(into: Tally, t: Tally): Tally {
  into.errors += t.errors;
  into.warnings += t.warnings;
  into.infos += t.infos;
  into.explained += t.explained;
  into.explainedErrors += t.explainedErrors;
  return into;
}

/** One line per agency, in order of first appearance (open findings first, then explained ones). */
export function tallyByAgency(open: readonly Finding[], explained: readonly ExplainedFinding[]): AgencyTally[] {
  const byAgency = new Map<string | null, AgencyTally>();
  const get = (agency: string | null) => {
    let t = byAgency.get(agency);
    if (!t) {
      t = { agency, ...emptyTally() };
      byAgency.set(agency, t);
    }
    return t;
  };
  for (const f of open) count(get(f.agency), f);
  for (const e of explained) {
    const t = get(e.finding.agency);
    t.explained++;
    if (e.finding.severity === "error") t.explainedErrors++;
  }
  return [...byAgency.values()];
}
