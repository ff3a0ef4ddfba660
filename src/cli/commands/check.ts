/**
 * `jixiao check FILE|DIR… [--format text|json] [--profile …] [--config FILE] [--report FILE]…
 *  [--baseline OLD.json] [--jobs N]`. Every file is checked (across cores for a folder) even when
 * another cannot be read; explained findings (the workbook's 已说明 storage) are reported apart.
 * Exit 0 = no open errors, 1 = open errors found (after --baseline: new ones), 2 = some input could
 * not be read (unreadable file, no table, unreadable cells), a bad config or baseline, or a report
 * that could not be written.
 */
import { promises as fs } from "fs";
import { ConfigError, type Config } from "../../domain/config";
import type { Profile } from "../../domain/rules/rule";
import type { Baseline } from "../baseline";
import { checkJson } from "../check-json";
import { checkText } from "../check-text";
import { failedFile } from "../check-file";
import { checkFiles, DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIME_LIMIT_S, defaultJobs } from "../folder-check";
import { expandInputs, reportClash } from "../inputs";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, type CliIO } from "../io";
import { progressFor } from "../progress";
import { REPORT_EXTENSIONS, reportKind, writeReport } from "../report/write";
import { buildReview, type BaselineSummary } from "../review-model";
import { stripControls } from "../text-width";

export type { CheckedFile } from "../check-file";

export interface CheckOptions {
  format?: "text" | "json";
  profile?: Profile;
  config?: string;
  report?: string[];
  baseline?: string;
  /** worker processes checking files; default one per core, at most MAX_JOBS */
  jobs?: number;
  /** seconds one file may take before its worker is stopped */
  timeLimit?: number;
  /** MB of memory one worker may use before it is stopped */
  memoryLimit?: number;
  /** explained errors count for the exit code too */
  strict?: boolean;
}

export async function runCheck(paths: string[], opts: CheckOptions, io: CliIO): Promise<number> {
  const reports = opts.report ?? [];
  const badReport = reports.find((r) => reportKind(r) === null);
  if (badReport) {
    io.err(`jixiao: 无法识别报告“${badReport}”的格式：文件扩展名应为 ${REPORT_EXTENSIONS}。\n`);
    return EXIT_UNREADABLE;
  }
  // before any work: a report must never overwrite an input or land where it would be read as one
  for (const report of reports) {
    const clash = await reportClash(report, paths);
    if (clash) {
      io.err(`jixiao: ${clash}\n`);
      return EXIT_UNREADABLE;
    }
  }
  const config = await loadConfig(opts, io);
  if (config === null) return EXIT_UNREADABLE;
  let baseline: Baseline | null = null;
  // like the config, the baseline (and zod with it) is loaded only when asked for
  const baselines = opts.baseline ? await import("../baseline") : null;
  if (baselines && opts.baseline) {
    try {
      baseline = await baselines.loadBaseline(opts.baseline);
    } catch (e) {
      if (!(e instanceof baselines.BaselineError)) throw e;
      io.err(`jixiao: ${e.message}\n`);
      return EXIT_UNREADABLE;
    }
  }
  const inputs = await expandInputs(paths);
  const files = inputs.filter((i) => !i.skipped).map((i) => i.file);
  if (inputs.length === 0) {
    io.err(`jixiao: 在${paths.map((p) => `“${p}”`).join("、")}中没有找到 .xlsx 文件。\n`);
    return EXIT_UNREADABLE;
  }

  const progress = progressFor(files.length, io.progress);
  const limits = { jobs: opts.jobs ?? defaultJobs(), timeLimitS: opts.timeLimit ?? DEFAULT_TIME_LIMIT_S, memoryLimitMb: opts.memoryLimit ?? DEFAULT_MEMORY_LIMIT_MB };
  const results = files.length ? await checkFiles(files, config, limits, progress) : [];
  progress?.clear();
  // the inputs not read (special files, unreadable folders) keep their place and count as unreadable
  let k = 0;
  let checked = inputs.map((i) => (i.skipped ? failedFile(i.file, i.skipped) : results[k++]));
  for (const f of checked) for (const d of f.diagnostics) io.err(`${stripControls(d)}\n`);

  let baselineSummary: BaselineSummary | undefined;
  if (baselines && baseline && opts.baseline) ({ files: checked, summary: baselineSummary } = baselines.applyBaseline(checked, baseline, opts.baseline));
  const review = buildReview(checked, baselineSummary);

  if (opts.format === "json") io.out(JSON.stringify(checkJson(review), null, 2) + "\n");
  else io.out(checkText(review));

  let failed = false;
  for (const file of reports) {
    try {
      await writeReport(review, file);
    } catch (e) {
      io.err(`jixiao: ${e instanceof Error ? e.message : String(e)}\n`);
      failed = true;
    }
  }
  if (failed || review.summary.unreadable > 0) return EXIT_UNREADABLE;
  // explained errors are the preparer's word; --strict does not take it
  const errors = review.summary.errors + (opts.strict ? review.summary.explainedErrors : 0);
  return errors > 0 ? EXIT_FINDINGS : EXIT_OK;
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
      // zod is loaded only when there is a config to validate: a plain check starts faster
      const { parseConfig } = await import("../../domain/config-schema");
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
