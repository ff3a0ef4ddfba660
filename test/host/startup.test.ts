/** Start-up never locks a real Excel session into the demo: a late onReady still ends in Excel. */
import { watchStartup, type StartupPhase } from "../../src/taskpane/startup";
import { createFakeExcel } from "./fake-excel";

function watch(office: Parameters<typeof watchStartup>[0]): StartupPhase[] {
  const phases: StartupPhase[] = [];
  watchStartup(office, (p) => phases.push(p), 3_000);
  return phases;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("an onReady that takes 10 s: demo with the connecting notice after 3 s, then Excel at 10 s", async () => {
  const phases = watch(createFakeExcel({ sheets: [] }, { onReadyDelayMs: 10_000 }).Office as never);
  await jest.advanceTimersByTimeAsync(2_999);
  expect(phases).toEqual(["connecting"]);
  await jest.advanceTimersByTimeAsync(1);
  expect(phases).toEqual(["connecting", "demo-while-connecting"]);
  await jest.advanceTimersByTimeAsync(7_000);
  expect(phases).toEqual(["connecting", "demo-while-connecting", "excel"]);
});

test("office.js blocked (onReady never resolves): the demo keeps its connecting notice, nothing final", async () => {
  const phases = watch(createFakeExcel({ sheets: [] }, { onReadyDelayMs: "never" }).Office as never);
  await jest.advanceTimersByTimeAsync(600_000);
  expect(phases).toEqual(["connecting", "demo-while-connecting"]);
});

test("a quick onReady goes straight to Excel; another host or no Office at all is the demo for good", async () => {
  const quick = watch(createFakeExcel({ sheets: [] }).Office as never);
  await jest.advanceTimersByTimeAsync(0);
  expect(quick).toEqual(["connecting", "excel"]);
  const word = watch({ HostType: { Excel: "Excel" }, onReady: async () => ({ host: "Word" }) });
  const browser = watch({ HostType: { Excel: "Excel" }, onReady: async () => ({ host: null }) });
  await jest.advanceTimersByTimeAsync(10_000);
  expect(word).toEqual(["connecting", "demo"]);
  expect(browser).toEqual(["connecting", "demo"]);
  expect(watch(undefined)).toEqual(["demo"]);
});
