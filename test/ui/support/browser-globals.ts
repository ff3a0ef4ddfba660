/**
 * What a browser has and jsdom's window lacks, for tests that read a workbook in the pane: the
 * file layer decodes XML with TextDecoder, and the workspace copies the grid with structuredClone.
 * Node's own are the same APIs. Imported before the modules under test.
 */
import { TextDecoder, TextEncoder } from "util";
import { structuredClone as nodeClone } from "./node-clone";

const g = globalThis as Record<string, unknown>;
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;
g.structuredClone ??= nodeClone;
