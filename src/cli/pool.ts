/**
 * A supervised pool of worker *processes* (child_process.fork): `workers` children each run
 * `script`, which is sent `{ init }` first, answers `{ ready: true }` once loaded, then `{ index,
 * result }` for each task it is sent, in order. Each child has two tasks in flight (the running one
 * and the next) so it never waits for the supervisor between files.
 *
 * Why processes and not worker threads (measured on Node 20, see the report of issue #13): a
 * worker thread started with `resourceLimits: { maxOldGenerationSizeMb: 256 }` that grows one huge
 * array (`a.length = 2 ** 31; a.fill(0)`, what padding a grid out to XFD1048576 amounts to) does
 * not get ERR_WORKER_OUT_OF_MEMORY: V8 aborts the whole process (exit 134) and every other file's
 * result is lost. Only growing many small arrays hit the thread's limit cleanly. A child process
 * that aborts takes only itself down, whatever the cause, so the next unknown cause is contained too.
 *
 * A child is stopped (SIGKILL) when its running task exceeds `timeLimitMs`, or when its resident
 * memory exceeds `memoryLimitMb` (sampled from /proc on Linux; the V8 heap is also capped with
 * --max-old-space-size). A child that dies takes only its running task with it (that task gets
 * `onCrash`'s result; the one queued behind it is handed out again) and is replaced while tasks
 * remain; one that dies before it is ready is not replaced (its script is broken), and when no
 * child is left the remaining tasks all get `onCrash`. Results come back in task order.
 */
import { fork, type ChildProcess } from "child_process";
import * as fs from "fs";

/** Why a child stopped while working on a task. */
export type WorkerDeath =
  | { kind: "time"; limitMs: number }
  | { kind: "memory"; limitMb: number }
  | { kind: "exit"; code: number | null; signal: NodeJS.Signals | null; stderr: string };

export interface PoolOptions<T extends { index: number }, R> {
  script: string;
  /** sent to each child before any task (the check's config) */
  init: unknown;
  tasks: T[];
  workers: number;
  /** wall-clock budget of one task; the child is killed past it */
  timeLimitMs: number;
  /** resident memory of one child; the child is killed past it (its V8 heap is capped to it too) */
  memoryLimitMb: number;
  onCrash(task: T, death: WorkerDeath): R;
  /** called as each task finishes (for a progress bar) */
  onResult?(task: T, result: R): void;
}

type ChildMessage<R> = { ready: true } | { index: number; result: R };

/** Tasks in flight per child: the running one and the next. */
const DEPTH = 2;
/** How often resident memory is sampled. */
const MEMORY_SAMPLE_MS = 200;
/** The tail of a child's stderr kept to explain its death (V8 prints why it aborted). */
const STDERR_TAIL = 4096;

export function runPool<T extends { index: number }, R>(opts: PoolOptions<T, R>): Promise<R[]> {
  const { tasks } = opts;
  const results = new Array<R>(tasks.length);
  let next = 0;
  const retry: T[] = [];
  let finished = 0;
  const live = new Set<ChildProcess>();
  const take = (): T | undefined => retry.pop() ?? (next < tasks.length ? tasks[next++] : undefined);
  const left = () => retry.length > 0 || next < tasks.length;

  return new Promise<R[]>((resolve) => {
    if (tasks.length === 0) return resolve(results);
    const settle = (task: T, result: R) => {
      results[task.index] = result;
      finished++;
      opts.onResult?.(task, result);
      if (finished === tasks.length) {
        for (const c of live) c.kill("SIGKILL");
        live.clear();
        resolve(results);
      }
    };

    const start = () => {
      const child = fork(opts.script, [], {
        execArgv: [`--max-old-space-size=${opts.memoryLimitMb}`],
        serialization: "advanced",
        stdio: ["ignore", "ignore", "pipe", "ipc"],
      });
      live.add(child);
      let ready = false;
      let dead = false;
      /** set when the supervisor killed the child, so its exit is explained by the limit */
      let killedFor: WorkerDeath | null = null;
      let stderr = "";
      child.stderr?.setEncoding("utf8");
      child.stderr?.on("data", (s: string) => {
        stderr = (stderr + s).slice(-STDERR_TAIL);
      });
      const pending: T[] = [];
      let timer: NodeJS.Timeout | null = null;
      // the budget runs for the task the child is working on: the first one in flight
      const arm = () => {
        if (timer) clearTimeout(timer);
        timer = pending.length ? setTimeout(() => stop({ kind: "time", limitMs: opts.timeLimitMs }), opts.timeLimitMs) : null;
      };
      const stop = (why: WorkerDeath) => {
        if (dead || killedFor) return;
        killedFor = why;
        child.kill("SIGKILL");
      };
      const sampler = setInterval(() => {
        if (pending.length && child.pid !== undefined && residentMb(child.pid) > opts.memoryLimitMb) stop({ kind: "memory", limitMb: opts.memoryLimitMb });
      }, MEMORY_SAMPLE_MS);
      const feed = () => {
        const wasIdle = pending.length === 0;
        for (let task = pending.length < DEPTH ? take() : undefined; task; task = pending.length < DEPTH ? take() : undefined) {
          pending.push(task);
          child.send(task);
        }
        if (wasIdle) arm();
        if (pending.length === 0) {
          live.delete(child);
          child.kill("SIGKILL");
        }
      };
      child.on("message", (msg: ChildMessage<R>) => {
        if (dead) return;
        if ("ready" in msg) {
          ready = true;
          return feed();
        }
        const at = pending.findIndex((t) => t.index === msg.index);
        if (at < 0) return;
        const [task] = pending.splice(at, 1);
        arm();
        settle(task, msg.result);
        if (finished < tasks.length) feed();
      });
      // "exit" comes after every message the child sent, so only the task it was running is lost
      child.on("exit", (code, signal) => {
        dead = true;
        if (timer) clearTimeout(timer);
        clearInterval(sampler);
        live.delete(child);
        if (finished === tasks.length) return;
        const death: WorkerDeath = killedFor ?? { kind: "exit", code, signal, stderr };
        const [running, ...queued] = pending.splice(0);
        retry.push(...queued.reverse());
        if (running) settle(running, opts.onCrash(running, death));
        if (!left()) return;
        if (ready) start();
        else if (live.size === 0) for (let task = take(); task; task = take()) settle(task, opts.onCrash(task, death));
      });
      // a failed send or spawn ends in "exit" too; nothing to add here but not to throw
      child.on("error", () => undefined);
      child.send({ init: opts.init });
    };

    for (let k = 0; k < Math.min(opts.workers, tasks.length); k++) start();
  });
}

/** Resident memory of a process in MB from /proc (Linux); 0 where it cannot be read. */
function residentMb(pid: number): number {
  try {
    const pages = Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
    return (pages * 4096) / (1024 * 1024);
  } catch {
    return 0;
  }
}
