/**
 * `jixiao fix FILE -o OUT [--rule ID…] [--profile P]`: applies the safe fixes the rules offer
 * (Finding.fix) and writes OUT with the patch writer: only the fixed cells change, every other
 * part of the workbook is copied as it was. FILE is never written (nor anything that is FILE under
 * another name); OUT is written to a temporary file first and renamed into place, so an
 * interrupted run leaves no half-written workbook. Prints each change: cell, before, after.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { checkWorkbook } from "../../domain/check";
import type { Finding } from "../../domain/finding";
import type { WorkbookGrid } from "../../domain/grid";
import { readWorkbook } from "../../domain/reader";
import type { Profile } from "../../domain/rules/rule";
import { ruleIds } from "../../domain/rules";
import { fileKind, readWorkbookBytes, ReadError } from "../../file";
import { patchCells, PatchError, type CellEdit } from "../../file/patch";
import { applyToGrid, cellText, planFixes, type CellChange } from "../fix-plan";
import { EXIT_OK, EXIT_UNREADABLE, type CliIO } from "../io";
import { nodeInflate, readChecked } from "../load-grid";

export interface FixOptions {
  output: string;
  rule?: string[];
  profile?: Profile;
}

export async function runFix(file: string, opts: FixOptions, io: CliIO): Promise<number> {
  const unknown = (opts.rule ?? []).filter((id) => !ruleIds.includes(id));
  if (unknown.length > 0) {
    io.err(`jixiao: 没有规则 ${unknown.join("、")}（jixiao rules 列出全部规则）。\n`);
    return EXIT_UNREADABLE;
  }
  if (await sameFile(file, opts.output)) {
    io.err(`jixiao: 不会覆盖输入文件“${file}”：请用 -o 指定另一个文件名。\n`);
    return EXIT_UNREADABLE;
  }
  try {
    const bytes = await readChecked(file);
    if (fileKind(bytes.subarray(0, 8)) !== "zip") {
      io.err(`jixiao: 文件“${file}”不是 .xlsx/.xlsm 工作簿：只能修复 .xlsx/.xlsm（可在 Excel 中另存为 .xlsx 后再修复）。\n`);
      return EXIT_UNREADABLE;
    }
    const grid = await readWorkbookBytes(bytes, file, { inflater: nodeInflate });
    const { changes, skipped, edits } = fixUntilDone(grid, opts);
    if (edits.length === 0) {
      io.out(`文件“${file}”中没有可以自动修复的问题，未写出“${opts.output}”。\n`);
      return EXIT_OK;
    }
    await writeAtomically(opts.output, patchCells(bytes, edits, file, undefined, nodeInflate));
    io.out(describe(file, opts.output, changes, skipped));
    return EXIT_OK;
  } catch (e) {
    if (!(e instanceof ReadError || e instanceof PatchError)) throw e;
    io.err(`jixiao: ${e.message}\n`);
    return EXIT_UNREADABLE;
  }
}

/**
 * A rule reports a slip once per cell or indicator, at its first place, so fixing it can bring the
 * next occurrence to light: check, fix, check again, until no fix is left (a few rounds at most).
 * The edits are each changed cell's final text.
 */
function fixUntilDone(grid: WorkbookGrid, opts: FixOptions): { changes: CellChange[]; skipped: Finding[]; edits: CellEdit[] } {
  const config = opts.profile ? { profile: opts.profile } : {};
  const changes: CellChange[] = [];
  const original = new Map<string, CellEdit>();
  let skipped: Finding[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const findings = checkWorkbook(readWorkbook(grid), config).findings.filter((f) => f.fix && (!opts.rule || opts.rule.includes(f.rule)));
    const plan = planFixes(findings, grid);
    skipped = plan.skipped;
    if (plan.changes.length === 0) break;
    for (const c of plan.changes) {
      const key = `${c.sheet}\u0000${c.cell}`;
      if (!original.has(key)) original.set(key, { sheet: c.sheet, cell: c.cell, text: c.before });
    }
    changes.push(...plan.changes);
    applyToGrid(grid, plan.changes);
  }
  const edits: CellEdit[] = [];
  for (const o of original.values()) {
    const text = cellText(grid, o.sheet, o.cell);
    if (text !== null && text !== o.text) edits.push({ sheet: o.sheet, cell: o.cell, text });
  }
  return { changes, skipped, edits };
}

const MAX_ROUNDS = 5;

/** The same path, or another name for the same file (a link, a different case on a case-insensitive disk). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.jixiao-${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { flag: "wx" });
    await fs.rename(temporary, file);
  } catch (e) {
    await fs.rm(temporary, { force: true });
    throw new PatchError(`无法写入“${file}”：${e instanceof Error ? e.message : String(e)}`);
  }
}

const AROUND = 12;

function describe(file: string, output: string, changes: CellChange[], skipped: Finding[]): string {
  const fixes = changes.reduce((n, c) => n + c.applied.length, 0);
  const cells = new Set(changes.map((c) => `${c.sheet}!${c.cell}`)).size;
  const lines = [`已修复文件“${file}”中 ${cells} 个单元格的 ${fixes} 处问题，写入“${output}”（原文件未改动）：`];
  for (const change of changes) {
    for (const f of change.applied) {
      const fix = f.fix;
      if (!fix) continue;
      const head = change.before.slice(Math.max(0, fix.start - AROUND), fix.start);
      const tail = change.before.slice(fix.end, fix.end + AROUND);
      const lead = fix.start > AROUND ? "…" : "";
      const trail = fix.end + AROUND < change.before.length ? "…" : "";
      lines.push(`  ${change.sheet}!${change.cell}  ${fix.description}`);
      lines.push(`    原：${shown(lead + head + change.before.slice(fix.start, fix.end) + tail + trail)}`);
      lines.push(`    新：${shown(lead + head + fix.replacement + tail + trail)}`);
    }
  }
  if (skipped.length > 0) lines.push(`另有 ${skipped.length} 处修复与已修复的文字重叠或单元格不是文字，未应用；可对新文件再运行一次 jixiao fix。`);
  return lines.join("\n") + "\n";
}

/** One line per change on a terminal: a line break shows as ↵, other control characters as a space. */
function shown(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r?\n/g, "↵").replace(/[\u0000-\u001f\u007f]/g, " ");
}
