/**
 * Building findings the same way in every rule: who the row belongs to (agency / project), the
 * business key (never a row number, so explanations survive inserted rows) and the subject.
 */
import type { Finding, Fix, Severity, SumPart } from "../../finding";
import type { Indicator, Span, TableModel, TableRow } from "../../model";

/** The part of a rule a finding needs: its id and default severity. */
export interface RuleRef {
  id: string;
  severity: Severity;
}

export interface FindingInit {
  cell: string;
  message: string;
  messageEn: string;
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
    message: init.message,
    messageEn: init.messageEn,
    key: businessKey(rule.id, table.sheet, agency, project, init.field),
    subject: init.subject,
  };
  if (init.span) f.span = init.span;
  if (init.fix) f.fix = init.fix;
  if (init.expected !== undefined) f.expected = init.expected;
  if (init.actual !== undefined) f.actual = init.actual;
  if (init.difference !== undefined) f.difference = init.difference;
  if (init.parts) f.parts = init.parts;
  return f;
}

/** How an indicator is named in messages and keys: its name, else its number. */
export function indicatorLabel(ind: Indicator): string {
  const name = ind.name?.text.trim();
  if (name) return name;
  return ind.seq !== null ? `第${ind.seq}项指标` : "未命名指标";
}

export function indicatorKeyField(ind: Indicator): string {
  const name = ind.name?.text.trim();
  if (name) return name;
  return ind.seq !== null ? `#${ind.seq}` : `@${ind.span.start}`;
}

/** `第3项“服务年限”` — the way a reviewer points at one indicator in a cell. */
export function indicatorRef(ind: Indicator): string {
  const name = ind.name?.text.trim();
  const seq = ind.seq !== null ? `第${ind.seq}项` : "";
  if (name) return `${seq}指标“${name}”`;
  return seq ? `${seq}指标（无名称）` : "指标（无名称）";
}

export function indicatorRefEn(ind: Indicator): string {
  const name = ind.name?.text.trim();
  const seq = ind.seq !== null ? ` #${ind.seq}` : "";
  return name ? `indicator${seq} "${name}"` : `indicator${seq} (no name)`;
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
  const field = init.fieldSuffix ? `${indicatorKeyField(ind)}/${init.fieldSuffix}` : indicatorKeyField(ind);
  // init is reused as the FindingInit (no spread: this runs once per finding, tens of thousands of times)
  const full = init as FindingInit & IndicatorFindingInit;
  full.cell = init.cell ?? span.cell ?? ind.cell;
  full.span = span;
  full.field = field;
  full.indicator = { seq: ind.seq, name: ind.name?.text.trim() || null };
  return rowFinding(rule, table, row, full);
}

/** `「财政拨款」` style quoting used in every message. */
export const q = (s: string): string => `“${s}”`;
