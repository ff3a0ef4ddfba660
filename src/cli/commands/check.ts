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
import { checkFiles, defaultJobs } from "../folder-check";
import { expandInputs } from "../inputs";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, type CliIO } from "../io";
import { progressFor } from "../progress";
import { REPORT_EXTENSIONS, reportKind, writeReport } from "../report/write";
import { buildReview, type BaselineSummary } from "../review-model";

export type { CheckedFile } from "../check-file";

export interface CheckOptions {
  format?: "text" | "json";
  profile?: Profile;
  config?: string;
  report?: string[];
  baseline?: string;
  /** threads checking files (the main thread and jobs - 1 workers); default one per core */
  jobs?: number;
}

export async function runCheck(paths: string[], opts: CheckOptions, io: CliIO): Promise<number> {
  const reports = opts.report ?? [];
  const badReport = reports.find((r) => reportKind(r) === null);
  if (badReport) {
    io.err(`jixiao: 无法识别报告“${badReport}”的格式：文件扩展名应为 ${REPORT_EXTENSIONS}。\n`);
    return EXIT_UNREADABLE;
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
  const files = await expandInputs(paths);
  if (files.length === 0) {
    io.err(`jixiao: 在${paths.map((p) => `“${p}”`).join("、")}中没有找到 .xlsx 文件。\n`);
    return EXIT_UNREADABLE;
  }

  const progress = progressFor(files.length, io.progress);
  let checked = await checkFiles(files, config, opts.jobs ?? defaultJobs(), progress);
  progress?.clear();
  for (const f of checked) for (const d of f.diagnostics) io.err(`${d}\n`);

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
  return review.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
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
