/**
 * The demo workbooks shown outside Excel: by default two published seed tables (assets/samples),
 * one per sheet, each sheet named after its department as a user would name it; a trainer can
 * switch to seed 000 (the blank 政府购买法律服务费用年度指标值：。) or to a clean table (the "no
 * problems" state). Plain data, bundled as JSON.
 */
import type { SheetGrid, WorkbookGrid } from "../domain/grid";
import seed001 from "../../assets/samples/seed-001.json";
import seed002 from "../../assets/samples/seed-002.json";
import seed000 from "../../assets/samples/seed-000.json";
import clean from "../../assets/samples/clean.json";

const DEMO_SEEDS: SheetGrid[] = [seed001, seed002];

/** Characters Excel does not allow in a sheet name, and its 31-character limit. */
const FORBIDDEN = /[\\/?*[\]:：]/g;
const MAX_NAME = 31;

/** "部门名称：广州市白云区工商业联合会(部门)" → "广州市白云区工商业联合会"; else 示例N. */
export function demoSheetName(grid: SheetGrid, index: number): string {
  for (const row of grid.rows) {
    for (const cell of row) {
      if (typeof cell !== "string") continue;
      const m = /^\s*部门名称[:：]\s*(.+?)\s*$/.exec(cell);
      if (!m) continue;
      const name = m[1].replace(/[(（]部门[)）]$/, "").replace(FORBIDDEN, "").trim().slice(0, MAX_NAME);
      if (name) return name;
    }
  }
  return `示例${index + 1}`;
}

export function demoWorkbook(seeds: readonly SheetGrid[] = DEMO_SEEDS): WorkbookGrid {
  const used = new Set<string>();
  const sheets = seeds.map((grid, i) => {
    let name = demoSheetName(grid, i);
    if (used.has(name)) name = `${name.slice(0, MAX_NAME - 3)}(${i + 1})`;
    used.add(name);
    return { ...grid, name };
  });
  return { sheets };
}

/** The samples a trainer can switch between, the default first. */
export const DEMO_SAMPLES: readonly { id: "seeds" | "seed-000" | "clean"; seeds: readonly SheetGrid[] }[] = [
  { id: "seeds", seeds: DEMO_SEEDS },
  { id: "seed-000", seeds: [seed000 as SheetGrid] },
  { id: "clean", seeds: [clean as SheetGrid] },
];
