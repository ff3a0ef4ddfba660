/**
 * The order and grouping of the findings list. Three orders a budget officer chooses from:
 *  - severity (the default): errors first, then place, so the one subtotal error is at the top;
 *  - position: the table's own order (sheet → agency → project, row, column);
 *  - rule: one group per rule with its count, the way a linter's summary reads.
 * Under a project, one rule firing many times folds into one line ("比较符号可规范 ×5").
 * Every finding gets a stable id and the keys of the groups above it, so next/previous can unfold
 * the way to it.
 */
import type { Finding } from "../domain/finding";
import { SEVERITIES } from "../domain/finding";
import { fromA1 } from "../domain/address";
import { groupFindings } from "../domain/report";
import { findingId } from "./findings-view";

export type SortOrder = "severity" | "position" | "rule";
export const SORT_ORDERS: readonly SortOrder[] = ["severity", "position", "rule"];

/** A rule repeated this often in one project folds into one line. */
export const FOLD_REPEATS_FROM = 3;

export interface ListItem {
  id: string;
  finding: Finding;
  /** keys of the groups above it, outermost first */
  path: string[];
}

export interface ListGroup {
  key: string;
  kind: "sheet" | "agency" | "project" | "rule" | "repeat";
  /** the sheet, agency or project name; the rule id for "rule" and "repeat" groups */
  name: string | null;
  count: number;
  /** sub-groups and findings, in the order the list shows them */
  children: ListNode[];
}

export type ListNode = ListGroup | ListItem;
export const isItem = (node: ListNode): node is ListItem => "finding" in node;

const rank = (f: Finding): number => SEVERITIES.indexOf(f.severity);

/** Place in the workbook: the sheet's first appearance, then row, then column. */
function placeOrder(findings: readonly Finding[]): (a: Finding, b: Finding) => number {
  const sheetRank = new Map<string, number>();
  for (const f of findings) if (!sheetRank.has(f.sheet)) sheetRank.set(f.sheet, sheetRank.size);
  const at = (f: Finding) => fromA1(f.cell) ?? { row: Number.MAX_SAFE_INTEGER, col: 0 };
  return (a, b) => {
    const s = (sheetRank.get(a.sheet) ?? 0) - (sheetRank.get(b.sheet) ?? 0);
    if (s !== 0) return s;
    const pa = at(a);
    const pb = at(b);
    return pa.row - pb.row || pa.col - pb.col || (a.span?.start ?? 0) - (b.span?.start ?? 0);
  };
}

/** Severity first, then place (Array.prototype.sort is stable, so equal findings keep their order). */
export function sortFindings(findings: readonly Finding[], order: SortOrder): Finding[] {
  const byPlace = placeOrder(findings);
  if (order === "position") return [...findings].sort(byPlace);
  return [...findings].sort((a, b) => rank(a) - rank(b) || byPlace(a, b));
}

/** Ids that stay the same across re-checks (business key and cell), made unique by a counter. */
function itemMaker(): (finding: Finding, path: string[]) => ListItem {
  const seen = new Map<string, number>();
  return (finding, path) => {
    const base = findingId(finding);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { id: n === 0 ? base : `${base}#${n}`, finding, path };
  };
}

const keyPart = (name: string | null): string => (name === null ? "\u0001" : name);

/** A project's findings, with each rule that repeats folded into one "repeat" group where it first shows. */
function projectChildren(findings: readonly Finding[], path: string[], make: ReturnType<typeof itemMaker>): ListNode[] {
  const perRule = new Map<string, number>();
  for (const f of findings) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
  const repeats = new Map<string, ListGroup>();
  const nodes: ListNode[] = [];
  for (const f of findings) {
    if ((perRule.get(f.rule) ?? 0) < FOLD_REPEATS_FROM) {
      nodes.push(make(f, path));
      continue;
    }
    let group = repeats.get(f.rule);
    if (!group) {
      group = { key: `${path[path.length - 1]}\u0000rule:${f.rule}`, kind: "repeat", name: f.rule, count: 0, children: [] };
      repeats.set(f.rule, group);
      nodes.push(group);
    }
    group.children.push(make(f, [...path, group.key]));
    group.count++;
  }
  return nodes;
}

export interface FindingsList {
  groups: ListGroup[];
  /** every finding in the order the list shows them, for next/previous */
  items: ListItem[];
}

/** Every finding under `nodes`, depth first: the order the list shows them. */
export function itemsOf(nodes: readonly ListNode[]): ListItem[] {
  return nodes.flatMap((n) => (isItem(n) ? [n] : itemsOf(n.children)));
}

function byTable(sorted: readonly Finding[]): FindingsList {
  const make = itemMaker();
  const groups = groupFindings(sorted).map((sheet): ListGroup => {
    const sheetKey = sheet.sheet;
    return {
      key: sheetKey,
      kind: "sheet",
      name: sheet.sheet,
      count: sheet.count,
      children: sheet.agencies.map((agency): ListGroup => {
        const agencyKey = `${sheetKey}\u0000${keyPart(agency.agency)}`;
        return {
          key: agencyKey,
          kind: "agency",
          name: agency.agency,
          count: agency.count,
          children: agency.projects.map((project): ListGroup => {
            const projectKey = `${agencyKey}\u0000${keyPart(project.project)}`;
            const children = projectChildren(project.findings, [sheetKey, agencyKey, projectKey], make);
            return { key: projectKey, kind: "project", name: project.project, count: project.findings.length, children };
          }),
        };
      }),
    };
  });
  return { groups, items: itemsOf(groups) };
}

function byRule(findings: readonly Finding[]): FindingsList {
  const make = itemMaker();
  const sorted = sortFindings(findings, "position");
  const rules = new Map<string, ListGroup>();
  const worst = new Map<string, number>();
  for (const f of sorted) {
    let group = rules.get(f.rule);
    if (!group) {
      group = { key: `rule:${f.rule}`, kind: "rule", name: f.rule, count: 0, children: [] };
      rules.set(f.rule, group);
    }
    group.children.push(make(f, [group.key]));
    group.count++;
    worst.set(f.rule, Math.min(worst.get(f.rule) ?? SEVERITIES.length, rank(f)));
  }
  // The worst rules first; among equals, the one that fires most.
  const groups = [...rules.values()].sort(
    (a, b) => (worst.get(a.name ?? "") ?? 0) - (worst.get(b.name ?? "") ?? 0) || b.count - a.count,
  );
  return { groups, items: itemsOf(groups) };
}

export function buildFindingsList(findings: readonly Finding[], order: SortOrder): FindingsList {
  return order === "rule" ? byRule(findings) : byTable(sortFindings(findings, order));
}

/** The item after (step 1) or before (step -1) `current`, wrapping around; the first when none is current. */
export function stepItem(items: readonly ListItem[], current: string | null, step: 1 | -1): ListItem | null {
  if (items.length === 0) return null;
  const at = current === null ? -1 : items.findIndex((i) => i.id === current);
  if (at === -1) return step === 1 ? items[0] : items[items.length - 1];
  return items[(at + step + items.length) % items.length];
}

/**
 * Whether a group shows its findings. `toggled` holds the groups the user flipped: the table's
 * groups start open, a repeated rule's line ("×5") starts folded.
 */
export function isGroupOpen(kind: ListGroup["kind"], key: string, toggled: ReadonlySet<string>): boolean {
  return kind === "repeat" ? toggled.has(key) : !toggled.has(key);
}

/** `toggled` changed so every group on `path` is open (a repeat key in `path` ends in its rule). */
export function openPath(path: readonly string[], toggled: ReadonlySet<string>): ReadonlySet<string> {
  const isRepeat = (key: string) => key.includes("\u0000rule:");
  const next = new Set(toggled);
  for (const key of path) {
    if (isRepeat(key)) next.add(key);
    else next.delete(key);
  }
  return next;
}
