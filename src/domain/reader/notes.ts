/**
 * What the reader says about a sheet without calling it unreadable: the rows it left out because
 * they were hidden (and whether the 合计 counts them), and the amounts it could not check because
 * their formulas carry no result. The CLI and the pane show these beside the tables they concern.
 */
import type { WorkbookModel } from "../model";

export interface ReaderNote {
  sheet: string;
  /** the first cell concerned, when there is one */
  cell: string | null;
  /** in Chinese, naming the sheet */
  message: string;
}

export function readerNotes(model: WorkbookModel): ReaderNote[] {
  const out: ReaderNote[] = [];
  for (const t of model.tables) for (const n of t.notes ?? []) out.push({ sheet: t.sheet, cell: null, message: `工作表“${t.sheet}”${n}` });
  for (const p of model.problems) {
    if (p.code === "uncalculated-formulas") out.push({ sheet: p.sheet ?? "", cell: p.cell, message: p.message });
  }
  return out;
}
