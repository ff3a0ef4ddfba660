/**
 * A shared formula's text for a cell other than its first: Excel stores the formula once
 * (`<f t="shared" ref="D5:D9" si="0">SUM(B5:C5)</f>`) and the other cells only name it by `si`, so
 * their text is the first cell's with every relative reference moved by the offset. References
 * inside string literals and quoted sheet names stay; `$` parts stay; function names such as
 * LOG10( are not references.
 */
import { columnIndex, columnLetter } from "../domain/address";

const REFERENCE = /("(?:[^"]|"")*"|'(?:[^']|'')*')|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(REFERENCE, (whole, quoted: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    if (quoted !== undefined) return whole;
    const col = colAbs ? letters : columnLetter(columnIndex(letters) + cols);
    const row = rowAbs ? digits : String(Number(digits) + rows);
    return `${colAbs}${col}${rowAbs}${row}`;
  });
}
