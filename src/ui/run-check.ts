/**
 * One check run: read the workbook through the host, build the model, run the rules. Each phase is
 * timed so the pane can show where the time went (the debug line and `npm run bench`).
 */
import type { WorkbookHost } from "../host/host";
import type { WorkbookGrid } from "../domain/grid";
import type { WorkbookModel } from "../domain/model";
import { readWorkbook } from "../domain/reader";
import { checkWorkbook, type CheckResult } from "../domain/check";

export interface Timings {
  /** host.readWorkbook(), milliseconds */
  read: number;
  /** readWorkbook(grid) */
  parse: number;
  /** checkWorkbook(model) */
  check: number;
  total: number;
}

export interface CheckRun {
  grid: WorkbookGrid;
  model: WorkbookModel;
  result: CheckResult;
  timings: Timings;
}

const clock = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

export async function runCheck(host: WorkbookHost, now: () => number = clock): Promise<CheckRun> {
  const t0 = now();
  const grid = await host.readWorkbook();
  const t1 = now();
  const model = readWorkbook(grid);
  const t2 = now();
  const result = checkWorkbook(model);
  const t3 = now();
  return {
    grid,
    model,
    result,
    timings: { read: t1 - t0, parse: t2 - t1, check: t3 - t2, total: t3 - t0 },
  };
}
