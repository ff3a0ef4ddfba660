/**
 * What a whole-row shift in one sheet means for the rest of the package: the workbook's defined
 * names (print area, print titles) that point into the sheet move with it; the calculation chain
 * (which lists formula cells by address) is dropped so Excel rebuilds it, and the workbook is
 * marked to recalculate on open (a 合计 over the grown range must add the new row). A formula in
 * another sheet, a pivot table or a table that refers into the sheet would need moving too; those
 * are refused rather than left pointing at the wrong row.
 */
import type { RowShift } from "./formula-shift";
import type { PackageDraft } from "./package-draft";
import { PatchError } from "./patch-error";
import { parseRange, refuseShift, shiftRange, type ShiftPlace } from "./patch-rows";
import { attrOf, withAttr } from "./sheet-xml";

export interface PackagePaths {
  workbook: string;
  workbookRels: string;
  sheets: Array<{ name: string; part: string }>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const xmlName = (s: string) => s.replace(/&/g, "&amp;").replace(/'/g, "''").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** `表!A1:B2`, `'表 1'!$4:$4`, as stored in XML text: the sheet-qualified references to `sheet`. */
function qualifiedReferences(sheet: string): RegExp {
  const plain = escapeRegExp(sheet.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
  const quoted = escapeRegExp(xmlName(sheet));
  const range = String.raw`(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?\d+:\$?\d+)(?![A-Za-z0-9_(])`;
  return new RegExp(String.raw`((?:(?<![\w.])${plain}|'${quoted}'|(?:&apos;)${quoted}(?:&apos;))!)${range}`, "g");
}

export function shiftWorkbookRows(draft: PackageDraft, paths: PackagePaths, sheet: string, shift: RowShift): void {
  const place: ShiftPlace = { file: draft.file, sheet };
  const refs = qualifiedReferences(sheet);
  const sheetPart = paths.sheets.find((s) => s.name === sheet)?.part ?? "";
  checkSheetRelationships(draft, sheetPart, place, shift);
  for (const other of paths.sheets) {
    if (other.part === sheetPart) continue;
    for (const f of draft.text(other.part).matchAll(/<(?:[A-Za-z_][\w.-]*:)?f(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?f>/g)) {
      for (const r of f[1].matchAll(refs)) {
        const rect = parseRange(r[2]);
        if (!rect || rect.bottom >= shift.at) {
          throw refuseShift(place, shift, `工作表“${other.name}”的公式引用了这一行以下的单元格（${r[0]}）`);
        }
      }
    }
  }
  for (const name of draft.names().filter((n) => /pivotCacheDefinition\d*\.xml$/i.test(n))) {
    const source = /<(?:[A-Za-z_][\w.-]*:)?worksheetSource(\s[^>]*?)\/?>/.exec(draft.text(name));
    if (source && attrOf(source[1], "sheet") === xmlName(sheet).replace(/''/g, "'")) throw refuseShift(place, shift, "有数据透视表以这张表为数据源");
  }
  let workbook = draft.text(paths.workbook);
  workbook = workbook.replace(/(<(?:[A-Za-z_][\w.-]*:)?definedName(?:\s[^>]*)?>)([\s\S]*?)(<\/)/g, (w, open: string, text: string, close: string) => {
    const moved = text.replace(refs, (whole, qualifier: string, range: string) => {
      const shifted = shiftRange(range, shift);
      return shifted === null ? `${qualifier}#REF!` : qualifier + shifted;
    });
    return open + moved + close;
  });
  workbook = recalculateOnOpen(workbook);
  draft.setText(paths.workbook, workbook);
  dropCalcChain(draft, paths);
}

/** A table or pivot table placed on the sheet is anchored by cell range in its own part. */
function checkSheetRelationships(draft: PackageDraft, sheetPart: string, place: ShiftPlace, shift: RowShift): void {
  const slash = sheetPart.lastIndexOf("/");
  const rels = `${sheetPart.slice(0, slash)}/_rels/${sheetPart.slice(slash + 1)}.rels`;
  if (!draft.has(rels)) return;
  for (const m of draft.text(rels).matchAll(/\sType=["']([^"']*)["']/g)) {
    const type = m[1].slice(m[1].lastIndexOf("/") + 1);
    if (type === "table") throw refuseShift(place, shift, "表中有 Excel 表格（列表）");
    if (type === "pivotTable") throw refuseShift(place, shift, "表中有数据透视表");
  }
}

function recalculateOnOpen(workbook: string): string {
  const calc = /<((?:[A-Za-z_][\w.-]*:)?)calcPr(\s[^>]*?)?\/>/.exec(workbook);
  if (calc) return workbook.slice(0, calc.index) + `<${calc[1]}calcPr${withAttr(calc[2] ?? "", "fullCalcOnLoad", "1")}/>` + workbook.slice(calc.index + calc[0].length);
  const end = /<\/((?:[A-Za-z_][\w.-]*:)?)workbook>/.exec(workbook);
  if (!end) throw new PatchError("workbook.xml 不完整");
  // calcPr comes after definedNames and before the optional tail elements; inserting before them keeps the schema order
  const tail = /<(?:[A-Za-z_][\w.-]*:)?(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)[\s/>]/.exec(workbook);
  const at = tail ? tail.index : end.index;
  return workbook.slice(0, at) + `<${end[1]}calcPr fullCalcOnLoad="1"/>` + workbook.slice(at);
}

/** Excel rebuilds a missing calculation chain; a stale one (naming cells that moved) makes it repair the file. */
function dropCalcChain(draft: PackageDraft, paths: PackagePaths): void {
  const chain = draft.names().find((n) => /(^|\/)calcChain\.xml$/i.test(n));
  if (!chain) return;
  draft.remove(chain);
  draft.setText(paths.workbookRels, draft.text(paths.workbookRels).replace(/<(?:[A-Za-z_][\w.-]*:)?Relationship\s[^>]*?calcChain[^>]*?\/>/g, ""));
  draft.setText("[Content_Types].xml", draft.text("[Content_Types].xml").replace(/<(?:[A-Za-z_][\w.-]*:)?Override\s[^>]*?calcChain\.xml[^>]*?\/>/g, ""));
}

