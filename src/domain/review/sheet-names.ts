/** The review's sheet names, kept in ../sheet-names.ts so the reader need not import the review. */
export { EXPLAINED_SHEET, JIXIAO_SHEETS, REVIEW_SHEET } from "../sheet-names";
