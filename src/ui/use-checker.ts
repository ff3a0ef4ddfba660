/**
 * The pane's controller: runs checks, remembers the last result, marks and clears cells, selects
 * cells, and re-checks live after user edits. Components only render what it returns and call
 * its actions; every host call goes through here so every failure ends up in one place.
 */
import * as React from "react";
import type { Mark, WorkbookHost } from "../host/host";
import { HostError } from "../host/host";
import type { Finding } from "../domain/finding";
import { SEVERITIES } from "../domain/finding";
import { runCheck, type CheckRun } from "./run-check";
import { touchesTable, watchedAreas, type WatchedAreas } from "./live-recheck";
import { openFindingsOf } from "./review/applied";

/** Progress shows only past this, so quick checks do not flash a spinner (UX target: < 1 s). */
export const PROGRESS_DELAY_MS = 500;
/** Typing fires many change events; wait for a pause before re-reading the workbook. */
export const LIVE_DEBOUNCE_MS = 300;

export type Trigger = "button" | "live";

/** A failure to show: a HostError's own Chinese message, or the text of an unexpected error. */
export interface Problem {
  message: string;
  fromHost: boolean;
}

export interface CheckerState {
  running: boolean;
  trigger: Trigger;
  showProgress: boolean;
  run: CheckRun | null;
  /** the last check failed */
  checkProblem: Problem | null;
  /** selecting, marking or clearing failed */
  actionProblem: Problem | null;
  /** cells currently marked by us, or null when no marks are on */
  markedCells: number | null;
  notice: "marked" | "cleared" | null;
  live: boolean;
}

export interface Checker extends CheckerState {
  check(trigger?: Trigger): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Marks `findings`, by default the last run's open ones (explained findings are not marked). */
  mark(findings?: readonly Finding[]): Promise<void>;
  clear(): Promise<void>;
  setLive(on: boolean): void;
  dismissProblem(): void;
}

const INITIAL: CheckerState = {
  running: false,
  trigger: "button",
  showProgress: false,
  run: null,
  checkProblem: null,
  actionProblem: null,
  markedCells: null,
  notice: null,
  live: false,
};

export function toProblem(error: unknown): Problem {
  if (error instanceof HostError) return { message: error.message, fromHost: true };
  // A HostError from another bundle copy fails instanceof; its name still tells.
  if (error instanceof Error && error.name === "HostError") return { message: error.message, fromHost: true };
  return { message: error instanceof Error ? error.message : String(error), fromHost: false };
}

/** One mark per cell, with the most severe finding's severity. */
export function marksFor(findings: readonly Finding[]): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const f of findings) {
    const id = `${f.sheet}!${f.cell}`;
    const seen = byCell.get(id);
    if (!seen || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(seen.severity)) {
      byCell.set(id, { sheet: f.sheet, cell: f.cell, severity: f.severity });
    }
  }
  return [...byCell.values()];
}

export function useChecker(host: WorkbookHost): Checker {
  const [state, setState] = React.useState<CheckerState>(INITIAL);
  const patch = React.useCallback((p: Partial<CheckerState>) => setState((s) => ({ ...s, ...p })), []);

  // Refs hold what async callbacks and the change listener need without re-subscribing.
  const runId = React.useRef(0);
  const mounted = React.useRef(true);
  const marked = React.useRef(false);
  const watched = React.useRef<WatchedAreas | null>(null);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const check = React.useCallback(
    async (trigger: Trigger = "button") => {
      const id = ++runId.current;
      patch({ running: true, trigger, showProgress: false, notice: null, actionProblem: null });
      const timer = setTimeout(() => {
        if (mounted.current && runId.current === id) patch({ showProgress: true });
      }, PROGRESS_DELAY_MS);
      try {
        const run = await runCheck(host);
        // A newer run started meanwhile: its answer wins, this one is dropped.
        if (!mounted.current || runId.current !== id) return;
        watched.current = watchedAreas(run.grid, run.result.tables.map((t) => t.sheet));
        let markedCells: number | null = null;
        if (marked.current) {
          // Marks follow the findings: a re-check with marks on replaces them in one write.
          const marks = marksFor(openFindingsOf(run));
          await host.markFindings(marks);
          markedCells = marks.length;
        }
        if (!mounted.current || runId.current !== id) return;
        patch({ running: false, showProgress: false, run, checkProblem: null, markedCells });
      } catch (error) {
        if (!mounted.current || runId.current !== id) return;
        patch({ running: false, showProgress: false, checkProblem: toProblem(error) });
      } finally {
        clearTimeout(timer);
      }
    },
    [host, patch],
  );

  const selectCell = React.useCallback(
    async (sheet: string, cell: string) => {
      try {
        await host.selectCell(sheet, cell);
      } catch (error) {
        if (mounted.current) patch({ actionProblem: toProblem(error) });
      }
    },
    [host, patch],
  );

  const lastRun = state.run;
  const mark = React.useCallback(async (findings?: readonly Finding[]) => {
    if (!lastRun) return;
    const marks = marksFor(findings ?? openFindingsOf(lastRun));
    try {
      await host.markFindings(marks);
      marked.current = true;
      if (mounted.current) patch({ markedCells: marks.length, notice: "marked", actionProblem: null });
    } catch (error) {
      if (mounted.current) patch({ actionProblem: toProblem(error) });
    }
  }, [host, patch, lastRun]);

  const clear = React.useCallback(async () => {
    try {
      await host.clearMarks();
      marked.current = false;
      if (mounted.current) patch({ markedCells: null, notice: "cleared", actionProblem: null });
    } catch (error) {
      if (mounted.current) patch({ actionProblem: toProblem(error) });
    }
  }, [host, patch]);

  const dismissProblem = React.useCallback(() => patch({ actionProblem: null, checkProblem: null }), [patch]);

  const setLive = React.useCallback(
    (on: boolean) => {
      patch({ live: on });
      // Switching live on before any check starts one, so there is something to keep up to date.
      if (on && !watched.current) void check("live");
    },
    [patch, check],
  );

  React.useEffect(() => {
    if (!state.live) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.onChanged(
      (change) => {
        const areas = watched.current;
        if (areas && !touchesTable(change, areas)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void check("live"), LIVE_DEBOUNCE_MS);
      },
      // Listening itself can fail (the workbook closed): say so, and turn the switch off.
      (error) => {
        if (mounted.current) patch({ actionProblem: toProblem(error), live: false });
      },
    );
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [state.live, host, check, patch]);

  return { ...state, check, selectCell, mark, clear, setLive, dismissProblem };
}
