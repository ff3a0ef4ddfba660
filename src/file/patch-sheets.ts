/**
 * Adding a worksheet to a package: the sheet's part, its `<sheet>` in workbook.xml (a new sheetId
 * and relationship id), the relationship, the content type, and its formats appended to
 * styles.xml. docProps/app.xml is left as it was: its list of sheet titles is informational and
 * Excel rewrites it on the next save.
 */
import type { NewSheet } from "./new-sheet";
import type { PackageDraft } from "./package-draft";
import { PatchError } from "./patch-error";
import { worksheetXml } from "./sheet-write";
import { appendStyles } from "./styles-append";
import { escapeAttribute } from "./xml-escape";

export interface SheetPaths {
  workbook: string;
  workbookRels: string;
  styles?: string;
}

const TRANSITIONAL_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end, unique without case. */
function checkSheetName(name: string, existing: string[], file: string): void {
  const bad = !name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'");
  if (bad) throw new PatchError(`文件“${file}”：“${name}”不能用作工作表名（1 至 31 个字符，不含 : \\ / ? * [ ]，首尾不能是单引号）。`);
  if (existing.some((n) => n.toLowerCase() === name.toLowerCase())) throw new PatchError(`文件“${file}”中已有工作表“${name}”，新工作表不能同名。`);
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

export function addSheet(draft: PackageDraft, paths: SheetPaths, sheet: NewSheet): void {
  let workbook = draft.text(paths.workbook);
  const sheetTags = [...workbook.matchAll(/<((?:[A-Za-z_][\w.-]*:)?)sheet\s([^>]*?)\/?>/g)];
  checkSheetName(sheet.name, sheetTags.map((m) => unescape(/\bname=["']([^"']*)["']/.exec(m[2])?.[1] ?? "")), draft.file);
  const main = /<(?:[A-Za-z_][\w.-]*:)?workbook\s[^>]*?xmlns(?::[\w.-]+)?=["']([^"']*spreadsheetml[^"']*)["']/.exec(workbook)?.[1] ?? TRANSITIONAL_MAIN;
  const relNs = /xmlns:[\w.-]+=["']([^"']*relationships)["']/.exec(workbook)?.[1] ?? TRANSITIONAL_REL;

  // the part, named after the first free sheetN.xml
  const folder = folderOf(paths.workbook);
  let n = 1;
  while (draft.has(`${folder}worksheets/sheet${n}.xml`)) n++;
  const part = `${folder}worksheets/sheet${n}.xml`;

  // formats first: the sheet's cells name their cellXfs indexes
  draft.setText(part, worksheetXml(sheet, styleIndexes(draft, paths, sheet), main));

  const relId = addRelationship(draft, paths.workbookRels, `${relNs.replace(/relationships$/, "relationships/worksheet")}`, `worksheets/sheet${n}.xml`);
  const sheetId = Math.max(0, ...sheetTags.map((m) => Number(/\bsheetId=["'](\d+)["']/.exec(m[2])?.[1] ?? 0))) + 1;
  const prefix = sheetTags[0]?.[1] ?? /<([A-Za-z_][\w.-]*:)?workbook[\s>]/.exec(workbook)?.[1] ?? "";
  const rPrefix = /xmlns:([\w.-]+)=["'][^"']*relationships["']/.exec(workbook)?.[1];
  const id = rPrefix ? `${rPrefix}:id="${relId}"` : `xmlns:r="${relNs}" r:id="${relId}"`;
  const state = sheet.state ? ` state="${sheet.state}"` : "";
  const tag = `<${prefix}sheet name="${escapeAttribute(sheet.name)}" sheetId="${sheetId}"${state} ${id}/>`;
  const close = new RegExp(`</${prefix.replace(/[.]/g, "\\.")}sheets>`).exec(workbook);
  if (!close) throw new PatchError(`文件“${draft.file}”的 workbook.xml 缺少工作表列表，无法添加“${sheet.name}”。`);
  workbook = workbook.slice(0, close.index) + tag + workbook.slice(close.index);
  draft.setText(paths.workbook, addPrintNames(workbook, prefix, sheet, sheetTags.length));
  addOverride(draft, `/${part}`, WORKSHEET_TYPE);
}

/** The print titles and print area are defined names local to the sheet (its position in the workbook). */
function addPrintNames(workbook: string, prefix: string, sheet: NewSheet, index: number): string {
  const quoted = `'${escapeAttribute(sheet.name).replace(/'/g, "''")}'`;
  const absolute = (range: string) => range.replace(/\$?([A-Z]{1,3})\$?(\d+)/g, "$$$1$$$2");
  const names = [
    sheet.print?.printArea ? `<${prefix}definedName name="_xlnm.Print_Area" localSheetId="${index}">${quoted}!${absolute(sheet.print.printArea)}</${prefix}definedName>` : "",
    sheet.print?.titleRows ? `<${prefix}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${quoted}!${sheet.print.titleRows}</${prefix}definedName>` : "",
  ].join("");
  if (!names) return workbook;
  const p = prefix.replace(/[.]/g, "\\.");
  const list = new RegExp(`</${p}definedNames>`).exec(workbook);
  if (list) return workbook.slice(0, list.index) + names + workbook.slice(list.index);
  // definedNames follow sheets (and the external references, if any) in the schema's order
  const after = new RegExp(`</${p}externalReferences>`).exec(workbook) ?? new RegExp(`</${p}sheets>`).exec(workbook)!;
  const at = after.index + after[0].length;
  return workbook.slice(0, at) + `<${prefix}definedNames>${names}</${prefix}definedNames>` + workbook.slice(at);
}

/**
 * Writes a sheet the file already has anew in its own part (the pane's 审核意见表 or 已说明 storage,
 * regenerated): same part, relationship and sheetId; its formats appended; its print names replaced.
 */
export function replaceSheet(draft: PackageDraft, paths: SheetPaths, sheet: NewSheet, part: string): void {
  const workbook = draft.text(paths.workbook);
  const main = /<(?:[A-Za-z_][\w.-]*:)?workbook\s[^>]*?xmlns(?::[\w.-]+)?=["']([^"']*spreadsheetml[^"']*)["']/.exec(workbook)?.[1] ?? TRANSITIONAL_MAIN;
  draft.setText(part, worksheetXml(sheet, styleIndexes(draft, paths, sheet), main));
  const sheetTags = [...workbook.matchAll(/<((?:[A-Za-z_][\w.-]*:)?)sheet\s([^>]*?)\/?>/g)];
  const index = sheetTags.findIndex((m) => unescape(/\bname=["']([^"']*)["']/.exec(m[2])?.[1] ?? "") === sheet.name);
  const withoutOld = workbook.replace(
    new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)definedName\\s(?=[^>]*name=["']_xlnm\\.(?:Print_Area|Print_Titles)["'])(?=[^>]*localSheetId=["']${index}["'])[^>]*>[\\s\\S]*?</\\1definedName>`, "g"),
    "",
  );
  draft.setText(paths.workbook, addPrintNames(withoutOld.replace(/<((?:[A-Za-z_][\w.-]*:)?)definedNames>\s*<\/\1definedNames>/, ""), sheetTags[0]?.[1] ?? "", sheet, index));
}

/** Appends the sheet's formats to styles.xml; returns each cell's cellXfs index. */
function styleIndexes(draft: PackageDraft, paths: SheetPaths, sheet: NewSheet): (cell: NewSheet["cells"][number]) => number | undefined {
  const styled = sheet.cells.filter((c) => c.style);
  if (!styled.length) return () => undefined;
  const stylesPart = paths.styles ?? ensureStyles(draft, paths);
  const { xml, indexes } = appendStyles(draft.text(stylesPart), styled.map((c) => c.style!), draft.file);
  draft.setText(stylesPart, xml);
  const byCell = new Map(styled.map((c, i) => [c, indexes[i]]));
  return (c) => byCell.get(c);
}

function addRelationship(draft: PackageDraft, relsPart: string, type: string, target: string): string {
  const rels = draft.text(relsPart);
  const ids = new Set([...rels.matchAll(/\sId=["']([^"']*)["']/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  const relPrefix = /<([A-Za-z_][\w.-]*:)?Relationships[\s>]/.exec(rels)?.[1] ?? "";
  const tag = `<${relPrefix}Relationship Id="rId${n}" Type="${type}" Target="${target}"/>`;
  draft.setText(relsPart, rels.replace(new RegExp(`</${relPrefix}Relationships>`), `${tag}</${relPrefix}Relationships>`));
  return `rId${n}`;
}

function addOverride(draft: PackageDraft, partName: string, type: string): void {
  const types = draft.text("[Content_Types].xml");
  const prefix = /<([A-Za-z_][\w.-]*:)?Types[\s>]/.exec(types)?.[1] ?? "";
  draft.setText("[Content_Types].xml", types.replace(new RegExp(`</${prefix}Types>`), `<${prefix}Override PartName="${partName}" ContentType="${type}"/></${prefix}Types>`));
}

/** The smallest styles part Excel accepts: one font, the two fills it reserves, one border, the Normal style (colours as RGB: a new package has no theme). */
export function minimalStyles(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<styleSheet xmlns="${TRANSITIONAL_MAIN}">` +
    `<fonts count="1"><font><sz val="11"/><color rgb="FF000000"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

/** A package without a styles part (some writers leave it out) gets the minimal one. */
function ensureStyles(draft: PackageDraft, paths: SheetPaths): string {
  const part = `${folderOf(paths.workbook)}styles.xml`;
  draft.setText(part, minimalStyles());
  addRelationship(draft, paths.workbookRels, `${TRANSITIONAL_REL}/styles`, "styles.xml");
  addOverride(draft, `/${part}`, STYLES_TYPE);
  paths.styles = part;
  return part;
}
