/**
 * What one workbook file may cost before it is refused as too large (issue #13: work proportional
 * to content, one hostile file costs that file alone). Every limit is checked before the work it
 * bounds: sizes from the zip directory before inflating (and again while inflating, since the
 * directory may lie), a cell's address before the grid grows to reach it.
 */
export interface FileLimits {
  /** bytes of the file itself (checked by the CLI from the file's size before reading it) */
  fileBytes: number;
  /** all parts the reader inflates, together */
  inflatedBytes: number;
  /** any one part */
  partBytes: number;
  /** cells holding a value, over all sheets */
  cells: number;
  /** the last row holding a value (1-based, as Excel numbers rows) */
  rows: number;
  /** the last column holding a value (1-based: 64 is BL) */
  cols: number;
}

/**
 * A department's table is a few hundred rows by a dozen columns; the 10,000-project bench workbook
 * is ~40,000 rows × 9 columns, 9 MB inflated. These limits leave room for ten times that.
 */
export const DEFAULT_LIMITS: FileLimits = {
  fileBytes: 100 * 1024 * 1024,
  inflatedBytes: 500 * 1024 * 1024,
  partBytes: 300 * 1024 * 1024,
  cells: 5_000_000,
  rows: 200_000,
  cols: 64,
};

export function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes} 字节`;
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
