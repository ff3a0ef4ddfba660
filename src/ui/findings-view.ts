/**
 * What the findings list shows: the findings that pass the severity, rule and search filters. The
 * grouping (sheet → agency → project) is the domain's groupFindings (report.ts), shared with the CLI.
 */
import type { Finding, Severity } from "../domain/finding";
import { SEVERITIES } from "../domain/finding";

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** a rule id, or null for every rule */
  rule: string | null;
  query: string;
}

export const ALL_FINDINGS: FindingFilter = { severities: new Set(SEVERITIES), rule: null, query: "" };

export function isFiltering(filter: FindingFilter): boolean {
  return filter.severities.size !== SEVERITIES.length || filter.rule !== null || filter.query.trim() !== "";
}

/** Every text a user might type to find a finding, in both languages. */
function haystack(f: Finding, ruleTitles: (id: string) => string[]): string {
  return [
    f.message,
    f.messageEn ?? "",
    f.sheet,
    f.cell,
    `${f.sheet}!${f.cell}`,
    f.agency ?? "",
    f.project ?? "",
    f.indicator?.name ?? "",
    f.rule,
    ...ruleTitles(f.rule),
  ]
    .join("\n")
    .toLowerCase();
}

export function filterFindings(
  findings: readonly Finding[],
  filter: FindingFilter,
  ruleTitles: (id: string) => string[] = () => [],
): Finding[] {
  // Several words narrow the list (AND), so "扶贫 合计" finds the sum finding of that project.
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return findings.filter(
    (f) =>
      filter.severities.has(f.severity) &&
      (filter.rule === null || f.rule === filter.rule) &&
      (words.length === 0 || words.every((w) => haystack(f, ruleTitles).includes(w))),
  );
}

/** A stable id for a finding in the list (the business key plus the cell: keys may repeat across cells). */
export const findingId = (f: Finding): string => `${f.key}@${f.sheet}!${f.cell}`;
