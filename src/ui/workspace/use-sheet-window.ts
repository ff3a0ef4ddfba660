/**
 * Windowing for the sheet view: rows have one fixed height, so the rows on screen follow from the
 * scroll offset alone and only those (plus a margin either side) are in the DOM, whatever the
 * sheet's length. Also scrolls the view to a cell (rows and columns) when asked.
 */
import * as React from "react";
import type { SheetModel } from "./sheet-view-model";

export const ROW_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 48;
/** rows drawn beyond each edge of the viewport, so a fast scroll does not show blank rows */
const OVERSCAN = 12;
/** the viewport's height before it is measured (and in jsdom, which measures nothing) */
const UNMEASURED_HEIGHT = 480;

export interface SheetWindow {
  region: React.RefObject<HTMLDivElement | null>;
  /** the shown rows drawn: [first, last) */
  first: number;
  last: number;
  onScroll(): void;
  /** brings the cell into view (only when it is not already), rows and columns */
  reveal(model: SheetModel, row: number, col: number): void;
}

export function useSheetWindow(rowCount: number): SheetWindow {
  const region = React.useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  const [height, setHeight] = React.useState(UNMEASURED_HEIGHT);

  React.useEffect(() => {
    const el = region.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const measure = (): void => setHeight(el.clientHeight || UNMEASURED_HEIGHT);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onScroll = React.useCallback(() => setScrollTop(region.current?.scrollTop ?? 0), []);

  const reveal = React.useCallback(
    (model: SheetModel, row: number, col: number) => {
      const el = region.current;
      if (!el) return;
      // a hidden row is not drawn: the next row shown stands in for it
      const found = model.rows.findIndex((r) => r >= row);
      const index = found < 0 ? model.rows.length - 1 : found;
      // the body starts under the sticky column letters, one row high
      const top = ROW_HEIGHT + index * ROW_HEIGHT;
      const view = el.clientHeight || height;
      if (top < el.scrollTop + ROW_HEIGHT || top + ROW_HEIGHT > el.scrollTop + view) {
        const next = Math.max(0, top - ROW_HEIGHT - Math.floor(view / 3));
        el.scrollTop = next;
        setScrollTop(next);
      }
      const j = model.cols.findIndex((c) => c >= col);
      if (j < 0 || !el.clientWidth) return;
      // as little horizontal scrolling as shows the whole cell (its left edge when it is wider than the view)
      const left = model.widths.slice(0, j).reduce((a, b) => a + b, 0);
      const right = left + model.widths[j];
      const visible = el.clientWidth - ROW_HEADER_WIDTH;
      if (right > el.scrollLeft + visible) el.scrollLeft = right - visible;
      if (left < el.scrollLeft) el.scrollLeft = left;
    },
    [height],
  );

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  return { region, first, last, onScroll, reveal };
}
