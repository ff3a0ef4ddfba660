/**
 * One written category: `1-产出指标`, `11-数量指标`, `41-经济成本指标` (code + name) or a bare name
 * (`数量指标`, `社会效益`). Kept as written; meaning comes from taxonomy.ts.
 */
import type { CategoryRef, Span } from "../model";

/** A code of one or two digits, a dash of any width (or none before a CJK name: 11数量指标), the name. */
const CODED = /^(\d{1,2}|[０-９]{1,2})\s*(?:[-－—–]\s*|(?=[\u4e00-\u9fff]))([^\s\-－—–].*)?$/s;

const FULL_DIGIT = /[０-９]/;
const DIGITS_ONLY = /^[\d０-９]+$/;

function halfDigits(s: string): string {
  if (!FULL_DIGIT.test(s)) return s;
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Parses one category token. `span` is where `raw` sits in its cell; it is returned unchanged.
 * Returns null for blank text or a bare code with no name.
 */
export function parseCategory(raw: string, span: Span): CategoryRef | null {
  const t = raw.trim();
  if (!t) return null;
  const m = CODED.exec(t);
  if (m) {
    const name = (m[2] ?? "").trim();
    if (!name) return null;
    return { code: halfDigits(m[1]), name, span };
  }
  if (DIGITS_ONLY.test(t)) return null;
  return { code: null, name: t, span };
}
