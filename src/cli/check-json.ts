/** The JSON `jixiao check` prints (version 1): per file its tables and findings, and a summary. */
import type { TableSummary } from "../domain/check";
import type { Finding } from "../domain/finding";
import type { ReadProblem } from "../domain/model";

export interface FindingJson {
  rule: string;
  severity: Finding["severity"];
  sheet: string;
  cell: string;
  agency: string | null;
  project: string | null;
  indicator: Finding["indicator"];
  message: string;
}

export interface CheckedFileJson {
  file: string;
  tables: TableSummary[];
  findings: FindingJson[];
  /** the file could not be read, or holds no table: the Chinese message */
  error?: string;
  /** cells the reader could not read (#REF! in a goal…), with sheet and cell */
  problems?: ReadProblem[];
}

export function findingJson(f: Finding): FindingJson {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    agency: f.agency,
    project: f.project,
    indicator: f.indicator,
    message: f.message,
  };
}
