/**
 * A small worker_threads pool: `workers` threads each run `script`, which posts `{ ready: true }`
 * once loaded and then `{ index, result }` for each task it is sent, in order. Tasks go only to
 * loaded workers, two at a time (so a worker never waits for the calling thread to hand it the
 * next one), and the calling thread can work through the same queue meanwhile (`inline`).
 * A worker that dies takes only its running task with it (that task gets `onCrash`'s result; the
 * one queued behind it is handed out again) and is replaced while tasks remain; one that dies
 * before it is ready is not replaced (its script is broken), and when no worker is left the
 * remaining tasks go inline, or to `onCrash`. Results come back in task order.
 */
import { Worker } from "worker_threads";

export interface PoolOptions<T extends { index: number }, R> {
  script: string;
  workerData: unknown;
  tasks: T[];
  workers: number;
  onCrash(task: T, error: Error): R;
  /** called as each task finishes (for a progress bar) */
  onResult?(task: T, result: R): void;
  /**
   * When given, the calling thread takes tasks from the same queue too (while the workers start
   * up, and between their messages), so a pool is never slower than working alone.
   */
  inline?(task: T): Promise<R>;
}

type WorkerMessage<R> = { ready: true } | { index: number; result: R };

/** Tasks in flight per worker: the running one and the next. */
const DEPTH = 2;

export function runPool<T extends { index: number }, R>(opts: PoolOptions<T, R>): Promise<R[]> {
  const { tasks } = opts;
  const results = new Array<R>(tasks.length);
  let next = 0;
  const retry: T[] = [];
  let finished = 0;
  let inlineRunning = false;
  const live = new Set<Worker>();
  const take = (): T | undefined => retry.pop() ?? (next < tasks.length ? tasks[next++] : undefined);
  const left = () => retry.length > 0 || next < tasks.length;

  return new Promise<R[]>((resolve) => {
    if (tasks.length === 0) return resolve(results);
    const settle = (task: T, result: R) => {
      results[task.index] = result;
      finished++;
      opts.onResult?.(task, result);
      if (finished === tasks.length) {
        for (const w of live) void w.terminate();
        live.clear();
        resolve(results);
      }
    };

    const runInline = async (inline: (task: T) => Promise<R>) => {
      inlineRunning = true;
      for (let task = take(); task; task = take()) {
        let result: R;
        try {
          result = await inline(task);
        } catch (e) {
          result = opts.onCrash(task, e instanceof Error ? e : new Error(String(e)));
        }
        settle(task, result);
      }
      inlineRunning = false;
    };

    const start = () => {
      const worker = new Worker(opts.script, { workerData: opts.workerData });
      live.add(worker);
      let ready = false;
      let dead = false;
      const pending: T[] = [];
      const feed = () => {
        for (let task = pending.length < DEPTH ? take() : undefined; task; task = pending.length < DEPTH ? take() : undefined) {
          pending.push(task);
          worker.postMessage(task);
        }
        if (pending.length === 0) {
          live.delete(worker);
          void worker.terminate();
        }
      };
      worker.on("message", (msg: WorkerMessage<R>) => {
        if ("ready" in msg) {
          ready = true;
          return feed();
        }
        const at = pending.findIndex((t) => t.index === msg.index);
        if (at < 0) return;
        const [task] = pending.splice(at, 1);
        settle(task, msg.result);
        if (finished < tasks.length) feed();
      });
      const crash = (error: Error) => {
        if (dead) return;
        dead = true;
        live.delete(worker);
        const [running, ...queued] = pending.splice(0);
        retry.push(...queued.reverse());
        if (running) settle(running, opts.onCrash(running, error));
        if (!left()) return;
        if (ready) start();
        else if (opts.inline && !inlineRunning) void runInline(opts.inline);
        else if (live.size === 0 && !opts.inline) for (let task = take(); task; task = take()) settle(task, opts.onCrash(task, error));
      };
      // The error is kept until "exit": results the worker posted before it failed still arrive
      // until then, so only the task it was really running is lost.
      let failure: Error | null = null;
      worker.on("error", (e) => {
        failure = e;
      });
      worker.on("exit", (code) => {
        if (pending.length || !ready) crash(failure ?? new Error(`工作线程意外退出（退出码 ${code}）`));
        live.delete(worker);
      });
    };

    for (let k = 0; k < Math.min(opts.workers, tasks.length); k++) start();
    if (opts.inline) void runInline(opts.inline);
  });
}
