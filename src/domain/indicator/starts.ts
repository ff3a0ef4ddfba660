/**
 * Where the items of a 绩效指标 cell start. A numbered item starts at a marker (markers.ts) at the
 * beginning of the text, after an item end (`。` `;` `；`, optionally followed by the joiner `,`),
 * after a line break typed in the cell (Alt+Enter), or — for cells that forgot the terminator —
 * where a category follows. A cell numbers in one style: the style of its first item, so a `（1）`
 * or a `1.` inside a `1、` list stays text. A cell without numbers still lists items one per line
 * or one per `；`: there an item starts where a category heads it (unnumbered starts).
 */
import type { CategoryPart } from "./item";
import { readItem } from "./item";
import { findMarkers, type Marker } from "./markers";
import { resolveLevel1, resolveLevel2 } from "./taxonomy";

/** A numbered item's start: its marker. */
export type ItemStart = Marker;

/** Text that ends with an item end (`。` `;` `；`), or with the joiner `,` after one. */
const ENDS_ITEM = /[。;；]\s*[,，]?$/;
/** How far back a boundary is looked for: spaces and a joiner, never a whole item. */
const LOOK_BACK = 64;

function isBoundary(t: string, i: number, breaks: ReadonlySet<number>): boolean {
  if (breaks.has(i)) return true;
  const before = t.slice(Math.max(0, i - LOOK_BACK), i).trimEnd();
  return (before === "" && i <= LOOK_BACK) || ENDS_ITEM.test(before);
}

/** After the marker: a coded category (1-产出指标) or a known category name followed by a separator. */
export function looksLikeItemHead(t: string, at: number): boolean {
  const rest = t.slice(at, at + 40);
  if (/^\s*\d{1,2}\s*[-－—–]\s*[\u4e00-\u9fff]/.test(rest)) return true;
  const tok = /^\s*([^;；,，:：\s]{1,12})\s*[;；,，:：]/.exec(rest);
  return tok !== null && (resolveLevel1(tok[1]) !== null || resolveLevel2(tok[1]) !== null);
}

/**
 * The numbered items' starts in the cleaned text `t`; `breaks` are the clean offsets where the cell
 * had a line break.
 */
export function findItemStarts(t: string, breaks: ReadonlySet<number> = NO_BREAKS): ItemStart[] {
  const starts = findMarkers(t).filter((m) => isBoundary(t, m.start, breaks) || looksLikeItemHead(t, m.bodyStart));
  const style = starts[0]?.style;
  return starts.filter((m) => m.style === style);
}
const NO_BREAKS: ReadonlySet<number> = new Set();

/** An item end followed by what may start the next item (spaces, a joiner). */
const ITEM_END = /[。;；]\s*(?:[,，]\s*)?/g;
const VALUE_LABEL = /(实施周期|实施期|年度)指标值/;

/**
 * Starts of unnumbered items, for a cell with no markers: at a line break or after an item end,
 * where a category heads what follows — unless what went before is a category alone
 * (`1-产出指标；11-数量指标；…` is one item in the code dialect). A line that carries a value label
 * starts an item too. The first item starts at 0 and is not listed.
 */
export function unnumberedStarts(t: string, breaks: ReadonlySet<number>): number[] {
  const candidates = new Set<number>(breaks);
  for (const m of t.matchAll(ITEM_END)) candidates.add(m.index + m[0].length);
  const sorted = [...candidates].filter((c) => c > 0 && c < t.length).sort((a, b) => a - b);
  const out: number[] = [];
  let from = 0;
  sorted.forEach((c, k) => {
    const next = sorted[k + 1] ?? t.length;
    const headed = looksLikeItemHead(t, c) || (breaks.has(c) && VALUE_LABEL.test(t.slice(c, next)));
    if (headed && !isCategoryAlone(t, from, c)) {
      out.push(c);
      from = c;
    }
  });
  return out;
}

function isCategoryAlone(t: string, from: number, to: number): boolean {
  const item = readItem(t, from, to);
  const hasCategory = (c: CategoryPart | null) => c !== null && !c.inferred;
  return (hasCategory(item.level1) || hasCategory(item.level2)) && item.nameEnd === item.nameStart && !item.period && !item.annual;
}
