/**
 * Every workbook the golden harness checks: each fixture in test/fixtures (loaded as the CLI loads
 * it), the three seed samples, and the 1,000- and 10,000-project bench tables. The findings of each
 * are reduced to a line (count per rule and a hash of every finding), so a change to the reader or
 * the grammar that alters one character of one finding anywhere shows up as a changed line.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import { checkWorkbook } from "../../../src/domain/check";
import type { WorkbookGrid } from "../../../src/domain/grid";
import { readWorkbook } from "../../../src/domain/reader";
import { FIXTURES_DIR, loadFixtureGrid, loadSampleGrid } from "../../support/fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { syntheticGrid } = require("../../../scripts/bench/synthetic") as {
  syntheticGrid: (projects: number) => WorkbookGrid["sheets"][number];
};

export interface GoldenLine {
  /** tables read: sheet, layout, projects, agencies, indicators */
  tables: string[];
  findings: number;
  byRule: Record<string, number>;
  /** sha256 of the findings as JSON, in the order checkWorkbook gives them */
  hash: string;
  /** for an input that cannot be loaded: the error message */
  error?: string;
}

export const GOLDEN_FILE = `${__dirname}/golden.json`;

/** Inputs by name; each gives its grid when asked (the big ones are built only when checked). */
export function goldenInputs(): Array<[string, () => Promise<WorkbookGrid>]> {
  const fixtures = fs
    .readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f): [string, () => Promise<WorkbookGrid>] => [`fixture ${f}`, () => loadFixtureGrid(f)]);
  const seeds = (["000", "001", "002"] as const).map((s): [string, () => Promise<WorkbookGrid>] => [
    `sample seed-${s}`,
    () => Promise.resolve({ sheets: [loadSampleGrid(s)] }),
  ]);
  const bench = [1000, 10000].map((n): [string, () => Promise<WorkbookGrid>] => [
    `bench ${n}`,
    () => Promise.resolve({ sheets: [syntheticGrid(n)] }),
  ]);
  return [...fixtures, ...seeds, ...bench];
}

export async function goldenLine(load: () => Promise<WorkbookGrid>): Promise<GoldenLine> {
  let grid: WorkbookGrid;
  try {
    grid = await load();
  } catch (e) {
    // the message names the file by its absolute path, which differs from clone to clone
    const message = (e as Error).message.split(FIXTURES_DIR).join("test/fixtures");
    return { tables: [], findings: 0, byRule: {}, hash: "", error: message };
  }
  const result = checkWorkbook(readWorkbook(grid));
  const byRule: Record<string, number> = {};
  for (const f of result.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  const sortedByRule = Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => a.localeCompare(b)));
  return {
    tables: result.tables.map((t) => `${t.sheet} ${t.layout} p${t.projects} a${t.agencies} i${t.indicators}`),
    findings: result.findings.length,
    byRule: sortedByRule,
    hash: createHash("sha256").update(JSON.stringify(result.findings)).digest("hex"),
  };
}
