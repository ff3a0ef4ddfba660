/**
 * What every output of a folder review is made from: the checked files, the totals, one line per
 * (file, agency), and the baseline comparison. Text, JSON, HTML, SARIF, XLSX and CSV all read this.
 */
import { addTally, emptyTally, tally, tallyByAgency, type AgencyTally, type Tally } from "../domain/review";
import type { CheckedFile } from "./check-file";

export interface BaselineSummary {
  /** the earlier JSON report, as given */
  file: string;
  /** findings not in the baseline: the only ones shown */
  new: number;
  /** baseline findings of the files checked now that are gone */
  fixed: number;
  /** findings in both (left out of every output) */
  unchanged: number;
}

export interface FileAgencyTally extends AgencyTally {
  file: string;
}

export interface FolderReview {
  generatedAt: string;
  files: CheckedFile[];
  summary: Tally & { files: number; unreadable: number };
  agencies: FileAgencyTally[];
  baseline?: BaselineSummary;
}

export const isUnreadable = (f: CheckedFile): boolean => Boolean(f.error) || f.problems.length > 0;

export const fileTally = (f: CheckedFile): Tally => tally(f.findings, f.explained);

export function buildReview(files: CheckedFile[], baseline?: BaselineSummary, now = new Date()): FolderReview {
  const summary = { files: files.length, unreadable: files.filter(isUnreadable).length, ...emptyTally() };
  const agencies: FileAgencyTally[] = [];
  for (const f of files) {
    addTally(summary, fileTally(f));
    for (const a of tallyByAgency(f.findings, f.explained)) agencies.push({ file: f.file, ...a });
  }
  const review: FolderReview = { generatedAt: now.toISOString(), files, summary, agencies };
  if (baseline) review.baseline = baseline;
  return review;
}

/** How an agency is named where it may be null. */
export const agencyName = (agency: string | null): string => agency ?? "（不属于任何资金使用单位）";
