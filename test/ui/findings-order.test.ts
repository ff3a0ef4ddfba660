/** The list's order and grouping over what the domain really finds in the published seed tables. */
import { fromA1 } from "../../src/domain/address";
import { SEVERITIES } from "../../src/domain/finding";
import { buildFindingsList, isGroupOpen, openPath, sortFindings, stepItem, type ListGroup } from "../../src/ui/findings-order";
import { domainResult, seedGrid } from "./support/pane";

const findings = domainResult(seedGrid("seed-002")).findings;
const rank = (s: string) => SEVERITIES.indexOf(s as never);

describe("sortFindings", () => {
  test("errors first, then warnings, then infos; by row and column within a severity", () => {
    const sorted = sortFindings(findings, "severity");
    expect(sorted).toHaveLength(findings.length);
    expect(sorted[0].severity).toBe("error");
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1], sorted[i]];
      expect(rank(a.severity)).toBeLessThanOrEqual(rank(b.severity));
      if (a.severity === b.severity) {
        const [pa, pb] = [fromA1(a.cell)!, fromA1(b.cell)!];
        expect(pa.row < pb.row || (pa.row === pb.row && pa.col <= pb.col)).toBe(true);
      }
    }
  });
});

describe("buildFindingsList", () => {
  test("errors first: the first finding the list shows is an error, and every finding is listed once", () => {
    const list = buildFindingsList(findings, "severity");
    expect(list.items[0].finding.severity).toBe("error");
    expect(list.items).toHaveLength(findings.length);
    expect(new Set(list.items.map((i) => i.id)).size).toBe(findings.length);
  });

  test("by rule: one group per rule with its count, the rules with errors first", () => {
    const list = buildFindingsList(findings, "rule");
    const rules = new Set(findings.map((f) => f.rule));
    expect(list.groups.map((g) => g.name).sort()).toEqual([...rules].sort());
    for (const g of list.groups) expect(g.count).toBe(findings.filter((f) => f.rule === g.name).length);
    expect(list.groups[0].children.some((c) => "finding" in c && c.finding.severity === "error")).toBe(true);
  });

  test("a rule firing three or more times in one project folds into one line that starts folded", () => {
    const list = buildFindingsList(findings, "position");
    const repeats: ListGroup[] = [];
    const walk = (gs: readonly ListGroup[]) =>
      gs.forEach((g) => (g.kind === "repeat" ? repeats.push(g) : walk(g.children.filter((c): c is ListGroup => !("finding" in c)))));
    walk(list.groups);
    const perProjectRule = new Map<string, number>();
    for (const f of findings) perProjectRule.set(`${f.agency}|${f.project}|${f.rule}`, (perProjectRule.get(`${f.agency}|${f.project}|${f.rule}`) ?? 0) + 1);
    expect(repeats.length).toBe([...perProjectRule.values()].filter((n) => n >= 3).length);
    expect(repeats.length).toBeGreaterThan(0);
    for (const r of repeats) {
      expect(r.count).toBe(r.children.length);
      expect(isGroupOpen("repeat", r.key, new Set())).toBe(false);
      // next/previous opens the way to a folded finding
      const item = r.children[0];
      expect("finding" in item && isGroupOpen("repeat", r.key, openPath(item.path, new Set()))).toBe(true);
    }
  });
});

describe("stepItem", () => {
  const items = buildFindingsList(findings, "severity").items;
  test("walks forward and back, wrapping at both ends", () => {
    expect(stepItem(items, null, 1)).toBe(items[0]);
    expect(stepItem(items, null, -1)).toBe(items[items.length - 1]);
    expect(stepItem(items, items[0].id, 1)).toBe(items[1]);
    expect(stepItem(items, items[0].id, -1)).toBe(items[items.length - 1]);
    expect(stepItem(items, items[items.length - 1].id, 1)).toBe(items[0]);
    expect(stepItem([], null, 1)).toBeNull();
  });
});
