/** The reviewer's workflow, pure: explained findings and their storage, the review sheet as data. */
export * from "./sheet-names";
export * from "./neutralise";
export * from "./hyperlink";
export * from "./explanations";
export * from "./explanation-vetting";
export * from "./review-sheet";
export * from "./tally";
