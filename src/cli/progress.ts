/**
 * A one-line progress bar on stderr for folder reviews: only when stderr is a terminal and there
 * are enough files for the wait to matter. Redrawn in place with \r; cleared before anything else
 * is written to stderr. No dependency: a bar, a count and the last file name, cut to the width.
 */
import * as path from "path";
import { displayWidth, fitWidth } from "./text-width";

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Fewer files than this finish before a bar would help. */
export const PROGRESS_MIN_FILES = 8;

export function renderProgress(done: number, total: number, columns: number, label: string): string {
  const count = `${done}/${total}`;
  const head = "检查中 ";
  const barWidth = Math.max(10, Math.min(30, columns - displayWidth(head) - count.length - 16));
  const filled = total > 0 ? Math.round((done / total) * barWidth) : barWidth;
  const bar = `[${"█".repeat(filled)}${"░".repeat(barWidth - filled)}]`;
  const line = `${head}${bar} ${count}`;
  const room = columns - 1 - displayWidth(line) - 1;
  return room > 4 && label ? `${line} ${fitWidth(label, room)}` : line;
}

export class ProgressBar {
  private done = 0;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
  ) {}

  /** One more file finished. */
  tick(file: string): void {
    this.done++;
    const columns = this.stream.columns && this.stream.columns > 20 ? this.stream.columns : 80;
    this.stream.write(`\r\x1b[2K${renderProgress(this.done, this.total, columns, path.basename(file))}`);
    this.drawn = true;
  }

  /** Removes the bar so the next line starts clean. */
  clear(): void {
    if (this.drawn) this.stream.write("\r\x1b[2K");
    this.drawn = false;
  }
}

/** A bar when `stream` is a terminal and there are many files; otherwise null. */
export function progressFor(total: number, stream: ProgressStream | undefined): ProgressBar | null {
  if (!stream?.isTTY || total < PROGRESS_MIN_FILES) return null;
  return new ProgressBar(total, stream);
}
