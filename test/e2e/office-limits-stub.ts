/**
 * The fake Office.js for test/e2e/office-limits.test.ts, configured by window.__jixiaoConfig (set
 * by the test ahead of this script): a generated table of `projects` projects with long Chinese
 * goals, the fake's 5 MB byte budget on, and an onReady that answers after `onReadyDelayMs`. It
 * also exposes an OfficeHost of its own, so the test can mark thousands of cells in the browser.
 * Browser-only: bundled by webpack in beforeAll.
 */
import type { CellValue } from "../../src/domain/grid";
import { OfficeHost } from "../../src/host/office-host";
import type { Mark } from "../../src/host/host";
import { createFakeExcel, installFakeOffice } from "../host/fake-excel";
import { budgetTable } from "../host/support/workbooks";

interface Config {
  projects?: number;
  onReadyDelayMs?: number;
}

const config: Config = (window as unknown as { __jixiaoConfig?: Config }).__jixiaoConfig ?? {};
const table = budgetTable(config.projects ?? 20);
const LONG_GOAL = "通过开展本项目，保障单位办公场所正常运行，为工作人员提供安全适用的办公环境，提高工作效率和服务水平。".repeat(6);
// long goals, as departments write them: the reason a read must be budgeted by bytes, not cells
table.rows = table.rows.map((row, r) => (r >= 5 ? row.map((v, c): CellValue => (c === 5 ? LONG_GOAL : v)) : row));
const fake = createFakeExcel({ sheets: [table] }, { onReadyDelayMs: config.onReadyDelayMs ?? 0 });
installFakeOffice(window as unknown as Record<string, unknown>, fake);

const stub = {
  sheetName: table.name,
  stats: () => ({ ...fake.stats, log: fake.stats.log.map((s) => ({ kind: s.kind, bytes: s.bytes, failed: s.failed ?? null })) }),
  resetStats: () => fake.resetStats(),
  conditionalFormatAreas: () => fake.workbook.sheets.reduce((n, s) => n + s.conditionalFormats.reduce((m, cf) => m + cf.ranges.length, 0), 0),
  /** `count` scattered cells marked and then cleared by an OfficeHost of the stub's own */
  async markAndClear(count: number): Promise<{ marked: number; rules: number; left: number }> {
    const host = new OfficeHost(fake);
    const marks: Mark[] = Array.from({ length: count }, (_, i) => ({ sheet: table.name, cell: `${"BCD"[i % 3]}${6 + 2 * Math.floor(i / 3)}`, severity: "warning" }));
    await host.markFindings(marks);
    const marked = stub.conditionalFormatAreas();
    const rules = fake.workbook.sheets[0].conditionalFormats.length;
    await host.clearMarks();
    return { marked, rules, left: stub.conditionalFormatAreas() };
  },
};

(window as unknown as { __jixiao: typeof stub }).__jixiao = stub;

export type OfficeLimitsStub = typeof stub;
