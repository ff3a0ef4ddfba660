/**
 * Who explains a finding: a name typed once and remembered in this browser's localStorage (never
 * sent anywhere; it is written into the workbook only beside an explanation the user saves).
 */
export const REVIEWER_KEY = "jixiao.reviewerName";

export function loadReviewerName(): string {
  try {
    return globalThis.localStorage?.getItem(REVIEWER_KEY) ?? "";
  } catch {
    // Storage can be switched off (a locked-down browser): the name is simply asked again.
    return "";
  }
}

export function saveReviewerName(name: string): void {
  try {
    globalThis.localStorage?.setItem(REVIEWER_KEY, name.trim());
  } catch {
    // As above: without storage the name lives for this session only, which is still correct.
  }
}
