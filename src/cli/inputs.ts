/**
 * The files a command works on: files as given, and every workbook (.xlsx, .xlsm, .xls, .et, .csv) under a folder (recursively, in a
 * stable order), skipping Excel's `~$` lock files. A path that does not exist is kept so the loader
 * reports it with its own message.
 */
import { promises as fs } from "fs";
import * as path from "path";

const LOCK_FILE = /^~\$/;
/** what the file layer reads: .xlsx/.xlsm packages, .xls/.et through SheetJS, CSV */
const WORKBOOK = /\.(xlsx|xlsm|xls|et|csv)$/i;

export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      out.push(p);
      continue;
    }
    if (stat.isDirectory()) out.push(...(await xlsxUnder(p)));
    else out.push(p);
  }
  return out;
}

async function xlsxUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await xlsxUnder(full)));
    else if (e.isFile() && WORKBOOK.test(e.name) && !LOCK_FILE.test(e.name)) out.push(full);
  }
  return out;
}
