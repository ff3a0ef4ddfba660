/**
 * Checks many files in supervised worker processes (pool.ts): the main process only hands out
 * files and collects results, so a file that crashes, hangs or eats memory costs that file alone
 * (reported as not read, with the reason in Chinese) and the rest finish. One file is checked
 * in-process; so are all files when the compiled worker script is not there (running from the
 * TypeScript sources under ts-jest). Results keep the order of the files.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Config } from "../domain/config";
import { checkOneFile, failedFile, type CheckedFile } from "./check-file";
import type { CheckTask } from "./check-worker";
import { runPool, type WorkerDeath } from "./pool";
import type { ProgressBar } from "./progress";

/** The bundled worker sits next to the bundled CLI in build/jixiao (scripts/build-cli.js). */
export const WORKER_SCRIPT = path.join(__dirname, "check-worker.js");

/**
 * More workers than this only add memory (each holds ExcelJS and a workbook) and contention: the
 * check is CPU-bound, one file per core is as fast as it gets.
 */
export const MAX_JOBS = 8;
/**
 * Default budget per file: a 10,000-project workbook (ten times the largest published table) is
 * checked in under 3 s in bench/results.md, so 60 s is far beyond honest work even on a busy machine.
 */
export const DEFAULT_TIME_LIMIT_S = 60;
/** Default memory per worker: the 10,000-project workbook peaks at 228 MB resident (bench/results.md). */
export const DEFAULT_MEMORY_LIMIT_MB = 1024;

/**
 * A worker's start-up (node, ExcelJS and the domain: about half a second) costs as much as checking
 * a small workbook, so a worker is started only for every two files.
 */
const FILES_PER_WORKER = 2;

/** One worker per core, at most MAX_JOBS. */
export function defaultJobs(): number {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(MAX_JOBS, cores));
}

export interface FolderCheckLimits {
  /** worker processes (capped at MAX_JOBS) */
  jobs: number;
  timeLimitS: number;
  memoryLimitMb: number;
}

export async function checkFiles(files: string[], config: Config, limits: FolderCheckLimits, progress: ProgressBar | null): Promise<CheckedFile[]> {
  if (files.length === 1 || !fs.existsSync(WORKER_SCRIPT)) {
    const out: CheckedFile[] = [];
    for (const file of files) {
      out.push(await checkOneFile(file, config));
      progress?.tick(file);
    }
    return out;
  }
  const tasks: CheckTask[] = files.map((file, index) => ({ index, file }));
  return runPool<CheckTask, CheckedFile>({
    script: WORKER_SCRIPT,
    init: { config },
    tasks,
    workers: Math.min(limits.jobs, MAX_JOBS, Math.ceil(files.length / FILES_PER_WORKER)),
    timeLimitMs: limits.timeLimitS * 1000,
    memoryLimitMb: limits.memoryLimitMb,
    onCrash: (task, death) => failedFile(task.file, deathMessage(task.file, death)),
    onResult: (task) => progress?.tick(task.file),
  });
}

/** Why a file was not read when its worker died, in Chinese, naming the file. */
export function deathMessage(file: string, death: WorkerDeath): string {
  const head = `文件“${file}”未能检查：`;
  if (death.kind === "time") return `${head}检查用时超过每个文件的限制（${death.limitMs / 1000} 秒），已停止。文件可能过大或内容异常；确需检查可用 --time-limit 放宽。`;
  if (death.kind === "memory" || /heap out of memory|Reached heap limit/i.test(death.stderr)) {
    return `${head}检查所需内存超过每个文件的限制，已停止。文件可能过大或内容异常；确需检查可用 --memory-limit 放宽。`;
  }
  const how = death.signal ? `信号 ${death.signal}` : `退出码 ${death.code}`;
  return `${head}检查它的工作进程意外终止（${how}），文件可能内容异常。其余文件不受影响。`;
}
