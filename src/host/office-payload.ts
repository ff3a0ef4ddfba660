/**
 * How big an Office.js response is, estimated as Excel serialises it: JSON text in UTF-8, so a
 * Chinese character is 3 bytes (excel-limits.md row 1: Excel on the web caps one response at 5 MB,
 * and answers an oversized one with RichApi's payload code or a bare GeneralException). The fake
 * runtime in test/host/fake-excel counts with the same function, so "under budget" means one thing.
 */

/** Excel on the web's cap on one request or response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What the host aims one read sync at: well under the cap, so an estimate that is off by 3× still fits. */
export const READ_BUDGET_BYTES = 1_500_000;

/** Bytes of a value as JSON in UTF-8, counted without building the string (big reads make that costly). */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "string") return stringBytes(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value).length;
  if (Array.isArray(value)) {
    let n = 1;
    for (const v of value) n += jsonBytes(v) + 1;
    return n;
  }
  if (typeof value === "object") {
    let n = 1;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) n += stringBytes(k) + 1 + jsonBytes(v) + 1;
    return n;
  }
  return 0;
}

function stringBytes(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The two answers Excel gives a response that is too big; the read halves its chunk on either. */
export function isPayloadError(code: string): boolean {
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded" || code === "GeneralException";
}
