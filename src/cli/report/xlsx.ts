/**
 * The XLSX report: a 汇总 sheet (per file, linking to its sheet, and per agency), then one
 * 审核意见表 per checked file built from the same ReviewSheetData the pane writes, its cell links
 * pointing into the checked file (relative to the report). Every text is neutralised against
 * formula injection; the only formulas are the HYPERLINK links.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { buildReviewSheet, cell, hyperlinkFormula, uniqueSheetNames, type ReviewCell, type ReviewSheetData, type ReviewStyle } from "../../domain/review";
import type { CheckedFile } from "../check-file";
import { renderReviewSheet } from "../review-xlsx";
import { agencyName, fileTally, isUnreadable, type FolderReview } from "../review-model";

export const SUMMARY_SHEET = "汇总";

/** The report's bytes; `reportFile` is where it will be written (its links are relative to it). */
export async function xlsxReport(review: FolderReview, reportFile: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao";
  const names = sheetNames(review.files);
  renderReviewSheet(wb, summarySheet(review, names));
  const date = review.generatedAt.slice(0, 10);
  review.files.forEach((f, k) => {
    const data = buildReviewSheet({
      department: f.department,
      date,
      open: f.findings.filter((x) => !(f.error && x.rule === "no-table")),
      explained: f.explained,
      lapsed: f.lapsed,
      budgetYear: f.budgetYear,
      file: f.file,
      linkFile: path.relative(path.dirname(path.resolve(reportFile)), path.resolve(f.file)),
      sheetName: names[k],
    });
    if (f.error) data.rows[2] = [cell(`无法检查：${f.error}`)];
    renderReviewSheet(wb, data);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Worksheet names: each file's name without .xlsx, made valid and unique beside 汇总 (see uniqueSheetNames). */
export function sheetNames(files: CheckedFile[]): string[] {
  return uniqueSheetNames(
    files.map((f) => path.basename(f.file).replace(/\.xlsx$/i, "")),
    [SUMMARY_SHEET],
    "文件",
  );
}

/** The 状态 column: why a file was not read in full, or that its stored explanations were not all taken. */
function fileState(f: CheckedFile): string {
  if (isUnreadable(f)) return `无法完整读取：${f.error ?? f.problems[0]?.message ?? ""}`;
  return f.invalidExplanations.length ? `已说明记录无效 ${f.invalidExplanations.length} 条（explanation-invalid）：${f.invalidExplanations[0].message}` : "";
}

function summarySheet(review: FolderReview, names: string[]): ReviewSheetData {
  const s = review.summary;
  const rows: ReviewCell[][] = [];
  const merges: string[] = [];
  const styles: ReviewStyle[] = [];
  const push = (cells: ReviewCell[]) => rows.push(cells) && rows.length;
  const title = push([cell("绩效目标表审核汇总")]);
  merges.push(`A${title}:G${title}`);
  styles.push({ range: `A${title}:G${title}`, bold: true, fontSize: 16, horizontal: "center" });
  const meta = push([cell(`生成时间：${review.generatedAt.slice(0, 10)}\u3000共 ${s.files} 个文件：错误 ${s.errors} 条，警告 ${s.warnings} 条，提示 ${s.infos} 条，已说明 ${s.explained} 条${s.explainedErrors ? `（其中错误 ${s.explainedErrors} 条，按填报人的说明未计入错误）` : ""}${s.unreadable ? `；${s.unreadable} 个文件无法完整读取` : ""}。`)]);
  merges.push(`A${meta}:G${meta}`);
  if (review.baseline) {
    const b = review.baseline;
    const r = push([cell(`与基线“${b.file}”相比：新增 ${b.new} 条，已修正 ${b.fixed} 条，未变 ${b.unchanged} 条（只列新增的问题）。`)]);
    merges.push(`A${r}:G${r}`);
  }
  const table = (header: string[], body: ReviewCell[][]) => {
    const h = push(header.map((x) => cell(x)));
    styles.push({ range: `A${h}:G${h}`, bold: true, fill: "#D9E1F2", horizontal: "center" });
    for (const b of body) push(b);
    styles.push({ range: `A${h}:G${rows.length}`, border: true }, { range: `A${h + 1}:G${rows.length}`, vertical: "top", wrap: true });
    return h;
  };
  push([]);
  const fileHeader = table(
    ["序号", "文件", "错误", "警告", "提示", "已说明", "状态"],
    review.files.map((f, k) => {
      const t = fileTally(f);
      const formula = hyperlinkFormula({ sheet: names[k], cell: "A1" }, f.file);
      const link: ReviewCell = formula ? { value: f.file, formula } : cell(f.file);
      return [cell(k + 1), link, cell(t.errors), cell(t.warnings), cell(t.infos), cell(t.explained), cell(fileState(f))];
    }),
  );
  styles.push({ range: `B${fileHeader + 1}:B${fileHeader + review.files.length}`, link: true });
  push([]);
  table(
    ["序号", "文件 / 资金使用单位", "错误", "警告", "提示", "已说明", ""],
    review.agencies.map((a, k) => [cell(k + 1), cell(`${path.basename(a.file)} / ${agencyName(a.agency)}`), cell(a.errors), cell(a.warnings), cell(a.infos), cell(a.explained), cell("")]),
  );
  return {
    name: SUMMARY_SHEET,
    columns: [6, 48, 8, 8, 8, 8, 40].map((width, k) => ({ header: String(k), width })),
    rows,
    merges,
    styles,
    freezeRows: 0,
    print: { paperSize: "A4", orientation: "landscape", fitToWidth: 1, fitToHeight: 0, repeatRows: { first: 1, last: 1 }, printArea: `A1:G${rows.length}`, horizontalCentered: true },
    layout: { headerRow: fileHeader, firstOpenRow: fileHeader + 1, openRows: review.files.length, explainedHeaderRow: null, explainedRows: 0 },
  };
}
