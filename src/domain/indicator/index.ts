/** The indicator grammar: parse 绩效指标 cells, read values, know the taxonomy, write new items. */
export { parseIndicatorCell, findItemStarts, isPlaceholder, type ItemStart } from "./parse";
export { parseValue, trimValueText } from "./values";
export { parseCategory } from "./category";
export * from "./taxonomy";
export * from "./dialect";
export * from "./format";
