/**
 * The Office.js host: the only code in the add-in that calls Excel.run. Every batch asks to wait
 * while the user is editing a cell (delayForCellEdit) and every failure becomes a HostError with a
 * Chinese message (errors.ts); nothing is swallowed.
 *
 * Syncs per operation (the fake runtime in test/host/fake-excel counts them):
 * - readWorkbook: read syncs budgeted by estimated bytes (office-read.ts; ≈1.5 MB each, Excel on
 *   the web caps a response at 5 MB): every sheet's values, number formats, indent/bold and merged
 *   areas (in bands), one sync for a typical table, row chunks for a big one. The sheet list and
 *   sizes it needs come from prepare() (two metadata syncs, no cell data, run at bootstrap) and the
 *   bytes a cell costs are measured by each read, so the next one plans better.
 * - markFindings / clearMarks: up to three small reads (sheet names; conditional formats and
 *   protection; the formulas of custom rules, to find ours by signature) and one write sync per
 *   sheet with changes. Marks are conditional formats signed in their formula (marks.ts), at most
 *   300 areas a rule, never cell formats.
 * - selectCell: one batch, one sync (activate, then select).
 * - writeCells: two reads (names; protection and each target's lock) and one write sync.
 * - every batch gives up after timeoutMs (default 60 s) with a message; the user retries.
 */
import type { WorkbookGrid } from "../domain/grid";
import { fromA1 } from "../domain/address";
import { HostError, type CellWrite, type ChangeEvent, type FixReceipt, type Mark, type SelectedCell, type WorkbookHost } from "./host";
import { receiptOf, type CellEdit, type EditReceipt, type WorkbookEdit } from "./edits";
import { applyFixesInOffice, undoFixesInOffice } from "./fix-office";
import { applyEditInOffice, eventRect, readSelection, touchedArea, undoEditInOffice } from "./insert-office";
import { hostMessages, toHostError, type ErrorContext } from "./errors";
import { asWrittenText } from "./office-text";
import { runSelfTest, type ProbeResult } from "./self-test";
import { MARK_FILLS, isMarkFormula, markFormula, planMarks } from "./marks";
import { emptyReadStats, readLayout, readSheets, type ReadCapabilities, type ReadStats, type SheetLayout } from "./office-read";
import { contains, formatRange, parseRange, type CellRect } from "./ranges";
import type { Explanation, ReviewSheetData } from "../domain/review";
import { EXPLAINED_SHEET } from "../domain/review/sheet-names";
import { queueExplanationsWrite, readStoredExplanations } from "./explanations-office";
import { planReviewSheet } from "./review-sheet-plan";
import { queueReviewSheet } from "./review-sheet-office";
import { freeSheetName, planStandardTable, type TemplateLayout } from "../domain/template/standard-table";
import { queueStandardTable } from "./template-office";

/** What OfficeHost needs of Office.js; tests pass the fake runtime's pair. */
export interface OfficeRuntime {
  Excel: typeof Excel;
  Office?: typeof Office;
  /** how long one Excel.run may take before the pane stops waiting (default 60 s; office-js#6678) */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

type Listener = (e: ChangeEvent) => void;
type ErrorListener = (e: HostError) => void;

/** How long a write of ours is remembered, to recognise its change event on hosts before ExcelApi 1.14. */
const OWN_WRITE_MEMORY_MS = 5_000;

export class OfficeHost implements WorkbookHost {
  readonly kind = "office" as const;
  private readonly excel: typeof Excel;
  private readonly office: typeof Office | undefined;
  private readonly timeoutMs: number;
  private layout: SheetLayout[] | null = null;
  private readonly sheetNames = new Map<string, string>();
  private readonly listeners = new Set<Listener>();
  private readonly errorListeners = new Set<ErrorListener>();
  private registration: Promise<void> | null = null;
  private ownWrites: { sheet: string; address: string; until: number }[] = [];
  /** Areas our edits changed (a row insert shifts everything below): events inside are ours. */
  private ownAreas: { sheet: string; rect: CellRect; until: number }[] = [];

  constructor(runtime: OfficeRuntime = { Excel: globalThis.Excel, Office: globalThis.Office }) {
    this.excel = runtime.Excel;
    this.office = runtime.Office;
    this.timeoutMs = runtime.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** Learns the sheet list and sizes ahead of the first check, so that check is a single sync. */
  async prepare(): Promise<void> {
    const layout = await this.run((context) => readLayout(context));
    this.remember(layout);
  }

  /** Syncs and estimated bytes of the last readWorkbook (for the bench and the self-test). */
  lastRead: ReadStats = emptyReadStats();

  async readWorkbook(): Promise<WorkbookGrid> {
    const cached = this.layout !== null;
    try {
      return await this.run((context) => this.readOnce(context));
    } catch (error) {
      if (!(error instanceof HostError)) throw error;
      // A renamed or deleted sheet makes the cached plan fail: re-learn the layout and try once more.
      if (error.code === "ItemNotFound" && cached) {
        this.layout = null;
        return this.run((context) => this.readOnce(context));
      }
      throw error;
    }
  }

  /**
   * Byte-budgeted read (office-read.ts). The sheet list is loaded in the first read sync with the
   * cells; a sheet added since the layout was learnt costs a fresh layout and its own syncs.
   */
  private async readOnce(context: Excel.RequestContext): Promise<WorkbookGrid> {
    const caps = this.capabilities();
    const stats = emptyReadStats();
    this.lastRead = stats;
    let layout = this.layout ?? (await readLayout(context));
    const listed = context.workbook.worksheets.load("items/name,items/id");
    const sheets = await readSheets(context, layout, caps, stats);
    if (!stats.syncs) await context.sync();
    const known = new Set(layout.map((l) => l.name));
    if (listed.items.some((s) => !known.has(s.name))) {
      const fresh = (await readLayout(context)).filter((l) => !known.has(l.name));
      sheets.push(...(await readSheets(context, fresh, caps, stats)));
      layout = [...layout, ...fresh];
    }
    const order = listed.items.map((s) => s.name);
    const present = sheets.filter((g) => order.includes(g.name));
    present.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    this.remember(layout.filter((l) => order.includes(l.name)));
    return { sheets: present };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const at = fromA1(cell);
    if (!at) throw new HostError(hostMessages.badCell(sheet, cell), "InvalidArgument");
    const address = formatRange({ top: at.row, left: at.col, bottom: at.row, right: at.col });
    await this.run(
      async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        // Activate first: select() alone on another sheet is unreliable (office-js#5118).
        target.activate();
        target.getRange(address).select();
        await context.sync();
      },
      { sheet, notFound: "sheet" },
    );
  }

  async markFindings(marks: Mark[]): Promise<void> {
    const plans = planMarks(marks);
    if (plans.length && !this.supports("1.9")) {
      throw new HostError(hostMessages.unsupported("标记单元格", "ExcelApi 1.9"), "ApiNotFound");
    }
    await this.run(async (context) => {
      const scans = await this.scanMarks(context);
      const byName = new Map(scans.map((s) => [s.name, s]));
      for (const p of plans) {
        if (!byName.has(p.sheet)) throw new HostError(hostMessages.sheetNotFound(p.sheet), "ItemNotFound");
      }
      // Refuse before the first change, so a protected sheet never leaves marks half replaced.
      const wanted = new Set(plans.map((p) => p.sheet));
      const blocked = scans.find((s) => s.protected && (s.ours.length > 0 || wanted.has(s.name)));
      if (blocked) throw new HostError(hostMessages.protectedSheet(blocked.name), "AccessDenied");
      // Sheet by sheet, one sync each: the new rules go in before the old ones come out (a batch is
      // not a transaction, excel-limits.md row 4), and one sheet's failure leaves the others marked.
      const failures: { sheet: string; error: HostError }[] = [];
      for (const s of scans) {
        const own = plans.filter((p) => p.sheet === s.name);
        if (!own.length && !s.ours.length) continue;
        for (const p of own) {
          const rule = context.workbook.worksheets.getItem(p.sheet).getRanges(p.address).conditionalFormats.add("Custom");
          rule.custom.rule.formula = markFormula(p.severity);
          rule.custom.format.fill.color = MARK_FILLS[p.severity];
        }
        for (const cf of s.ours) cf.delete();
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per sheet isolates its failure
          await context.sync();
        } catch (error) {
          failures.push({ sheet: s.name, error: toHostError(error, { sheet: s.name }) });
        }
      }
      if (failures.length) throw new HostError(hostMessages.marksFailed(failures.map((f) => f.sheet), failures[0].error.message), failures[0].error.code, failures[0].error);
    });
  }

  async clearMarks(): Promise<void> {
    await this.run(async (context) => {
      const scans = (await this.scanMarks(context)).filter((s) => s.ours.length > 0);
      const blocked = scans.find((s) => s.protected);
      if (blocked) throw new HostError(hostMessages.protectedSheet(blocked.name), "AccessDenied");
      if (!scans.length) return;
      for (const s of scans) for (const cf of s.ours) cf.delete();
      await context.sync();
    });
  }

  /** Every sheet's protection and the conditional formats that carry our signature. */
  private async scanMarks(context: Excel.RequestContext) {
    const listed = context.workbook.worksheets.load("items/name,items/id");
    await context.sync();
    const scans = listed.items.map((sheet) => ({
      name: sheet.name,
      protection: sheet.protection.load("protected"),
      formats: sheet.getRange().conditionalFormats.load("items/id,items/type"),
    }));
    await context.sync();
    const customs = scans.flatMap((s) =>
      s.formats.items.filter((cf) => cf.type === "Custom").map((cf) => ({ sheet: s.name, cf, rule: cf.custom.rule.load("formula") })),
    );
    if (customs.length) await context.sync();
    for (const s of listed.items) this.sheetNames.set(s.id, s.name);
    return scans.map((s) => ({
      name: s.name,
      protected: s.protection.protected,
      ours: customs.filter((c) => c.sheet === s.name && isMarkFormula(c.rule.formula)).map((c) => c.cf),
    }));
  }

  /** The active cell: one batch, one read sync (ExcelApi 1.7). */
  async getSelection(): Promise<SelectedCell | null> {
    return this.run((context) => readSelection(context));
  }

  /** One read sync (every check), then one write sync; see insert-office.ts. */
  async applyEdit(edit: WorkbookEdit): Promise<EditReceipt> {
    await this.run(
      async (context) => {
        this.rememberArea(edit.sheet, touchedArea(edit));
        await applyEditInOffice(context, edit);
      },
      { sheet: edit.sheet, notFound: "sheet" },
    );
    return receiptOf(edit);
  }

  async undoEdit(receipt: EditReceipt): Promise<void> {
    const edit = receipt.edit;
    await this.run(
      async (context) => {
        this.rememberArea(edit.sheet, touchedArea(edit));
        await undoEditInOffice(context, receipt);
      },
      { sheet: edit.sheet, notFound: "sheet" },
    );
  }

  /** One read sync (every cell checked), then one write sync; see fix-office.ts. */
  async applyFixes(edits: readonly CellEdit[]): Promise<FixReceipt> {
    await this.fixRun(edits, (context) => applyFixesInOffice(context, edits));
    return { edits: edits.map((e) => ({ ...e })) };
  }

  async undoFixes(receipt: FixReceipt): Promise<void> {
    await this.fixRun(receipt.edits, (context) => undoFixesInOffice(context, receipt.edits));
  }

  private async fixRun(edits: readonly CellEdit[], fn: (context: Excel.RequestContext) => Promise<void>): Promise<void> {
    if (edits.length === 0) return;
    await this.run(
      async (context) => {
        for (const e of edits) this.rememberArea(e.sheet, touchedArea(e));
        await fn(context);
      },
      { sheet: edits[0].sheet, notFound: "sheet" },
    );
  }

  private rememberArea(sheet: string, rect: CellRect | null): void {
    if (rect) this.ownAreas.push({ sheet, rect, until: Date.now() + OWN_WRITE_MEMORY_MS });
  }

  private insideOwnArea(sheet: string, address: string): boolean {
    const now = Date.now();
    this.ownAreas = this.ownAreas.filter((a) => a.until > now);
    const rect = eventRect(address);
    return (
      rect !== null &&
      this.ownAreas.some((a) => a.sheet === sheet && contains(a.rect, rect.top, rect.left) && contains(a.rect, rect.bottom, rect.right))
    );
  }

  async writeCells(writes: CellWrite[]): Promise<void> {
    const targets = writes.map((w) => {
      const rect = parseRange(w.cell);
      if (!rect || rect.top !== rect.bottom || rect.left !== rect.right) throw new HostError(hostMessages.badCell(w.sheet, w.cell), "InvalidArgument");
      return { ...w, address: formatRange(rect) };
    });
    if (!targets.length) return;
    await this.run(async (context) => {
      const listed = context.workbook.worksheets.load("items/name");
      await context.sync();
      const names = [...new Set(targets.map((t) => t.sheet))];
      const existing = new Set(listed.items.map((s) => s.name));
      const missing = names.find((n) => !existing.has(n));
      if (missing) throw new HostError(hostMessages.sheetNotFound(missing), "ItemNotFound");
      const protections = new Map(names.map((n) => [n, context.workbook.worksheets.getItem(n).protection.load("protected")]));
      // A protected sheet still takes values in cells the user unlocked (Format Cells → Protection).
      const locks = targets.map((t) => ({ t, lock: context.workbook.worksheets.getItem(t.sheet).getRange(t.address).format.protection.load("locked") }));
      await context.sync();
      const blocked = locks.find(({ t, lock }) => protections.get(t.sheet)?.protected && lock.locked !== false);
      if (blocked) throw new HostError(hostMessages.protectedSheet(blocked.t.sheet), "AccessDenied");
      context.application.suspendApiCalculationUntilNextSync();
      for (const t of targets) {
        // "" clears a cell; null inside a values array would leave it unchanged.
        const value = typeof t.value === "string" ? asWrittenText(t.value) : t.value;
        context.workbook.worksheets.getItem(t.sheet).getRange(t.address).values = [[value ?? ""]];
      }
      const until = Date.now() + OWN_WRITE_MEMORY_MS;
      this.ownWrites.push(...targets.map((t) => ({ sheet: t.sheet, address: t.address, until })));
      await context.sync();
    });
  }

  /** At most two read syncs (see explanations-office.ts); a check gets the sheet from readWorkbook instead. */
  async readExplanations(): Promise<Explanation[]> {
    const stored = await this.run((context) => readStoredExplanations(context), { sheet: EXPLAINED_SHEET });
    return stored.explanations;
  }

  /** One read sync (is the storage sheet there) and one write sync. */
  async writeExplanations(explanations: readonly Explanation[]): Promise<void> {
    await this.run(
      async (context) => {
        const queued = await queueExplanationsWrite(context, explanations, this.supports("1.7") ? this.structureCheck() : null);
        queued.sheet.load("id,name");
        this.rememberArea(EXPLAINED_SHEET, { top: 0, left: 0, bottom: 1048575, right: 16383 });
        await context.sync();
        this.noteSheet(queued.sheet.name, queued.sheet.id, queued.rows, queued.cols);
      },
      { sheet: EXPLAINED_SHEET },
    );
  }

  /**
   * One read sync (is there a sheet of that name) and one write sync: delete it, add the new sheet,
   * fill and format it (review-sheet-office.ts), activate it. No other sheet is touched.
   */
  async writeReviewSheet(data: ReviewSheetData): Promise<void> {
    const plan = planReviewSheet(data);
    const caps = { pageLayout: this.supports("1.9"), freezePanes: this.supports("1.7") };
    await this.run(
      async (context) => {
        const sheets = context.workbook.worksheets;
        const old = sheets.getItemOrNullObject(plan.name);
        old.load("name");
        const protection = this.supports("1.7") ? context.workbook.protection.load("protected") : null;
        await context.sync();
        // Checked before the old sheet is deleted: a protected structure would refuse the add after it.
        if (protection?.protected) this.structureCheck().refuse(plan.name);
        if (!old.isNullObject) old.delete();
        const sheet = sheets.add(plan.name);
        queueReviewSheet(sheet, plan, caps);
        sheet.activate();
        sheet.load("id,name");
        this.rememberArea(plan.name, { top: 0, left: 0, bottom: plan.rows - 1, right: plan.cols - 1 });
        await context.sync();
        this.noteSheet(sheet.name, sheet.id, plan.rows, plan.cols);
      },
      { sheet: plan.name },
    );
  }

  /** 自检 (self-test.ts): probes on a scratch sheet it deletes afterwards; the user's sheets are not touched. */
  selfTest(onResult?: (r: ProbeResult) => void): Promise<ProbeResult[]> {
    return runSelfTest({ run: (batch) => this.run(batch), supports: (v) => this.supports(v), onResult });
  }

  /** Workbook protection is ExcelApi 1.7; without it the add itself fails and errors.ts explains. */
  async addStandardTable(layout: TemplateLayout): Promise<string> {
    const plan = planStandardTable(layout);
    const size = { rows: plan.rows.length, cols: plan.rows[0].length };
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const protection = this.supports("1.7") ? context.workbook.protection.load("protected") : null;
      await context.sync();
      const name = freeSheetName(sheets.items.map((s) => s.name));
      if (protection?.protected) this.structureCheck().refuse(name);
      const sheet = sheets.add(name);
      queueStandardTable(sheet, plan, this.supports("1.7"));
      sheet.activate();
      sheet.load("id,name");
      this.rememberArea(name, { top: 0, left: 0, bottom: size.rows - 1, right: size.cols - 1 });
      await context.sync();
      this.noteSheet(sheet.name, sheet.id, size.rows, size.cols);
      return sheet.name;
    });
  }

  private structureCheck() {
    return {
      refuse(sheet: string): never {
        throw new HostError(hostMessages.structureProtected(sheet), "WorkbookProtected");
      },
    };
  }

  /**
   * A sheet we just wrote joins the cached layout (replacing one of the same name), so the next
   * check still reads everything in one sync instead of re-learning the layout.
   */
  private noteSheet(name: string, id: string, rows: number, cols: number): void {
    this.sheetNames.set(id, name);
    const shape = { top: 0, left: 0, rows, cols, cells: rows * cols };
    if (this.layout) this.layout = [...this.layout.filter((l) => l.name !== name), { name, id, ...shape }];
  }

  /**
   * Raw change events (the pane debounces them). Our own writes are dropped: by triggerSource where
   * the host reports it (ExcelApi 1.14), else by remembering what we just wrote. A failure to
   * register goes to onError, or is rethrown outside the call when no onError is given.
   */
  onChanged(listener: Listener, onError?: ErrorListener): () => void {
    this.listeners.add(listener);
    if (onError) this.errorListeners.add(onError);
    if (!this.registration) {
      this.registration = this.run(async (context) => {
        context.workbook.worksheets.onChanged.add((event) => this.handleChange(event));
        await context.sync();
      }).catch((error: unknown) => {
        this.registration = null;
        this.report(toHostError(error));
      });
    }
    return () => {
      this.listeners.delete(listener);
      if (onError) this.errorListeners.delete(onError);
    };
  }

  private async handleChange(event: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (event.triggerSource === "ThisLocalAddin") return;
    try {
      const sheet = this.sheetNames.get(event.worksheetId) ?? (await this.lookupSheetName(event.worksheetId));
      if (event.triggerSource === undefined && (this.consumeOwnWrite(sheet, event.address) || this.insideOwnArea(sheet, event.address))) return;
      for (const listener of [...this.listeners]) listener({ sheet, address: event.address });
    } catch (error) {
      this.report(toHostError(error));
    }
  }

  private lookupSheetName(id: string): Promise<string> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(id).load("name");
      await context.sync();
      this.sheetNames.set(id, sheet.name);
      return sheet.name;
    });
  }

  private consumeOwnWrite(sheet: string, address: string): boolean {
    const now = Date.now();
    this.ownWrites = this.ownWrites.filter((w) => w.until > now);
    const rect = parseRange(address);
    const normal = rect ? formatRange(rect) : address;
    const i = this.ownWrites.findIndex((w) => w.sheet === sheet && w.address === normal);
    if (i < 0) return false;
    this.ownWrites.splice(i, 1);
    return true;
  }

  private report(error: HostError): void {
    if (this.errorListeners.size) {
      for (const l of [...this.errorListeners]) l(error);
      return;
    }
    // Nobody asked to hear it: rethrow outside any promise so the page's error handler sees it.
    setTimeout(() => {
      throw error;
    }, 0);
  }

  private remember(layout: SheetLayout[]): void {
    this.layout = layout;
    for (const l of layout) this.sheetNames.set(l.id, l.name);
  }

  private capabilities(): ReadCapabilities {
    return { formats: this.supports("1.9"), merges: this.supports("1.13") };
  }

  /** Office absent (a unit test without it) counts as supported: the sync will say otherwise. */
  private supports(version: string): boolean {
    const requirements = this.office?.context?.requirements;
    return requirements ? requirements.isSetSupported("ExcelApi", version) : true;
  }

  /**
   * Every batch: wait while the user edits a cell, turn failures into HostErrors, and stop waiting
   * after timeoutMs, because a sync can hang for good on the web (office-js#6678). The abandoned
   * batch may still finish; the pane's retry starts a new one.
   */
  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, errorContext: ErrorContext = {}): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HostError(hostMessages.timeout(Math.round(this.timeoutMs / 1000)), "Timeout")), this.timeoutMs);
    });
    const work = this.excel.run({ delayForCellEdit: true }, batch).catch((error: unknown) => {
      throw toHostError(error, errorContext);
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
