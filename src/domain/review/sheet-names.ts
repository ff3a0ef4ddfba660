/** The review's sheet names, kept in ../sheet-names.ts so the reader need not import the review. */
export { EXPLAINED_SHEET, JIXIAO_SHEETS, REVIEW_SHEET } from "../sheet-names";

/** Excel's limit on a worksheet name, in UTF-16 units. */
export const SHEET_NAME_MAX = 31;
/** Characters Excel forbids in a worksheet name; control characters are dropped as well. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN_IN_NAME = /[[\]:*?/\\\u0000-\u001f\u007f]/g;
/** Excel forbids a quote at either end; spaces there only hide it. */
const QUOTES_AT_EDGES = /^[\s']+|[\s']+$/g;
/** Excel reserves this name (in any case) for its change history. */
const RESERVED_NAMES = new Set(["history"]);

/** Excel compares worksheet names without case. */
const nameKey = (name: string) => name.toLocaleLowerCase("en-US");

/** `s` cut to at most `max` UTF-16 units, never inside a surrogate pair. */
function cutUnits(s: string, max: number): string {
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * Valid, unique worksheet names from wished-for ones (file names, say): forbidden characters
 * become _, no leading or trailing quote, at most 31 units, never a reserved name (History) and
 * never equal, without case, to a name in `taken` or to an earlier one; clashes get (2), (3)….
 */
export function uniqueSheetNames(wished: readonly string[], taken: readonly string[] = [], fallback = "工作表"): string[] {
  const used = new Set(taken.map(nameKey));
  return wished.map((w) => {
    let base = cutUnits(w.replace(FORBIDDEN_IN_NAME, "_").replace(QUOTES_AT_EDGES, ""), SHEET_NAME_MAX).replace(QUOTES_AT_EDGES, "") || fallback;
    if (RESERVED_NAMES.has(nameKey(base))) base = cutUnits(`${base}_`, SHEET_NAME_MAX);
    let name = base;
    for (let n = 2; used.has(nameKey(name)) || RESERVED_NAMES.has(nameKey(name)); n++) {
      const suffix = `(${n})`;
      name = cutUnits(base, SHEET_NAME_MAX - suffix.length) + suffix;
    }
    used.add(nameKey(name));
    return name;
  });
}
