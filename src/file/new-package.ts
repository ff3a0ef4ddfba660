/**
 * A brand-new workbook package built in code (no template file): the content types, the package
 * and workbook relationships, an empty workbook and the minimal styles, to which patch-sheets.ts
 * then adds the sheets. Used for the 审核意见表 as its own file and for 新建 into a new workbook.
 */
import type { PackageDraft } from "./package-draft";
import { minimalStyles } from "./patch-sheets";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

export const NEW_PACKAGE_PATHS = { workbook: "xl/workbook.xml", workbookRels: "xl/_rels/workbook.xml.rels", styles: "xl/styles.xml" };

export function writeEmptyPackage(draft: PackageDraft): void {
  draft.setText(
    "[Content_Types].xml",
    HEAD +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `</Types>`,
  );
  draft.setText("_rels/.rels", HEAD + `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  draft.setText(
    NEW_PACKAGE_PATHS.workbook,
    HEAD + `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`,
  );
  draft.setText(NEW_PACKAGE_PATHS.workbookRels, HEAD + `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`);
  draft.setText(NEW_PACKAGE_PATHS.styles, minimalStyles());
}
