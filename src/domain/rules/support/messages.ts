/**
 * Rendering a finding's message from its rule's template and the finding's data, in the language
 * asked for. Rules report message ids and data only, so the same finding reads in Chinese in a
 * Chinese pane and in English in an English one, and tests compare ids and data, not prose.
 */
import type { Finding } from "../../finding";
import type { Lang, MessageData, RuleMeta } from "../rule";
import { flat } from "./findings";

const PLACEHOLDER = /\{(\w+)\}/g;

function valueIn(data: MessageData, name: string, lang: Lang): string {
  const v = data[name];
  if (v === undefined) throw new Error(`message data has no “${name}”`);
  return typeof v === "object" ? v[lang] : String(v);
}

/** A template with every {name} replaced; a missing name is a bug in the rule, and says so. */
export function renderTemplate(template: string, data: MessageData, lang: Lang): string {
  return template.replace(PLACEHOLDER, (_, name: string) => valueIn(data, name, lang));
}

/** Fills in `message` (in lang) and `messageEn` of findings the rule reported with ids and data. */
export function renderFindings(meta: RuleMeta, findings: Finding[], lang: Lang): void {
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    const template = f.messageId === undefined ? undefined : meta.messages[f.messageId];
    if (!template) throw new Error(`rule ${meta.id} has no message “${f.messageId}”`);
    const data = f.data ?? {};
    const en = flat(renderTemplate(template.en, data, "en"));
    f.messageEn = en;
    f.message = lang === "en" ? en : flat(renderTemplate(template.zh, data, "zh"));
  }
}
