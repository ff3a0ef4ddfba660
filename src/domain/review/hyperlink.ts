/**
 * The one formula jixiao writes on purpose: =HYPERLINK("#'Sheet'!B7","Sheet!B7"), a link from the
 * review sheet to the cell a finding is about (optionally in another workbook, for the CLI's folder
 * report: =HYPERLINK("区/白云区.xlsx#'Sheet'!B7", …)). Both parts are Excel string literals, with
 * quotes doubled, so no cell text can break out of them.
 */

/** Excel's limit for one string constant inside a formula. */
const MAX_LITERAL = 255;

export interface LinkTarget {
  /** another workbook, relative to the one holding the link; omitted for a cell in the same workbook */
  file?: string;
  sheet: string;
  cell: string;
}

/** `'It''s'!B7` — a sheet reference quoted the way Excel reads it. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** What the link cell shows: `Sheet!B7`. */
export function linkText(target: LinkTarget): string {
  return `${target.sheet}!${target.cell}`;
}

/**
 * The formula (with its leading `=`), or null when a part is too long for an Excel string constant
 * or the cell is not a plain A1 address; the writer then shows the text without a link.
 */
export function hyperlinkFormula(target: LinkTarget, display = linkText(target)): string | null {
  if (!/^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}$/.test(target.cell)) return null;
  const location = `${(target.file ?? "").replace(/\\/g, "/")}#${sheetReference(target.sheet, target.cell)}`;
  if (location.length > MAX_LITERAL || display.length > MAX_LITERAL) return null;
  return `=HYPERLINK(${literal(location)},${literal(display)})`;
}
