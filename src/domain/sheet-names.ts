/**
 * The sheets jixiao itself writes into a checked workbook. They are never 绩效目标表 tables, so the
 * reader skips them, and writers replace only these (never the checked sheets). They live beside
 * the reader, not in review/, so the reader imports nothing of the review.
 */

/** Very hidden worksheet holding the explained findings (已说明), one row each. */
export const EXPLAINED_SHEET = "jixiao_explained";

/** The review sheet a reviewer fills in and sends back. */
export const REVIEW_SHEET = "审核意见表";

/** Sheet names the reader must not treat as tables. */
export const JIXIAO_SHEETS: ReadonlySet<string> = new Set([EXPLAINED_SHEET, REVIEW_SHEET]);
