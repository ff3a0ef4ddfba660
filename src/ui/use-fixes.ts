/**
 * 修正 and 全部修正: the fixes of the given findings become cell edits over the text the last check
 * read (fixes.ts), written through the host in one batch; then the pane re-checks at once. When a
 * cell changed since the check, the host refuses and writes nothing, and the pane re-checks so the
 * list shows what the workbook holds now. 撤销 restores every changed cell byte for byte.
 */
import * as React from "react";
import type { Finding } from "../domain/finding";
import type { FixReceipt, WorkbookHost } from "../host/host";
import { planFixes } from "./fixes";
import { toProblem, type Checker, type Problem } from "./use-checker";

export interface FixNotice {
  kind: "fixed" | "undone";
  cells: number;
}

export interface Fixer {
  busy: boolean;
  /** the last applied fix, while it can be undone */
  receipt: FixReceipt | null;
  notice: FixNotice | null;
  problem: Problem | null;
  apply(findings: readonly Finding[]): Promise<void>;
  undo(): Promise<void>;
  dismiss(): void;
}

export function useFixes(host: WorkbookHost, checker: Checker): Fixer {
  const [busy, setBusy] = React.useState(false);
  const [receipt, setReceipt] = React.useState<FixReceipt | null>(null);
  const [notice, setNotice] = React.useState<FixNotice | null>(null);
  const [problem, setProblem] = React.useState<Problem | null>(null);
  const run = checker.run;
  const recheck = checker.check;

  const apply = React.useCallback(
    async (findings: readonly Finding[]) => {
      if (!run) return;
      const plan = planFixes(findings, run.grid);
      if (plan.edits.length === 0) return;
      setBusy(true);
      setProblem(null);
      try {
        const done = await host.applyFixes(plan.edits);
        setReceipt(done);
        setNotice({ kind: "fixed", cells: done.edits.length });
      } catch (error) {
        setProblem(toProblem(error));
      } finally {
        setBusy(false);
      }
      // After a fix, or after a refusal (the workbook changed): the list shows the workbook as it is.
      await recheck("button");
    },
    [host, run, recheck],
  );

  const undo = React.useCallback(async () => {
    if (!receipt) return;
    setBusy(true);
    setProblem(null);
    try {
      await host.undoFixes(receipt);
      setReceipt(null);
      setNotice({ kind: "undone", cells: receipt.edits.length });
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
    await recheck("button");
  }, [host, receipt, recheck]);

  const dismiss = React.useCallback(() => {
    setProblem(null);
    setNotice(null);
  }, []);

  return { busy, receipt, notice, problem, apply, undo, dismiss };
}
