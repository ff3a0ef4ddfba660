/**
 * Worker thread of a folder review (see pool.ts): checks one file per message with the config it
 * was started with, and posts the CheckedFile back.
 */
import { parentPort, workerData } from "worker_threads";
import type { Config } from "../domain/config";
import { checkOneFile } from "./check-file";

export interface CheckTask {
  index: number;
  file: string;
}

const config = (workerData as { config: Config }).config;

// one file at a time, in the order sent (the pool sends the next one ahead)
let queue: Promise<void> = Promise.resolve();
parentPort?.on("message", (task: CheckTask) => {
  queue = queue.then(async () => {
    const result = await checkOneFile(task.file, config);
    parentPort?.postMessage({ index: task.index, result });
  });
});

// the file layer and the domain are loaded (the imports above): ready for files
parentPort?.postMessage({ ready: true });
