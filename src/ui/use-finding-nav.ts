/**
 * Where the user stands in the findings list: the current finding (its details open unless closed),
 * the folded groups, and next/previous (buttons, F8 and Shift+F8). Stepping unfolds the groups
 * above the finding, selects its cell, scrolls it into view and moves focus to it, so a keyboard
 * or screen-reader user hears where they landed. State is keyed by finding ids, so it survives
 * filtering and re-checks.
 */
import * as React from "react";
import { openPath, stepItem, type ListItem } from "./findings-order";

export interface FindingNav {
  current: string | null;
  open: boolean;
  /** groups the user flipped from how they start (see isGroupOpen) */
  folded: ReadonlySet<string>;
  /** 1-based place of the current finding among `items`, null when it is not among them */
  at: number | null;
  activate(item: ListItem): void;
  step(step: 1 | -1): void;
  close(): void;
  fold(key: string): void;
}

/** The finding's row button, found by its id (compared as data, since ids hold any character). */
export function findingButton(root: ParentNode, id: string): HTMLButtonElement | null {
  const row = [...root.querySelectorAll<HTMLElement>("[data-finding-id]")].find((el) => el.dataset.findingId === id);
  return row?.querySelector<HTMLButtonElement>(":scope > button") ?? null;
}

export function useFindingNav(items: readonly ListItem[], select: (sheet: string, cell: string) => void): FindingNav {
  const [current, setCurrent] = React.useState<string | null>(null);
  const [open, setOpen] = React.useState(false);
  const [folded, setFolded] = React.useState<ReadonlySet<string>>(new Set());
  // Set by a step, so the effect below focuses the row once it is rendered (after unfolding).
  const focusNext = React.useRef<string | null>(null);

  const activate = React.useCallback(
    (item: ListItem) => {
      setCurrent(item.id);
      setOpen(true);
      select(item.finding.sheet, item.finding.cell);
    },
    [select],
  );

  const step = React.useCallback(
    (direction: 1 | -1) => {
      const item = stepItem(items, current, direction);
      if (!item) return;
      setFolded((f) => openPath(item.path, f));
      focusNext.current = item.id;
      activate(item);
    },
    [items, current, activate],
  );

  React.useEffect(() => {
    const id = focusNext.current;
    if (id === null || id !== current) return;
    focusNext.current = null;
    const button = findingButton(document, id);
    button?.focus({ preventScroll: true });
    // jsdom has no scrollIntoView
    button?.scrollIntoView?.({ block: "center" });
  });

  React.useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "F8" || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [step]);

  const fold = React.useCallback((key: string) => {
    setFolded((f) => {
      const next = new Set(f);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const index = current === null ? -1 : items.findIndex((i) => i.id === current);
  return { current, open, folded, at: index === -1 ? null : index + 1, activate, step, close: () => setOpen(false), fold };
}
