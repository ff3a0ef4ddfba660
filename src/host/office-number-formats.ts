/**
 * Excel's number formats as the reader needs them. `values` gives a date as its serial number and a
 * number unrounded (excel-limits.md row 6); the CLI reads the file and gives an ISO date. So the
 * Office read loads each cell's number format, turns serials under a date format into the same ISO
 * string, and keeps the format on CellFormat.numberFormat, as the file layer does.
 */

/** Formats that say nothing the reader needs: the default, and text. */
export function isPlainFormat(format: string | undefined | null): boolean {
  return !format || format === "General" || format === "@";
}

/**
 * True for a format that shows a date or time: y, m, d, h or s outside quoted text, escapes and
 * [colour]/[locale] brackets, in the first section ("yyyy-mm-dd", `m"月"d"日"`, "[$-804]yyyy年m月").
 */
export function isDateFormat(format: string | undefined | null): boolean {
  if (isPlainFormat(format)) return false;
  const bare = (format as string)
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .split(";")[0];
  return /[ymdhs]/i.test(bare);
}

const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** A 1900-system serial as "2023-12-31"; a time of day makes it a full ISO timestamp, as the CLI gives it. */
export function serialToIso(serial: number): string {
  const iso = new Date(EPOCH_1900 + Math.round(serial * 86_400_000)).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}
