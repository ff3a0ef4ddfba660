/** The worker pool (order, crashes) and the progress bar (only on a terminal, fits the width). */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runPool } from "../../src/cli/pool";
import { PROGRESS_MIN_FILES, progressFor, renderProgress } from "../../src/cli/progress";
import { displayWidth, textTable } from "../../src/cli/text-width";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-pool-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("runPool", () => {
  const worker = (name = "echo-worker.js", top = "") => {
    const script = path.join(tmp, name);
    fs.writeFileSync(
      script,
      `const { parentPort, threadId } = require("worker_threads");
       ${top}
       // like check-worker: one task at a time, in the order sent
       let queue = Promise.resolve();
       parentPort.on("message", (t) => {
         queue = queue.then(() => new Promise((done) => setTimeout(() => {
           if (t.file === "exit") process.exit(3);
           if (t.file === "throw") throw new Error("坏了");
           parentPort.postMessage({ index: t.index, result: t.file.toUpperCase() + "@" + threadId });
           done();
         }, t.index % 3)));
       });
       parentPort.postMessage({ ready: true });`,
    );
    return script;
  };
  const tasks = (names: string[]) => names.map((file, index) => ({ index, file }));

  it("returns results in task order from worker threads, and a crash costs only its own task", async () => {
    const names = ["a", "b", "exit", "c", "throw", "d", "e", "f"];
    const done: string[] = [];
    const results = await runPool<{ index: number; file: string }, string>({
      script: worker(),
      workerData: null,
      tasks: names.map((file, index) => ({ index, file })),
      workers: 3,
      onCrash: (task, error) => `崩溃:${task.file}:${error.message}`,
      onResult: (task) => done.push(task.file),
    });
    expect(results.map((r) => r.split("@")[0])).toEqual(["A", "B", "崩溃:exit:工作线程意外退出（退出码 3）", "C", "崩溃:throw:坏了", "D", "E", "F"]);
    expect(done.sort()).toEqual([...names].sort());
    // every result came from a worker thread, not the test's own thread (0)
    expect(results.filter((r) => r.includes("@")).every((r) => Number(r.split("@")[1]) > 0)).toBe(true);
  });

  it("lets the calling thread work through the same queue", async () => {
    const results = await runPool<{ index: number; file: string }, string>({
      script: worker(),
      workerData: null,
      tasks: tasks(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]),
      workers: 1,
      onCrash: () => "崩溃",
      inline: async (t) => `${t.file}@main`,
    });
    expect(results.map((r) => r.split("@")[0].toLowerCase())).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
    // the main thread starts at once, while the worker is still loading
    expect(results[0]).toBe("a@main");
  });

  it("does not respawn a worker whose script fails to load: the tasks go inline, or fail", async () => {
    const broken = worker("broken.js", `throw new Error("加载失败");`);
    const inline = await runPool<{ index: number; file: string }, string>({
      script: broken, workerData: null, tasks: tasks(["a", "b", "c"]), workers: 2, onCrash: (_t, e) => e.message, inline: async (t) => t.file,
    });
    expect(inline).toEqual(["a", "b", "c"]);
    const alone = await runPool<{ index: number; file: string }, string>({
      script: broken, workerData: null, tasks: tasks(["a", "b", "c"]), workers: 2, onCrash: (t, e) => `${t.file}:${e.message}`,
    });
    expect(alone).toEqual(["a:加载失败", "b:加载失败", "c:加载失败"]);
  });

  it("finishes at once with no tasks", async () => {
    const results = await runPool({ script: worker(), workerData: null, tasks: [], workers: 2, onCrash: () => "" });
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
