/**
 * Injected into the page before the app loads (page.addInitScript): HOST's fake Office.js runtime
 * over seed table 002 (as published, or in the expanded layout when window.__jixiaoConfig says
 * `layout: "expanded"`), installed as window.Office / window.Excel. Office.onReady reports Excel, so
 * the bootstrap picks the real OfficeHost and drives it against the fake. The fake and a few helpers
 * stay on window.__jixiao for the test's assertions. Browser-only: bundled by webpack in beforeAll.
 */
import type { SheetGrid } from "../../src/domain/grid";
import { createFakeExcel, installFakeOffice } from "../host/fake-excel";
import seed from "../../assets/samples/seed-002.json";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { expandedGrid } = require("../../scripts/fixtures/expanded") as { expandedGrid: (g: SheetGrid) => SheetGrid };

const config = (window as unknown as { __jixiaoConfig?: { layout?: "expanded" } }).__jixiaoConfig ?? {};
const sheet = config.layout === "expanded" ? expandedGrid(seed as unknown as SheetGrid) : (seed as unknown as SheetGrid);
const fake = createFakeExcel({ sheets: [sheet] });
installFakeOffice(window as unknown as Record<string, unknown>, fake);

/** Every format a user could see, per sheet: cell styles and conditional formats, as plain JSON. */
function formatSnapshot(): string {
  return JSON.stringify(
    fake.workbook.sheets.map((sheet) => ({
      name: sheet.name,
      styles: [...sheet.styles.entries()].sort(([a], [b]) => a.localeCompare(b)),
      conditionalFormats: sheet.conditionalFormats.map((cf) => ({ ...cf, id: "" })),
    })),
  );
}

const stub = {
  fake,
  formatSnapshot,
  conditionalFormatCount: () => fake.workbook.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0),
  selection: () => fake.workbook.selection,
  activeSheet: () => fake.workbook.activeSheet,
  userEdit: (sheet: string, cell: string, value: string | number | null) => fake.userEdit(sheet, cell, value),
  stats: () => ({ ...fake.stats, log: undefined }),
  sheetName: sheet.name,
};

(window as unknown as { __jixiao: typeof stub }).__jixiao = stub;

export type OfficeStub = typeof stub;
