/**
 * Writes indicators back into a cell in the cell's own dialect: one item (formatIndicator), a new
 * item at the end with numbering continued (appendIndicator), or fresh sequence numbers 1..n
 * (renumber). Only what must change is touched; the rest of the cell stays byte for byte.
 */
import { cleanText, cleanWithMap } from "../text";
import { DEFAULT_DIALECT, detectDialect, type IndicatorDialect } from "./dialect";
import { DEFAULT_NUMBER_STYLE, markerOf, numberIn } from "./markers";
import { findItemStarts, isPlaceholder, parseIndicatorCell } from "./parse";
import { resolveLevel1, resolveLevel2, type Level1Def, type Level2Def } from "./taxonomy";

export interface IndicatorSpec {
  level1: { code: string | null; name: string };
  level2: { code: string | null; name: string } | null;
  /** the 三级 name; "" writes no name */
  name: string;
  /** null: in a dialect with 实施周期指标值, the annual value is written for both */
  periodValue: string | null;
  annualValue: string;
}

/** Adds (true) or drops (false) the trailing 指标; null leaves the name as given. */
export function applySuffix(name: string, suffix: boolean | null): string {
  const bare = name.trim().replace(/指标$/, "");
  if (suffix === true) return `${bare}指标`;
  if (suffix === false) return bare;
  return name.trim();
}

/**
 * The name to put in a spec for a taxonomy entry, so it reads like its neighbours: with 指标 (true),
 * without (false), or as the export writes it (null: 产出指标, 数量指标, 社会效益).
 */
export function writtenCategoryName(def: Level1Def | Level2Def, suffix: boolean | null): string {
  if (suffix === true) return def.label;
  if (suffix === false) return def.name;
  return "exportName" in def ? def.exportName : def.label;
}

function category(ref: { code: string | null; name: string }, level: 1 | 2, d: IndicatorDialect): string {
  const name = applySuffix(ref.name, level === 1 ? d.level1Suffix : d.level2Suffix);
  if (!d.codes) return name;
  const code = ref.code ?? (level === 1 ? resolveLevel1(ref.name) : resolveLevel2(ref.name))?.code ?? null;
  return code ? `${code}-${name}` : name;
}

/** One item, its marker (`seq、`, `（seq）` … as the dialect numbers) up to and including its terminator. */
export function formatIndicator(spec: IndicatorSpec, seq: number, dialect: IndicatorDialect = DEFAULT_DIALECT): string {
  const d = dialect;
  const head: string[] = [];
  if (spec.level1.name.trim()) head.push(category(spec.level1, 1, d));
  if (d.hasLevel2 && spec.level2 && spec.level2.name.trim()) head.push(category(spec.level2, 2, d));
  if (spec.name.trim()) head.push(spec.name.trim());
  const annual = spec.annualValue.trim();
  const values = d.hasPeriodValue
    ? `实施周期指标值${d.colon}${(spec.periodValue ?? annual).trim()}${d.valueSeparator}年度指标值${d.colon}${annual}`
    : `年度指标值${d.colon}${annual}`;
  const marker = d.numberStyle === null ? "" : markerOf(d.numberStyle ?? DEFAULT_NUMBER_STYLE, seq);
  return `${marker}${head.join(d.levelSeparator)}${d.labelSeparator}${values}${d.terminator}`;
}

/**
 * The cell text with one more item at the end, numbered max(seq) + 1 and written in the cell's
 * dialect (or `dialect` when given). A blank or placeholder cell (无) becomes the single item 1.
 * When the last item lacks its terminator, the dialect's terminator is added before the joiner.
 */
export function appendIndicator(cellText: string | null | undefined, spec: IndicatorSpec, dialect?: IndicatorDialect): string {
  const text = cellText ?? "";
  const trimmed = text.replace(/[\s\u3000\u00a0]+$/, "");
  const items = parseIndicatorCell(trimmed, "", 0);
  // detectDialect reads the cleaned text, where items typed one per line have run together
  const unnumbered = items.length >= 2 && items.every((i) => i.seq === null);
  const d = dialect ?? { ...detectDialect(text), ...(unnumbered ? { numberStyle: null } : {}) };
  if (isPlaceholder(cleanText(trimmed))) return formatIndicator(spec, 1, d);
  const next = Math.max(0, ...items.map((i) => i.seq ?? 0)) + 1;
  const last = trimmed[trimmed.length - 1];
  const ended = "。;；".includes(last) || (d.terminator !== "" && trimmed.endsWith(d.terminator));
  // items typed one per line (Alt+Enter): the new one goes on a line of its own
  const onLines = items.length >= 2 && items.slice(1).every((i) => /[\r\n][ \t\u3000]*$/.test(trimmed.slice(0, i.span.start)));
  return `${trimmed}${ended ? "" : d.terminator}${onLines ? "\n" : d.joiner}${formatIndicator(spec, next, d)}`;
}

/** The cell text with its item numbers rewritten to 1..n in the cell's own style, nothing else changed. */
export function renumber(cellText: string): string {
  const { text, map } = cleanWithMap(cellText);
  const starts = findItemStarts(text);
  let out = cellText;
  for (let k = starts.length - 1; k >= 0; k--) {
    const s = starts[k];
    const from = map[s.numberStart];
    const to = map[s.numberEnd - 1] + 1;
    out = out.slice(0, from) + numberIn(s.style, k + 1) + out.slice(to);
  }
  return out;
}
