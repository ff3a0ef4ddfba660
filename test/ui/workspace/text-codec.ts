/** jsdom has no TextDecoder/TextEncoder, which the workbook-file layer the workspace imports needs at load. */
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, { TextDecoder, TextEncoder });
