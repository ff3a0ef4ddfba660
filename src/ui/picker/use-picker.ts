/**
 * The 插入指标 tab's controller: the target project, the form, the confirmation of warnings, and the
 * insert / undo actions through the host. After an insert or an undo the table is checked again at
 * once (checker.check), so the findings follow. Every host failure ends up in `problem`.
 */
import * as React from "react";
import type { WorkbookHost } from "../../host/host";
import type { EditReceipt } from "../../host/edits";
import type { Scheme } from "../../domain/indicator/taxonomy";
import { emptyPickerForm, previewText, type PickerForm } from "../../domain/picker";
import { toProblem, type Checker, type Problem } from "../use-checker";
import { editOf, planFor, schemeOf, targetAt, targetsOf, type Planned, type Target } from "./picker-model";

export interface Inserted {
  receipt: EditReceipt;
  sheet: string;
  project: string;
  name: string;
  /** what was written, as previewed */
  preview: string;
}

export type PickerNotice = { kind: "undone"; sheet: string; address: string } | { kind: "notInProject" } | null;

export interface Picker {
  targets: Target[];
  target: Target | null;
  scheme: Scheme;
  /** the table does not tell its scheme: the user chooses */
  schemeChosen: boolean;
  form: PickerForm;
  planned: Planned | null;
  renumber: boolean;
  confirmed: boolean;
  busy: boolean;
  inserted: Inserted | null;
  notice: PickerNotice;
  problem: Problem | null;
  setTargetKey(key: string): void;
  /** targets the project of the cell selected in Excel */
  fromSelection(): Promise<void>;
  setScheme(scheme: Scheme): void;
  setForm(form: PickerForm): void;
  setRenumber(on: boolean): void;
  setConfirmed(on: boolean): void;
  canInsert: boolean;
  insert(): Promise<void>;
  undo(): Promise<void>;
  dismissProblem(): void;
}

export function usePicker(host: WorkbookHost, checker: Checker): Picker {
  const targets = React.useMemo(() => targetsOf(checker.run), [checker.run]);
  const [targetKey, setTargetKey] = React.useState<string | null>(null);
  const [chosenScheme, setScheme] = React.useState<Scheme>("fin101");
  const [form, setFormState] = React.useState<PickerForm>(emptyPickerForm);
  const [renumber, setRenumber] = React.useState(false);
  const [confirmed, setConfirmed] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [inserted, setInserted] = React.useState<Inserted | null>(null);
  const [notice, setNotice] = React.useState<PickerNotice>(null);
  const [problem, setProblem] = React.useState<Problem | null>(null);

  const target = targets.find((t) => t.key === targetKey) ?? null;
  const detected = target ? schemeOf(target.table) : null;
  const scheme = detected ?? chosenScheme;
  const planned = React.useMemo(() => (target ? planFor(target, scheme, form, renumber) : null), [target, scheme, form, renumber]);

  // A confirmation is for the warnings the user saw: new warnings need a new one.
  const warningKey = planned?.validation.warnings.map((w) => `${w.rule}|${w.field}|${w.message}`).join("\n") ?? "";
  React.useEffect(() => setConfirmed(false), [warningKey]);

  const setForm = React.useCallback((next: PickerForm) => {
    setFormState(next);
    setNotice(null);
  }, []);

  const chooseTarget = React.useCallback((key: string) => {
    setTargetKey(key);
    setRenumber(false);
    setNotice(null);
  }, []);

  const fromSelection = React.useCallback(async () => {
    try {
      const found = targetAt(targets, await host.getSelection());
      if (found) chooseTarget(found.key);
      setNotice(found ? null : { kind: "notInProject" });
      setProblem(null);
    } catch (error) {
      setProblem(toProblem(error));
    }
  }, [host, targets, chooseTarget]);

  const plan = planned?.plan ?? null;
  const warnings = planned?.validation.warnings.length ?? 0;
  const canInsert = !busy && plan !== null && planned!.planProblems.length === 0 && (warnings === 0 || confirmed);

  const insert = React.useCallback(async () => {
    if (!target || !plan || !canInsert) return;
    setBusy(true);
    setProblem(null);
    setNotice(null);
    try {
      const receipt = await host.applyEdit(editOf(target, plan));
      setInserted({ receipt, sheet: target.table.sheet, project: target.project.name, name: form.name.trim(), preview: previewText(plan) });
      setConfirmed(false);
      await checker.check("button");
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  }, [host, checker, target, plan, canInsert, form.name]);

  const undo = React.useCallback(async () => {
    if (!inserted) return;
    setBusy(true);
    setProblem(null);
    try {
      await host.undoEdit(inserted.receipt);
      setInserted(null);
      setNotice({ kind: "undone", sheet: inserted.sheet, address: inserted.receipt.address });
      await checker.check("button");
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  }, [host, checker, inserted]);

  return {
    targets,
    target,
    scheme,
    schemeChosen: target !== null && detected === null,
    form,
    planned,
    renumber,
    confirmed,
    busy,
    inserted,
    notice,
    problem,
    setTargetKey: chooseTarget,
    fromSelection,
    setScheme,
    setForm,
    setRenumber,
    setConfirmed,
    canInsert,
    insert,
    undo,
    dismissProblem: () => setProblem(null),
  };
}
