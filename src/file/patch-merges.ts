/**
 * A sheet's merged areas replaced by a given list (the picker extends a project's merged cells
 * over the rows it inserts). `<mergeCells>` goes where the schema puts it: after sheetData and
 * the elements that may follow it, before conditional formats, validations, links and the page setup.
 */
import { toA1 } from "../domain/address";
import type { RowRect } from "./formula-shift";
import { elementPrefix } from "./sheet-xml";

const AFTER_MERGES =
  "phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst";

export function setMerges(xml: string, merges: RowRect[]): string {
  const p = elementPrefix(xml);
  const list = merges.map((m) => `<${p}mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`).join("");
  const block = merges.length ? `<${p}mergeCells count="${merges.length}">${list}</${p}mergeCells>` : "";
  const existing = /<((?:[A-Za-z_][\w.-]*:)?)mergeCells(?:\s[^>]*?)?(?:\/>|>[\s\S]*?<\/\1mergeCells>)/.exec(xml);
  if (existing) return xml.slice(0, existing.index) + block + xml.slice(existing.index + existing[0].length);
  const after = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?(?:${AFTER_MERGES})[\\s/>]`).exec(xml.slice(xml.search(/<\/(?:[A-Za-z_][\w.-]*:)?sheetData>/)));
  const at = after ? xml.search(/<\/(?:[A-Za-z_][\w.-]*:)?sheetData>/) + after.index : xml.search(/<\/(?:[A-Za-z_][\w.-]*:)?worksheet>/);
  return xml.slice(0, at) + block + xml.slice(at);
}
