/** What a rule reports. Plain data: the pane, the marks, the CLI and the reports all read it. */
import type { Span } from "./model";

/** A piece of message data that reads differently per language (an indicator reference, a value label). */
export interface Localized {
  zh: string;
  en: string;
}
/** The named data a rule's message template is filled with. */
export type MessageData = Record<string, string | number | Localized>;

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** A safe fix, described as data; a rule never applies it. */
export interface Fix {
  cell: string;
  start: number;
  end: number;
  replacement: string;
  /** Chinese, e.g. 将“≧”改为“≥” */
  description: string;
  /** the same in English (Change “≧” to “≥”), where the rule gives it */
  descriptionEn?: string;
}

/** One contributing row of a sum, each one a place the user can jump to. */
export interface SumPart {
  cell: string;
  name: string;
  amount: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** the exact A1 cell */
  cell: string;
  agency: string | null;
  project: string | null;
  indicator: { seq: number | null; name: string | null } | null;
  /** for an indicator: the span inside the cell */
  span?: Span;
  /** which of the rule's messages (meta.messages), and the data its template names */
  messageId?: string;
  data?: MessageData;
  /** the message rendered by the engine in the language asked for (Chinese unless asked otherwise) */
  message: string;
  /** the same message in English, for the pane's English view and the SARIF report */
  messageEn?: string;
  /** money: expected and actual amounts in the table's unit, the difference, the rows of the sum */
  expected?: string;
  actual?: string;
  difference?: string;
  parts?: SumPart[];
  fix?: Fix;
  /**
   * Business key: what the finding is about (rule, sheet, agency, project, indicator), never the
   * row number, so explanations and baselines survive inserted rows.
   */
  key: string;
  /** the value the finding judged (an amount, a text); when it changes, an explanation lapses */
  subject: string;
}
