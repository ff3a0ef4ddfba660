/** Where the CLI writes. Tests pass buffers; the command line passes the process streams. */
import type { ProgressStream } from "./progress";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** stderr as a terminal, for the progress bar of folder reviews (drawn only when it is a TTY) */
  progress?: ProgressStream;
}

export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  progress: process.stderr,
};

/** Exit codes: 0 = no errors, 1 = errors found, 2 = some input could not be read (or bad usage). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;
