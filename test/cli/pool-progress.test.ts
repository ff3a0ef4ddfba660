/** The worker pool (order, crashes, time and memory limits) and the progress bar (only on a terminal, fits the width). */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runPool, type WorkerDeath } from "../../src/cli/pool";
import { PROGRESS_MIN_FILES, progressFor, renderProgress } from "../../src/cli/progress";
import { displayWidth, textTable } from "../../src/cli/text-width";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-pool-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("runPool (supervised worker processes)", () => {
  /** A child like check-worker: init first, then one task at a time in the order sent. */
  const worker = (name = "echo-worker.js", top = "") => {
    const script = path.join(tmp, name);
    fs.writeFileSync(
      script,
      `${top}
       let prefix = "";
       let queue = Promise.resolve();
       process.on("message", (t) => {
         if (t.init) { prefix = t.init.prefix; return; }
         queue = queue.then(() => new Promise((done) => setTimeout(() => {
           if (t.file === "exit") process.exit(3);
           if (t.file === "throw") throw new Error("坏了");
           if (t.file === "hang") for (;;);
           // what padding a grid out to XFD1048576 amounts to: V8 aborts the process on it
           if (t.file === "grow") { const a = []; a.length = 2 ** 31; a.fill(0); }
           process.send({ index: t.index, result: prefix + t.file.toUpperCase() + "@" + process.pid });
           done();
         }, t.index % 3)));
       });
       process.send({ ready: true });`,
    );
    return script;
  };
  const tasks = (names: string[]) => names.map((file, index) => ({ index, file }));
  const limits = { timeLimitMs: 60_000, memoryLimitMb: 512 };
  const why = (d: WorkerDeath) => (d.kind === "exit" ? `exit:${d.code ?? d.signal}` : d.kind);

  it("returns results in task order from child processes, and a crash costs only its own task", async () => {
    const names = ["a", "b", "exit", "c", "throw", "d", "e", "f"];
    const done: string[] = [];
    const results = await runPool<{ index: number; file: string }, string>({
      script: worker(),
      init: { prefix: "检查:" },
      tasks: tasks(names),
      workers: 3,
      ...limits,
      onCrash: (task, death) => `崩溃:${task.file}:${why(death)}`,
      onResult: (task) => done.push(task.file),
    });
    expect(results.map((r) => r.split("@")[0])).toEqual(["检查:A", "检查:B", "崩溃:exit:exit:3", "检查:C", "崩溃:throw:exit:1", "检查:D", "检查:E", "检查:F"]);
    expect(done.sort()).toEqual([...names].sort());
    // every result came from a child, not the supervising process
    expect(results.filter((r) => r.includes("@")).every((r) => Number(r.split("@")[1]) !== process.pid)).toBe(true);
  });

  it("stops a task past its time budget, replaces the worker and finishes the rest", async () => {
    const results = await runPool<{ index: number; file: string }, string>({
      script: worker(),
      init: { prefix: "" },
      tasks: tasks(["a", "hang", "b", "c", "hang", "d"]),
      workers: 2,
      timeLimitMs: 1500,
      memoryLimitMb: 512,
      onCrash: (task, death) => `崩溃:${task.file}:${why(death)}`,
    });
    expect(results.map((r) => r.split("@")[0])).toEqual(["A", "崩溃:hang:time", "B", "C", "崩溃:hang:time", "D"]);
  }, 30_000);

  it("survives a child that V8 aborts on a huge array, which would take a worker thread's whole process down", async () => {
    const results = await runPool<{ index: number; file: string }, string>({
      script: worker(),
      init: { prefix: "" },
      tasks: tasks(["a", "grow", "b"]),
      workers: 2,
      timeLimitMs: 60_000,
      memoryLimitMb: 96,
      onCrash: (task, death) => `崩溃:${task.file}:${death.kind}`,
    });
    expect(results[0].split("@")[0]).toBe("A");
    // V8 aborts (exit) or the supervisor sees the memory first; either way only that task is lost
    expect(results[1]).toMatch(/^崩溃:grow:(exit|memory)$/);
    expect(results[2].split("@")[0]).toBe("B");
  }, 60_000);

  it("does not respawn a worker whose script fails to load: its tasks fail", async () => {
    const broken = worker("broken.js", `throw new Error("加载失败");`);
    const alone = await runPool<{ index: number; file: string }, string>({
      script: broken, init: null, tasks: tasks(["a", "b", "c"]), workers: 2, ...limits, onCrash: (t, d) => `${t.file}:${why(d)}`,
    });
    expect(alone).toEqual(["a:exit:1", "b:exit:1", "c:exit:1"]);
  });

  it("finishes at once with no tasks", async () => {
    const results = await runPool({ script: worker(), init: null, tasks: [], workers: 2, ...limits, onCrash: () => "" });
    expect(results).toEqual([]);
  });
});

describe("progress bar", () => {
  const tty = (columns = 60) => {
    const writes: string[] = [];
    return { isTTY: true, columns, write: (s: string) => writes.push(s), writes };
  };

  it("is drawn only on a terminal and for many files", () => {
    expect(progressFor(50, { isTTY: false, write: () => true })).toBeNull();
    expect(progressFor(PROGRESS_MIN_FILES - 1, tty())).toBeNull();
    expect(progressFor(PROGRESS_MIN_FILES, tty())).not.toBeNull();
  });

  it("redraws one line in place and clears it at the end", () => {
    const stream = tty(60);
    const bar = progressFor(10, stream)!;
    bar.tick("/some/dir/白云区.xlsx");
    bar.tick("/some/dir/花都区.xlsx");
    bar.clear();
    expect(stream.writes).toHaveLength(3);
    const ERASE = "\r\u001b[2K";
    expect(stream.writes[1].startsWith(ERASE)).toBe(true);
    expect(stream.writes[1].slice(ERASE.length)).toMatch(/^检查中 \[█+░+\] 2\/10 花都区\.xlsx$/);
    expect(stream.writes[2]).toBe("\r\x1b[2K");
  });

  it("fits the terminal width, cutting a long file name", () => {
    for (const columns of [40, 60, 120]) {
      const line = renderProgress(7, 50, columns, "广州市某某区工商业联合会2025年项目支出绩效目标表（第三次修改稿）.xlsx");
      expect(displayWidth(line)).toBeLessThan(columns);
      expect(line).toContain("7/50");
    }
    expect(renderProgress(50, 50, 80, "x")).toMatch(/\[█+\] 50\/50 x/);
  });
});

describe("text tables", () => {
  it("aligns columns by display width, CJK counting double", () => {
    const lines = textTable(["文件", "错误"], [["白云区.xlsx", "3"], ["a.xlsx", "12"]], [false, true]);
    expect(lines).toEqual(["  文件         错误", "  -----------  ----", "  白云区.xlsx     3", "  a.xlsx         12"]);
  });
});
