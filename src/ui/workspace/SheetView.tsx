/**
 * The browser workspace's sheet view: a plain, read-only grid of the in-memory workbook beside the
 * pane, standing in for Excel's own grid. It follows the host (MemoryHost.subscribe): the marks in
 * their severity's fill and named in words, the cells the pane changed outlined and labelled
 * 已修改, the selected cell outlined, and whenever the selection moves (a finding, F8, the picker)
 * the view switches to its sheet and scrolls it into view. Only the rows on screen are drawn.
 */
import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../domain/address";
import type { Severity } from "../../domain/finding";
import type { MemoryHost } from "../../host/memory-host";
import { MARK_FILLS } from "../../host/marks";
import { findSheet } from "../../host/memory-workbook";
import { useStrings, type Translate } from "../i18n";
import { sheetContent, sheetTabs, windowRows, withSelection, type Baseline, type DrawnCell } from "./sheet-view-model";
import { ROW_HEADER_WIDTH, ROW_HEIGHT, useSheetWindow } from "./use-sheet-window";

/** Excel's selection green, and a blue for "changed" that reads apart from every mark fill. */
const SELECTED_OUTLINE = "#107C41";
const CHANGED_OUTLINE = "#0F6CBD";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%", rowGap: tokens.spacingVerticalXS },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  // many sheets scroll sideways instead of pushing the grid down
  tabs: { overflowX: "auto", flexShrink: 0 },
  swatch: { display: "inline-block", width: "12px", height: "12px", marginRight: "4px", verticalAlign: "middle", boxSizing: "border-box" },
  region: {
    flex: 1,
    minHeight: 0,
    overflow: "auto",
    position: "relative",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  table: { tableLayout: "fixed", borderCollapse: "separate", borderSpacing: 0, fontSize: "12px", color: "#242424" },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${ROW_HEIGHT}px`,
    padding: 0,
    backgroundColor: "#F3F3F3",
    color: "#424242",
    fontWeight: "normal",
    textAlign: "center",
    borderRight: "1px solid #D1D1D1",
    borderBottom: "1px solid #D1D1D1",
  },
  corner: { left: 0, zIndex: 3 },
  rowHead: { position: "sticky", left: 0, zIndex: 1, top: "auto" },
  cell: {
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    padding: "0 4px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    verticalAlign: "middle",
    borderRight: "1px solid #E0E0E0",
    borderBottom: "1px solid #E0E0E0",
  },
  changed: { outline: `2px dashed ${CHANGED_OUTLINE}`, outlineOffset: "-2px" },
  selected: { outline: `2px solid ${SELECTED_OUTLINE}`, outlineOffset: "-2px" },
  spacer: { padding: 0, border: 0 },
  hiddenText: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

const severityName = (severity: Severity, t: Translate): string =>
  severity === "error" ? t("severity.error") : severity === "warning" ? t("severity.warning") : t("severity.info");

/** What a cell is, in words: the mark's severity and 已修改 (colour is never the only sign). */
function cellLabels(cell: DrawnCell, t: Translate): string[] {
  const labels: string[] = [];
  if (cell.severity) labels.push(severityName(cell.severity, t));
  if (cell.changed) labels.push(t("sheet.changed"));
  return labels;
}

function Cell({ cell, t }: { cell: DrawnCell; t: Translate }): React.JSX.Element {
  const styles = useStyles();
  const labels = cellLabels(cell, t);
  const address = `${columnLetter(cell.col)}${cell.row + 1}`;
  const classes = [styles.cell, cell.changed ? styles.changed : "", cell.selected ? styles.selected : ""].join(" ");
  return (
    <td
      className={classes}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      style={{ backgroundColor: cell.fill ?? undefined, fontWeight: cell.bold ? 600 : undefined }}
      title={[cell.text, ...labels].filter(Boolean).join("\n") || undefined}
      aria-current={cell.selected ? "true" : undefined}
      data-cell={address}
      data-severity={cell.severity ?? undefined}
      data-changed={cell.changed || undefined}
      data-selected={cell.selected || undefined}
    >
      {cell.text}
      {labels.length > 0 && <span className={styles.hiddenText}>{t("sheet.cellLabels", { labels: labels.join(t("sheet.labelSeparator")) })}</span>}
    </td>
  );
}

function Legend({ t }: { t: Translate }): React.JSX.Element {
  const styles = useStyles();
  const item = (label: string, style: React.CSSProperties): React.JSX.Element => (
    <span key={label}>
      <span className={styles.swatch} style={style} aria-hidden="true" />
      {label}
    </span>
  );
  return (
    <p className={styles.legend} aria-label={t("sheet.legend")}>
      {item(t("severity.error"), { backgroundColor: MARK_FILLS.error })}
      {item(t("severity.warning"), { backgroundColor: MARK_FILLS.warning })}
      {item(t("severity.info"), { backgroundColor: MARK_FILLS.info })}
      {item(t("sheet.changed"), { border: `2px dashed ${CHANGED_OUTLINE}` })}
      {item(t("sheet.selected"), { border: `2px solid ${SELECTED_OUTLINE}` })}
    </p>
  );
}

export function SheetView({ host, baseline }: { host: MemoryHost; baseline: Baseline }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useStrings();
  const subscribe = React.useCallback((listener: () => void) => host.subscribe(listener), [host]);
  const version = React.useSyncExternalStore(subscribe, () => host.version);
  const wb = host.workbook;
  // the workbook object stays the same while it changes: `version` says when to look again
  const tabs = React.useMemo(() => sheetTabs(wb, baseline), [wb, baseline, version]);
  const [chosen, setChosen] = React.useState(wb.selection?.sheet ?? wb.activeSheet);
  const shown = tabs.find((tab) => tab.name === chosen)?.name ?? tabs[0]?.name ?? "";
  const sheet = findSheet(wb, shown);
  // recomputed only when cells, marks or sheets change; a selection move only re-outlines
  const contentVersion = host.contentVersion;
  const content = React.useMemo(() => (sheet ? sheetContent(sheet, baseline) : null), [sheet, baseline, contentVersion]);
  const selection = wb.selection;
  const model = React.useMemo(() => (content ? withSelection(content, selection) : null), [content, selection]);
  const win = useSheetWindow(model?.rows.length ?? 0);

  // Each selectCell sets a new selection object: follow it to its sheet, then into view (once the
  // model drawn is that sheet's).
  const followed = React.useRef<typeof wb.selection>(null);
  const pending = React.useRef(false);
  const { reveal } = win;
  React.useLayoutEffect(() => {
    const selection = wb.selection;
    if (selection && selection !== followed.current) {
      followed.current = selection;
      pending.current = true;
      if (selection.sheet !== shown) setChosen(selection.sheet);
    }
    if (!pending.current || !model?.selected || model.name !== selection?.sheet) return;
    pending.current = false;
    reveal(model, model.selected.row, model.selected.col);
  }, [model, wb, reveal, shown, version]);

  if (!model) return <div className={styles.root} />;
  const drawn = windowRows(model, win.first, win.last);
  const columnCount = model.cols.length + 1;
  const width = ROW_HEADER_WIDTH + model.widths.reduce((a, b) => a + b, 0);
  return (
    <div className={styles.root} data-testid="sheet-view">
      <div className={styles.tabs}>
        <TabList size="small" selectedValue={shown} onTabSelect={(_, data) => setChosen(String(data.value))} aria-label={t("sheet.tabs")}>
          {tabs.map((tab) => (
            <Tab key={tab.name} value={tab.name} data-testid="sheet-tab" data-sheet={tab.name}>
              {tab.name}
              {tab.added ? t("sheet.added") : ""}
              {tab.hidden ? t("sheet.hidden") : ""}
            </Tab>
          ))}
        </TabList>
      </div>
      <Legend t={t} />
      <div
        ref={win.region}
        className={styles.region}
        role="region"
        tabIndex={0}
        aria-label={t("sheet.region", { sheet: model.name })}
        onScroll={win.onScroll}
        data-testid="sheet-region"
      >
        <table className={styles.table} style={{ width }} aria-label={model.name} aria-rowcount={model.rows.length + 1} aria-colcount={columnCount}>
          <colgroup>
            <col style={{ width: ROW_HEADER_WIDTH }} />
            {model.widths.map((w, j) => (
              <col key={model.cols[j]} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th className={`${styles.head} ${styles.corner}`} scope="col">
                <span className={styles.hiddenText}>{t("sheet.rowNumber")}</span>
              </th>
              {model.cols.map((c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {win.first > 0 && (
              <tr aria-hidden="true" style={{ height: win.first * ROW_HEIGHT }}>
                <td className={styles.spacer} colSpan={columnCount} />
              </tr>
            )}
            {drawn.map((r) => (
              <tr key={r.row} aria-rowindex={r.index + 2} data-row={r.row + 1} style={{ height: ROW_HEIGHT }}>
                <th className={`${styles.head} ${styles.rowHead}`} scope="row">
                  {r.row + 1}
                </th>
                {r.cells.map((cell) => (
                  <Cell key={cell.col} cell={cell} t={t} />
                ))}
              </tr>
            ))}
            {win.last < model.rows.length && (
              <tr aria-hidden="true" style={{ height: (model.rows.length - win.last) * ROW_HEIGHT }}>
                <td className={styles.spacer} colSpan={columnCount} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
