/**
 * The reviewer's workflow in the pane: which findings are explained (已说明), explaining and
 * reopening them (stored in the workbook through the host, so they travel with the file), and
 * writing the review sheet (审核意见表). It builds on the checker's last run; the list of
 * explanations comes from that run's grid until the user changes it in this session, after which
 * the session's list (always written through before it is shown) stays authoritative, so a live
 * re-check that read the workbook just before a write cannot bring an explained finding back.
 */
import * as React from "react";
import type { Finding } from "../../domain/finding";
import {
  REVIEW_SHEET,
  buildReviewSheet,
  explainFinding,
  removeExplanation,
  upsertExplanation,
  type AppliedExplanations,
  type ExplainedFinding,
  type Explanation,
} from "../../domain/review";
import type { WorkbookHost } from "../../host/host";
import { toProblem, type Checker, type Problem } from "../use-checker";
import { appliedOf, storedExplanations } from "./applied";
import { loadReviewerName, saveReviewerName } from "./reviewer-name";

export type ReviewNotice =
  | { kind: "explained"; count: number }
  | { kind: "reopened" }
  | { kind: "sheet"; open: number; explained: number };

export interface Review {
  /** null before the first check */
  applied: AppliedExplanations | null;
  open: Finding[];
  explained: ExplainedFinding[];
  lapsed: ExplainedFinding[];
  /** the old explanation of each lapsed finding, by business key */
  lapsedByKey: ReadonlyMap<string, Explanation>;
  /** bad rows of the storage sheet, in Chinese */
  storageProblems: string[];
  /** the name remembered in this browser */
  reviewer: string;
  saving: boolean;
  writingSheet: boolean;
  /** a sheet named 审核意见表 is in the workbook (writing replaces it) */
  sheetExists: boolean;
  problem: Problem | null;
  notice: ReviewNotice | null;
  /** true when the explanation was stored */
  explain(finding: Finding, reason: string, by: string): Promise<boolean>;
  reopen(key: string): Promise<void>;
  writeSheet(): Promise<void>;
  dismiss(): void;
}

const NONE: Finding[] = [];
const NO_EXPLAINED: ExplainedFinding[] = [];

interface SessionList {
  list: Explanation[];
}

/** Today in the reader's time zone, as the review sheet prints it: 2025-03-01. */
export function reviewDate(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

export function useReview(host: WorkbookHost, checker: Checker): Review {
  const run = checker.run;
  const [session, setSession] = React.useState<SessionList | null>(null);
  const [reviewer, setReviewer] = React.useState<string>(() => loadReviewerName());
  const [saving, setSaving] = React.useState(false);
  const [writingSheet, setWritingSheet] = React.useState(false);
  const [sheetWritten, setSheetWritten] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | null>(null);
  const [notice, setNotice] = React.useState<ReviewNotice | null>(null);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const list = React.useMemo(() => session?.list ?? (run ? storedExplanations(run).explanations : []), [session, run]);
  const applied = React.useMemo(() => (run ? appliedOf(run, list) : null), [run, list]);
  const lapsedByKey = React.useMemo(() => new Map((applied?.lapsed ?? []).map((l) => [l.finding.key, l.explanation])), [applied]);

  const { markedCells, mark } = checker;
  /** Writes the new list through the host first; only a stored list is shown. */
  const store = React.useCallback(
    async (next: Explanation[], done: ReviewNotice): Promise<boolean> => {
      if (!run) return false;
      setSaving(true);
      setProblem(null);
      try {
        await host.writeExplanations(next);
        if (!mounted.current) return true;
        setSession({ list: next });
        setNotice(done);
        // Marks show open findings only: follow the change when marks are on.
        if (markedCells !== null) await mark(appliedOf(run, next).open);
        return true;
      } catch (error) {
        if (mounted.current) setProblem(toProblem(error));
        return false;
      } finally {
        if (mounted.current) setSaving(false);
      }
    },
    [host, run, markedCells, mark],
  );

  const explain = React.useCallback(
    async (finding: Finding, reason: string, by: string) => {
      const name = by.trim();
      if (name !== reviewer) {
        saveReviewerName(name);
        setReviewer(name);
      }
      return store(upsertExplanation(list, explainFinding(finding, reason, name)), { kind: "explained", count: 1 });
    },
    [list, reviewer, store],
  );

  const reopen = React.useCallback(
    async (key: string) => {
      await store(removeExplanation(list, key), { kind: "reopened" });
    },
    [list, store],
  );

  const writeSheet = React.useCallback(async () => {
    if (!run || !applied) return;
    const table = run.model.tables.find((t) => t.department) ?? run.model.tables[0];
    const data = buildReviewSheet({
      department: table?.department ?? null,
      budgetYear: run.model.tables.find((t) => t.budgetYear)?.budgetYear ?? null,
      date: reviewDate(),
      open: applied.open,
      explained: applied.explained,
      lapsed: applied.lapsed,
    });
    setWritingSheet(true);
    setProblem(null);
    try {
      await host.writeReviewSheet(data);
      if (!mounted.current) return;
      setSheetWritten(true);
      setNotice({ kind: "sheet", open: applied.open.length, explained: applied.explained.length });
    } catch (error) {
      if (mounted.current) setProblem(toProblem(error));
    } finally {
      if (mounted.current) setWritingSheet(false);
    }
  }, [host, run, applied]);

  const dismiss = React.useCallback(() => {
    setProblem(null);
    setNotice(null);
  }, []);

  return {
    applied,
    open: applied?.open ?? NONE,
    explained: applied?.explained ?? NO_EXPLAINED,
    lapsed: applied?.lapsed ?? NO_EXPLAINED,
    lapsedByKey,
    storageProblems: run ? storedExplanations(run).problems : [],
    reviewer,
    saving,
    writingSheet,
    sheetExists: sheetWritten || (run?.grid.sheets.some((s) => s.name === REVIEW_SHEET) ?? false),
    problem,
    notice,
    explain,
    reopen,
    writeSheet,
    dismiss,
  };
}
