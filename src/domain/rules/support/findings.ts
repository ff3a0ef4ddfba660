/**
 * Building findings the same way in every rule: who the row belongs to (agency / project), the
 * business key (never a row number, so explanations survive inserted rows) and the subject.
 */
import type { Finding, Fix, Severity, SumPart } from "../../finding";
import type { Indicator, Span, TableModel, TableRow } from "../../model";
import type { Localized, MessageData } from "../rule";

/** The part of a rule a finding needs: its id and default severity. */
export interface RuleRef {
  id: string;
  severity: Severity;
}

export interface FindingInit {
  cell: string;
  /** one of the rule's meta.messages; the engine renders it with data */
  messageId: string;
  data: MessageData;
  /** what the finding judged (an amount, a text); when it changes, an explanation lapses */
  subject: string;
  /** the last part of the key: a column, an indicator name, a field */
  field: string;
  severity?: Severity;
  span?: Span;
  fix?: Fix;
  expected?: string;
  actual?: string;
  difference?: string;
  parts?: SumPart[];
  indicator?: Finding["indicator"];
}

export function agencyOfRow(row: TableRow | null): string | null {
  if (!row) return null;
  if (row.kind === "agency") return row.name;
  if (row.kind === "project") return row.agency;
  return null;
}

export function projectOfRow(row: TableRow | null): string | null {
  return row && row.kind === "project" ? row.name : null;
}

/**
 * The same text as one flat string. The engine keeps text built by concatenation (a template
 * literal) as a tree of its pieces, a dozen small objects for a message, until something reads a
 * character; reading one makes it flat. Findings outlive the check, so flattening each text as the
 * finding is made leaves the garbage collector one string to move instead of the tree: at 16,000
 * findings that is ~9 MB less to copy (1,400 → 850 bytes a finding).
 */
export function flat(s: string): string {
  // a character from the middle (the compiler may know the first one of a literal), and kept
  // somewhere, or the optimising compiler drops the read and with it the flattening
  _touched ^= s.charCodeAt(s.length >> 1);
  return s;
}
let _touched = 0;

export function businessKey(rule: string, sheet: string, agency: string | null, project: string | null, field: string): string {
  return `${rule}|${sheet}|${agency ?? ""}|${project ?? ""}|${field}`;
}

/** A finding about a row (or, with row null, about the table as a whole). */
export function rowFinding(rule: RuleRef, table: TableModel, row: TableRow | null, init: FindingInit): Finding {
  const agency = agencyOfRow(row);
  const project = projectOfRow(row);
  const f: Finding = {
    rule: rule.id,
    severity: init.severity ?? rule.severity,
    sheet: table.sheet,
    cell: init.cell,
    agency,
    project,
    indicator: init.indicator ?? null,
    messageId: init.messageId,
    data: init.data,
    message: "",
    key: flat(businessKey(rule.id, table.sheet, agency, project, init.field)),
    subject: flat(init.subject),
  };
  if (init.span) f.span = init.span;
  if (init.fix) f.fix = init.fix;
  if (init.expected !== undefined) f.expected = init.expected;
  if (init.actual !== undefined) f.actual = init.actual;
  if (init.difference !== undefined) f.difference = init.difference;
  if (init.parts) f.parts = init.parts;
  return f;
}

/**
 * The strings findings derive from one indicator (its trimmed name, how messages and keys name it),
 * remembered for the latest indicator only: the shared walk hands one indicator to every rule in
 * turn, and one rule may report both of its values, so the same strings are asked for in a row.
 * The name and number are part of the check, so an indicator rebuilt or renamed is seen as new.
 */
class IndicatorNames {
  ind: Indicator | null = null;
  private nameRef: Indicator["name"] = null;
  private seq: number | null = null;
  /** the trimmed name, "" when there is none */
  name = "";
  private ref: string | null = null;
  private refEn: string | null = null;
  private keyField: string | null = null;

  of(ind: Indicator): this {
    if (ind !== this.ind || ind.name !== this.nameRef || ind.seq !== this.seq) {
      this.ind = ind;
      this.nameRef = ind.name;
      this.seq = ind.seq;
      this.name = ind.name ? ind.name.text.trim() : "";
      this.ref = this.refEn = this.keyField = null;
    }
    return this;
  }

  /** `第3项“服务年限”` — the way a reviewer points at one indicator in a cell. */
  refZh(): string {
    if (this.ref === null) {
      const seq = this.seq !== null ? `第${this.seq}项` : "";
      this.ref = this.name ? `${seq}指标“${this.name}”` : seq ? `${seq}指标（无名称）` : "指标（无名称）";
    }
    return this.ref;
  }

  refEnglish(): string {
    if (this.refEn === null) {
      const seq = this.seq !== null ? ` #${this.seq}` : "";
      this.refEn = this.name ? `indicator${seq} "${this.name}"` : `indicator${seq} (no name)`;
    }
    return this.refEn;
  }

  field(): string {
    if (this.keyField === null) this.keyField = this.name || (this.seq !== null ? `#${this.seq}` : `@${this.ind!.span.start}`);
    return this.keyField;
  }
}

const names = new IndicatorNames();

/** How an indicator is named in messages and keys: its name, else its number. */
export function indicatorLabel(ind: Indicator): string {
  const name = names.of(ind).name;
  if (name) return name;
  return ind.seq !== null ? `第${ind.seq}项指标` : "未命名指标";
}

export function indicatorKeyField(ind: Indicator): string {
  return names.of(ind).field();
}

/** `第3项“服务年限”` — the way a reviewer points at one indicator in a cell. */
export function indicatorRef(ind: Indicator): string {
  return names.of(ind).refZh();
}

export function indicatorRefEn(ind: Indicator): string {
  return names.of(ind).refEnglish();
}

/** The indicator reference as message data: 第3项指标“服务年限” / indicator #3 "服务年限". */
export function indicatorRefData(ind: Indicator): Localized {
  const n = names.of(ind);
  return { zh: n.refZh(), en: n.refEnglish() };
}

export interface IndicatorFindingInit extends Omit<FindingInit, "cell" | "field" | "indicator"> {
  /** appended to the indicator part of the key, e.g. 年度指标值 */
  fieldSuffix?: string;
  /** defaults to the indicator's cell */
  cell?: string;
}

/** A finding about one indicator: its cell, the span inside it, and {seq, name}. */
export function indicatorFinding(
  rule: RuleRef,
  table: TableModel,
  row: TableRow,
  ind: Indicator,
  init: IndicatorFindingInit,
): Finding {
  const span = init.span ?? ind.span;
  const n = names.of(ind);
  const field = init.fieldSuffix ? `${n.field()}/${init.fieldSuffix}` : n.field();
  // init is reused as the FindingInit (no spread: this runs once per finding, tens of thousands of times)
  const full = init as FindingInit & IndicatorFindingInit;
  full.cell = init.cell ?? span.cell ?? ind.cell;
  full.span = span;
  full.field = field;
  full.indicator = { seq: ind.seq, name: n.name || null };
  return rowFinding(rule, table, row, full);
}

/** `「财政拨款」` style quoting used in every message. */
export const q = (s: string): string => `“${s}”`;
