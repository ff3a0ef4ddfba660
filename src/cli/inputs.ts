/**
 * The files a command works on: files as given, and every workbook (.xlsx, .xlsm, .xls, .et, .csv) under a folder (recursively, in a
 * stable order), skipping Excel's `~$` lock files. A path that does not exist is kept so the loader
 * reports it with its own message. The walk cannot be taken down by the folder:
 *   - a subfolder that cannot be listed is reported and skipped;
 *   - symbolic links are followed, each real folder and each real file once (by realpath), so a
 *     link loop ends and a workbook linked twice is checked once;
 *   - FIFOs, sockets and devices named .xlsx are listed as not read and never opened (opening a
 *     FIFO blocks until someone writes to it).
 */
import { promises as fs, type Stats } from "fs";
import * as path from "path";

const LOCK_FILE = /^~\$/;
/** what the file layer reads: .xlsx/.xlsm packages, .xls/.et through SheetJS, CSV */
const WORKBOOK = /\.(xlsx|xlsm|xls|et|csv)$/i;

/** An input in walk order: a file to check, or one that is not read, with the reason in Chinese. */
export type Input = { file: string; skipped?: undefined } | { file: string; skipped: string };

class Walk {
  readonly out: Input[] = [];
  private readonly seenDirs = new Set<string>();
  private readonly seenFiles = new Set<string>();

  async path(p: string, explicit: boolean): Promise<void> {
    let stat: Stats;
    try {
      stat = await fs.stat(p);
    } catch (e) {
      // a link whose target is gone, or a path the user mistyped: the loader words it for a file
      if (explicit) this.out.push({ file: p });
      else this.out.push({ file: p, skipped: `无法读取“${p}”：${reason(e)}，已跳过。` });
      return;
    }
    if (stat.isDirectory()) return this.folder(p);
    if (!explicit && !WORKBOOK.test(p)) return;
    if (!stat.isFile()) {
      this.out.push({ file: p, skipped: `“${p}”不是普通文件（${specialKind(stat)}），未读取。` });
      return;
    }
    const real = await realpathOr(p);
    if (this.seenFiles.has(real)) return;
    this.seenFiles.add(real);
    this.out.push({ file: p });
  }

  private async folder(dir: string): Promise<void> {
    const real = await realpathOr(dir);
    // a link back up the tree (or a second link to the same folder) is walked once
    if (this.seenDirs.has(real)) return;
    this.seenDirs.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      this.out.push({ file: dir, skipped: `无法读取文件夹“${dir}”：${reason(e)}，已跳过其中的文件。` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (LOCK_FILE.test(e.name)) continue;
      if (e.isDirectory() || e.isSymbolicLink()) await this.path(full, false);
      else if (WORKBOOK.test(e.name)) await this.path(full, false);
    }
  }
}

export async function expandInputs(paths: string[]): Promise<Input[]> {
  const walk = new Walk();
  for (const p of paths) await walk.path(p, true);
  return walk.out;
}

async function realpathOr(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return "命名管道";
  if (stat.isSocket()) return "套接字";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "设备文件";
  return "特殊文件";
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === "EACCES" || code === "EPERM") return "没有读取权限";
  if (code === "ENOENT") return "不存在（可能是失效的链接）";
  if (code === "ELOOP") return "链接循环";
  return code ? `系统错误 ${code}` : String(e);
}

/**
 * Whether writing `report` could destroy or pollute an input: it is one of the input files, or it
 * lies inside a folder being scanned. Returns the Chinese refusal, or null when it is safe. Paths
 * are compared after resolving links, so another spelling of the same place is caught too.
 */
export async function reportClash(report: string, inputs: string[]): Promise<string | null> {
  const target = await resolvedTarget(report);
  for (const input of inputs) {
    let stat: Stats;
    try {
      stat = await fs.stat(input);
    } catch {
      continue;
    }
    const real = await realpathOr(input);
    if (stat.isDirectory()) {
      if (target === real || target.startsWith(real.endsWith(path.sep) ? real : real + path.sep)) {
        return `报告“${report}”位于要检查的文件夹“${input}”中：它可能覆盖送审文件，下次检查时也会被当作输入读取。请把报告写到该文件夹之外。`;
      }
    } else if (target === real) {
      return `报告“${report}”就是要检查的文件“${input}”：写出报告会覆盖它。请换一个报告文件名。`;
    }
  }
  return null;
}

/** Where a file would be written: its real folder (links resolved) and its name. */
async function resolvedTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.join(await realpathOr(path.dirname(path.resolve(file))), path.basename(file));
  }
}
