/**
 * What a fix does, in both languages. Fix descriptions are shown as they are (修正 preview, CLI
 * --fix summary) and the pane shows the English one in English mode, so the words are made here,
 * once, instead of turned from the Chinese afterwards.
 */
import type { Fix } from "../../finding";
import type { Span } from "../../model";
import { flat } from "./findings";

/** 将“≧”改为“≥”（2处） / Change “≧” to “≥” (2 places). */
export function changeFix(span: Span, replacement: string, from: string, to: string, places = 1): Fix {
  const count = places > 1 ? { zh: `（${places}处）`, en: ` (${places} places)` } : { zh: "", en: "" };
  return {
    cell: span.cell,
    start: span.start,
    end: span.end,
    replacement,
    description: flat(`将“${from}”改为“${to}”${count.zh}`),
    descriptionEn: flat(`Change “${from}” to “${to}”${count.en}`),
  };
}
