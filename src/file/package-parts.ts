/**
 * Where a workbook's parts are: the office document named by the package relationships, its
 * sheets in workbook order with their names and visibility, the shared strings and styles. Parts
 * are found by relationship type, compared by its last segment, so the transitional
 * (schemas.openxmlformats.org) and strict (purl.oclc.org) namespaces both work.
 */
import { corruptError, ReadError } from "./read-error";
import { attr, parsePart, prefixedAttr } from "./xml";
import type { ZipPackage } from "./zip";

export interface SheetPart {
  name: string;
  part: string;
  visibility?: "hidden" | "veryHidden";
}

export interface WorkbookParts {
  /** the workbook part and its relationships part (the patch writer adds sheets there) */
  workbook: string;
  workbookRels: string;
  sheets: SheetPart[];
  sharedStrings?: string;
  styles?: string;
  date1904: boolean;
}

interface Relationship {
  type: string;
  target: string;
}

export function findParts(zip: ZipPackage, file: string): WorkbookParts {
  const root = relationships(zip, "_rels/.rels", "", file);
  const office = [...root.values()].find((r) => r.type === "officeDocument")?.target ?? "xl/workbook.xml";
  if (!zip.has(office)) throw corruptError(file, `缺少工作簿部件 ${office}`);
  if (office.endsWith(".bin")) {
    throw new ReadError(`文件“${file}”是 Excel 二进制工作簿（.xlsb），无法读取。请在 Excel 中另存为 .xlsx 后重试。`, "not-xlsx", file);
  }
  const folder = office.slice(0, office.lastIndexOf("/") + 1);
  const workbookRels = `${folder}_rels/${office.slice(folder.length)}.rels`;
  const rels = relationships(zip, workbookRels, folder, file);
  const parts: WorkbookParts = { workbook: office, workbookRels, sheets: [], date1904: false };
  for (const r of rels.values()) {
    if (r.type === "sharedStrings" && zip.has(r.target)) parts.sharedStrings = r.target;
    if (r.type === "styles" && zip.has(r.target)) parts.styles = r.target;
  }
  parsePart(zip, office, file, {
    open(name, a) {
      if (name === "workbookPr") parts.date1904 = isTrue(attr(a, "date1904"));
      if (name !== "sheet") return;
      const rel = rels.get(prefixedAttr(a, "id") ?? "");
      // chart sheets and dialog sheets hold no cells
      if (!rel || rel.type !== "worksheet") return;
      if (!zip.has(rel.target)) throw corruptError(file, `缺少工作表部件 ${rel.target}`);
      const sheet: SheetPart = { name: attr(a, "name") ?? "", part: rel.target };
      const state = attr(a, "state");
      if (state === "hidden" || state === "veryHidden") sheet.visibility = state;
      parts.sheets.push(sheet);
    },
  });
  return parts;
}

/** A relationships part: id → (type's last segment, target resolved to a part name). */
function relationships(zip: ZipPackage, part: string, folder: string, file: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (!zip.has(part)) return out;
  parsePart(zip, part, file, {
    open(name, a) {
      if (name !== "Relationship" || attr(a, "TargetMode") === "External") return;
      const type = attr(a, "Type") ?? "";
      out.set(attr(a, "Id") ?? "", { type: type.slice(type.lastIndexOf("/") + 1), target: resolve(folder, attr(a, "Target") ?? "") });
    },
  });
  return out;
}

/** "worksheets/sheet1.xml" from xl/ → "xl/worksheets/sheet1.xml"; "/xl/…" is from the package root; ".." is followed. */
function resolve(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folder + target;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}
