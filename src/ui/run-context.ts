/**
 * What a finding's details need from the last check without threading it through the tree: the
 * fixer, the grid the check read (the text a fix starts from) and each table's money unit.
 */
import * as React from "react";
import type { WorkbookGrid } from "../domain/grid";
import type { MoneyUnit } from "../domain/money";
import type { Fixer } from "./use-fixes";

export interface RunContextValue {
  fixer: Fixer;
  grid: WorkbookGrid;
  /** the money unit of the table on a sheet (万元 when the table states none), null without amounts */
  moneyUnit: (sheet: string) => MoneyUnit | null;
}

export const RunContext = React.createContext<RunContextValue | null>(null);
