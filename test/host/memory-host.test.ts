/** The in-memory host's test hooks, which the pane's tests and the browser e2e rely on. */
import { HostError } from "../../src/host/host";
import { MemoryHost } from "../../src/host/memory-host";
import { MARK_FILLS } from "../../src/host/marks";
import { SEEDS, styledWorkbook } from "./support/workbooks";

test("markedCells and fillAt show marks the way a user sees them", async () => {
  const host = MemoryHost.fromWorkbook(styledWorkbook());
  await host.markFindings([
    { sheet: "白云区", cell: "B4", severity: "warning" },
    { sheet: "白云区", cell: "B5", severity: "warning" },
    { sheet: "市工商联", cell: "F6", severity: "error" },
  ]);
  expect(host.markedCells()).toEqual([
    { sheet: "白云区", cell: "B4", severity: "warning" },
    { sheet: "白云区", cell: "B5", severity: "warning" },
    { sheet: "市工商联", cell: "F6", severity: "error" },
  ]);
  expect(host.isMarked("白云区", "B5")).toBe(true);
  expect(host.isMarked("白云区", "B6")).toBe(false);
  expect(host.fillAt("市工商联", "F6")).toBe(MARK_FILLS.error);
  expect(host.fillAt("市工商联", "F7")).toBeNull();
});

test("setCellByUser changes the value that the next read sees and notifies listeners", async () => {
  const host = new MemoryHost({ sheets: [{ ...SEEDS[1], name: "白云区" }] });
  const heard: string[] = [];
  host.onChanged((e) => heard.push(`${e.sheet}!${e.address}`));
  host.setCellByUser("白云区", "B6", 15);
  expect(heard).toEqual(["白云区!B6"]);
  expect((await host.readWorkbook()).sheets[0].rows[5][1]).toBe(15);
});

test("writeCells keeps a log of every batch", async () => {
  const host = new MemoryHost({ sheets: [{ ...SEEDS[1], name: "白云区" }] });
  await host.writeCells([{ sheet: "白云区", cell: "B6", value: 15 }]);
  await host.writeCells([{ sheet: "白云区", cell: "C6", value: null }]);
  expect(host.writes).toEqual([[{ sheet: "白云区", cell: "B6", value: 15 }], [{ sheet: "白云区", cell: "C6", value: null }]]);
});

test("failNext makes the next call of one operation fail once, for the pane's error states", async () => {
  const host = new MemoryHost({ sheets: [{ ...SEEDS[1], name: "白云区" }] });
  const failure = new HostError("工作簿或工作表已关闭", "ItemNotFound");
  host.failNext("readWorkbook", failure);
  await expect(host.readWorkbook()).rejects.toBe(failure);
  await expect(host.readWorkbook()).resolves.toMatchObject({ sheets: [{ name: "白云区" }] });
});

test("latencyMs delays every call, so a progress indicator has time to show", async () => {
  jest.useFakeTimers();
  try {
    const host = new MemoryHost({ sheets: [{ ...SEEDS[1], name: "白云区" }] }, { latencyMs: 800 });
    let done = false;
    const read = host.readWorkbook().then(() => (done = true));
    await jest.advanceTimersByTimeAsync(799);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await read;
    expect(done).toBe(true);
  } finally {
    jest.useRealTimers();
  }
});

test("subscribe hears every change a sheet view shows, and nothing after unsubscribing", async () => {
  const host = new MemoryHost({ sheets: [{ ...SEEDS[1], name: "白云区" }] });
  let heard = 0;
  const stop = host.subscribe(() => (heard += 1));
  await host.readWorkbook();
  await host.getSelection();
  expect(heard).toBe(0); // reads change nothing
  await host.selectCell("白云区", "B6");
  await host.markFindings([{ sheet: "白云区", cell: "B6", severity: "error" }]);
  await host.writeCells([{ sheet: "白云区", cell: "C6", value: "x" }]);
  const receipt = await host.applyFixes([{ kind: "cell", sheet: "白云区", cell: "C6", before: "x", after: "y" }]);
  await host.undoFixes(receipt);
  await host.clearMarks();
  await host.writeExplanations([]);
  await host.addStandardTable("compact");
  host.setCellByUser("白云区", "D6", 1);
  expect(heard).toBe(9);
  expect(host.version).toBe(9);
  expect(host.contentVersion).toBe(8); // every change but the selection's
  stop();
  await host.selectCell("白云区", "B7");
  expect(heard).toBe(9);
  expect(host.version).toBe(10);
  expect(host.contentVersion).toBe(8);
});
