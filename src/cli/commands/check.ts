/**
 * `jixiao check FILE|DIR… [--format text|json] [--profile auto|traditional|fin101] [--config FILE]`.
 * Every file is checked even when another cannot be read. Exit 0 = no errors, 1 = errors found,
 * 2 = some input could not be read (unreadable file, no table, unreadable cells, bad config).
 */
import { promises as fs } from "fs";
import { checkWorkbook, type TableSummary } from "../../domain/check";
import { ConfigError, parseConfig, type Config } from "../../domain/config";
import type { Finding } from "../../domain/finding";
import type { ReadProblem } from "../../domain/model";
import { readWorkbook } from "../../domain/reader";
import { summarize } from "../../domain/report";
import type { Profile } from "../../domain/rules/rule";
import { findingJson, type CheckedFileJson } from "../check-json";
import { checkText } from "../check-text";
import { loadWorkbookGrid } from "../excel-grid";
import { expandInputs } from "../inputs";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, type CliIO } from "../io";
import { ReadError } from "../read-error";

export interface CheckOptions {
  format?: "text" | "json";
  profile?: Profile;
  config?: string;
}

export interface CheckedFile {
  file: string;
  tables: TableSummary[];
  findings: Finding[];
  error?: string;
  problems: ReadProblem[];
}

export async function runCheck(paths: string[], opts: CheckOptions, io: CliIO): Promise<number> {
  const config = await loadConfig(opts, io);
  if (config === null) return EXIT_UNREADABLE;
  const files = await expandInputs(paths);
  if (files.length === 0) {
    io.err(`jixiao: 在${paths.map((p) => `“${p}”`).join("、")}中没有找到 .xlsx 文件。\n`);
    return EXIT_UNREADABLE;
  }
  const checked: CheckedFile[] = [];
  for (const file of files) checked.push(await checkFile(file, config, io));
  const all = checked.flatMap((f) => f.findings);
  const summary = { files: checked.length, ...summarize(all) };
  if (opts.format === "json") {
    const json = { version: 1, files: checked.map(fileJson), summary };
    io.out(JSON.stringify(json, null, 2) + "\n");
  } else {
    io.out(checkText(checked, summary));
  }
  if (checked.some((f) => f.error || f.problems.length > 0)) return EXIT_UNREADABLE;
  return summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

async function checkFile(file: string, config: Config, io: CliIO): Promise<CheckedFile> {
  let grid;
  try {
    grid = await loadWorkbookGrid(file);
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    io.err(`jixiao: ${e.message}\n`);
    return { file, tables: [], findings: [], error: e.message, problems: [] };
  }
  const model = readWorkbook(grid);
  const result = checkWorkbook(model, config);
  const out: CheckedFile = { file, tables: result.tables, findings: result.findings, problems: [] };
  for (const p of model.problems) {
    if (p.code === "no-table") out.error = p.message;
    else out.problems.push(p);
    io.err(`jixiao: 文件“${file}”：${p.message}\n`);
  }
  return out;
}

function fileJson(f: CheckedFile): CheckedFileJson {
  const out: CheckedFileJson = { file: f.file, tables: f.tables, findings: f.findings.map(findingJson) };
  if (f.error) out.error = f.error;
  if (f.problems.length) out.problems = f.problems;
  return out;
}

/** The config file merged with --profile; null (after a Chinese message) when it cannot be used. */
async function loadConfig(opts: CheckOptions, io: CliIO): Promise<Config | null> {
  let config: Config = {};
  if (opts.config) {
    let text: string;
    try {
      text = await fs.readFile(opts.config, "utf8");
    } catch {
      io.err(`jixiao: 无法读取配置文件“${opts.config}”。\n`);
      return null;
    }
    try {
      config = parseConfig(text);
    } catch (e) {
      const msg = e instanceof ConfigError || e instanceof Error ? e.message : String(e);
      io.err(`jixiao: 配置文件“${opts.config}”${msg}\n`);
      return null;
    }
  }
  if (opts.profile) config = { ...config, profile: opts.profile };
  return config;
}
