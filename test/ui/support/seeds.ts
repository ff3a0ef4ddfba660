/** The seed tables as published (assets/samples), as grids. */
import * as fs from "fs";
import * as path from "path";
import type { SheetGrid, WorkbookGrid } from "../../../src/domain/grid";

export type SeedName = "seed-000" | "seed-001" | "seed-002";

export function seedSheet(name: SeedName): SheetGrid {
  const file = path.join(__dirname, "../../../assets/samples", `${name}.json`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as SheetGrid;
}

export function seedGrid(name: SeedName): WorkbookGrid {
  return { sheets: [seedSheet(name)] };
}
