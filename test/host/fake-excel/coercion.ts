/**
 * What Excel makes of a string written through `range.values` (excel-limits.md row 5): "100%"
 * becomes 1 formatted "0%", "2023-12-31" a date serial, "+5" the number 5, "=…" a formula, unless
 * the cell's number format is "@" (text) or the string starts with an apostrophe. And the other
 * way: the text a cell shows for its value and number format (Range.text, row 6), by SheetJS's SSF
 * (the number-format engine Excel's file format documents). Browser-safe.
 */
import { SSF } from "@e965/xlsx";
import type { CellValue } from "../../../src/domain/grid";

export interface Stored {
  value: CellValue;
  /** the number format Excel gives the cell on the way, when it changes it */
  numberFormat?: string;
  /** a formula Excel made of the text */
  formula?: string;
}

/** Days since 1899-12-30 (Excel's 1900 date system, past its 1900-02-29 bug). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?\d+(?:\.\d+)?)\s*%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const MONTH_DAY = /^(\d{1,2})\/(\d{1,2})$/;

/** What Excel stores when `text` is written to a cell whose number format is `format`. */
export function coerceWrite(text: CellValue, format: string | undefined): Stored {
  if (typeof text !== "string") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (format === "@") return { value: text };
  const trimmed = text.trim();
  if (trimmed.startsWith("=") && trimmed.length > 1) return { value: "#NAME?", formula: trimmed };
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    const decimals = percent[1].split(".")[1]?.length ?? 0;
    return { value: Number(percent[1]) / 100, numberFormat: decimals ? `0.${"0".repeat(decimals)}%` : "0%" };
  }
  const date = ISO_DATE.exec(trimmed);
  if (date && validDate(+date[1], +date[2], +date[3])) return { value: dateSerial(+date[1], +date[2], +date[3]), numberFormat: "yyyy/m/d" };
  const monthDay = MONTH_DAY.exec(trimmed);
  if (monthDay && validDate(2026, +monthDay[1], +monthDay[2])) {
    // Excel reads 1/2 as 2 January of the current year; the fake fixes the year so tests repeat.
    return { value: dateSerial(2026, +monthDay[1], +monthDay[2]), numberFormat: `m"月"d"日"` };
  }
  if (trimmed !== "" && /\d/.test(trimmed) && NUMBER.test(trimmed)) return { value: Number(trimmed.replace(/,/g, "")) };
  // "-某某" and "+某某" start a formula Excel cannot evaluate
  if (/^[+-]\D/.test(trimmed)) return { value: "#NAME?", formula: `=${trimmed}` };
  return { value: text };
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Range.text of one cell: what Excel shows for the value under its number format. */
export function displayText(value: CellValue, format: string | undefined): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!format || format === "General" || format === "@") return SSF.format("General", value);
  return SSF.format(format, value);
}

/** True for a number format that shows a date (so the value is a date serial). */
export function isDateFormat(format: string | undefined): boolean {
  return !!format && format !== "General" && format !== "@" && SSF.is_date(format);
}
