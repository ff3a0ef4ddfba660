/**
 * The explanations a check run found in the workbook, and what they do to its findings. The
 * storage sheet comes with the grid host.readWorkbook() returned (both hosts read every sheet, the
 * very hidden one too), so applying explanations costs no extra read sync.
 */
import type { Finding } from "../../domain/finding";
import { applyExplanations, type AppliedExplanations, type Explanation } from "../../domain/review";
import { explanationsFromWorkbook, type ReadExplanations } from "../../domain/review/explanation-rows";
import type { CheckRun } from "../run-check";

const storedByRun = new WeakMap<CheckRun, ReadExplanations>();

/** The 已说明 list stored in the workbook as this run read it (bad rows described in `problems`). */
export function storedExplanations(run: CheckRun): ReadExplanations {
  let stored = storedByRun.get(run);
  if (!stored) {
    stored = explanationsFromWorkbook(run.grid);
    storedByRun.set(run, stored);
  }
  return stored;
}

export function appliedOf(run: CheckRun, explanations: readonly Explanation[] = storedExplanations(run).explanations): AppliedExplanations {
  return applyExplanations(run.result.findings, explanations);
}

/** The findings still to deal with (what marks and the findings list show). */
export function openFindingsOf(run: CheckRun): Finding[] {
  return appliedOf(run).open;
}
