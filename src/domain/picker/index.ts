/** The indicator picker (插入指标), pure part: suggestions, the form and its validation, the write plans. */
export * from "./library";
export type { LibraryGroup, LibraryComparator } from "./library-data";
export * from "./value-form";
export * from "./form";
export { PICKER_CHECKER_RULES } from "./checker-warnings";
export * from "./plan";
