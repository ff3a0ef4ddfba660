/**
 * Explanations are the preparer's claims, not approvals: anyone who edits a workbook can add rows
 * to its storage sheet. Before any is applied, rows a reviewer should not trust are set aside and
 * reported (`explanation-invalid`):
 *   - dated in the future (a row dated 9999 would otherwise win over every real one);
 *   - written by a formula (the pane and the CLI write plain text, never formulas);
 *   - a second row for the same finding (business key): the latest valid one is used, the others
 *     are reported.
 * Times are compared as instants (Date.parse), not as strings: `+08:00` and `Z` times mix.
 */
import type { Explanation } from "./explanations";
import { EXPLAINED_SHEET } from "./sheet-names";

export const EXPLANATION_INVALID = "explanation-invalid";

/** A stored row set aside, with the reason in Chinese (naming the sheet and row). */
export interface InvalidExplanation {
  code: typeof EXPLANATION_INVALID;
  /** 1-based sheet row */
  row: number;
  key: string;
  message: string;
}

export interface StoredExplanation {
  explanation: Explanation;
  /** 1-based sheet row */
  row: number;
  /** some cell of the row holds a formula */
  byFormula: boolean;
}

/** A clock a few minutes ahead on the preparer's machine is not a forged date. */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;

export function vetExplanations(stored: readonly StoredExplanation[], now: Date): { explanations: Explanation[]; invalid: InvalidExplanation[] } {
  const invalid: InvalidExplanation[] = [];
  const where = (row: number) => `工作表“${EXPLAINED_SHEET}”第${row}行`;
  const reject = (s: StoredExplanation, why: string) =>
    invalid.push({ code: EXPLANATION_INVALID, row: s.row, key: s.explanation.key, message: `${where(s.row)}：${why}，该条说明不予采用。` });
  const latest = new Map<string, StoredExplanation>();
  const losers: StoredExplanation[] = [];
  for (const s of stored) {
    const at = Date.parse(s.explanation.at);
    if (s.byFormula) reject(s, "由公式写成（说明只能由填报人以文字写入）");
    else if (at > now.getTime() + CLOCK_SKEW_MS) reject(s, `说明时间“${s.explanation.at}”晚于现在`);
    else {
      const seen = latest.get(s.explanation.key);
      if (seen && Date.parse(seen.explanation.at) > at) losers.push(s);
      else {
        if (seen) losers.push(seen);
        latest.set(s.explanation.key, s);
      }
    }
  }
  for (const s of losers) {
    const winner = latest.get(s.explanation.key)!;
    reject(s, `与第${winner.row}行说明同一问题（业务键 ${s.explanation.key}），采用时间较晚的第${winner.row}行`);
  }
  invalid.sort((a, b) => a.row - b.row);
  return { explanations: [...latest.values()].map((s) => s.explanation), invalid };
}
