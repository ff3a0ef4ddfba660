/**
 * Checks many files: across cores with worker_threads (one file at a time per worker, each worker
 * running the compiled domain) plus the main thread, in-process alone for a single file, `--jobs 1`, or when the compiled
 * worker script is not there (running from TypeScript sources under ts-jest). Results keep the
 * order of the files.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Config } from "../domain/config";
import { checkOneFile, failedFile, type CheckedFile } from "./check-file";
import type { CheckTask } from "./check-worker";
import { runPool } from "./pool";
import type { ProgressBar } from "./progress";

/** The bundled worker sits next to the bundled CLI in build/jixiao (scripts/build-cli.js). */
export const WORKER_SCRIPT = path.join(__dirname, "check-worker.js");

/** One thread per core: the main thread and availableParallelism() - 1 workers. */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
}

/**
 * `jobs` threads check the files: the main thread and jobs - 1 workers, all taking files from one
 * queue (the main thread starts at once, while the workers load ExcelJS and the domain).
 */
export async function checkFiles(files: string[], config: Config, jobs: number, progress: ProgressBar | null): Promise<CheckedFile[]> {
  const workers = Math.min(jobs - 1, files.length - 1);
  if (workers < 1 || !fs.existsSync(WORKER_SCRIPT)) {
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
    workerData: { config },
    tasks,
    workers,
    inline: (task) => checkOneFile(task.file, config),
    onCrash: (task, error) => failedFile(task.file, `检查文件“${task.file}”时工作线程出错：${error.message}`),
    onResult: (task) => progress?.tick(task.file),
  });
}
