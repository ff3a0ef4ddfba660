/**
 * The same table kept with each hand-kept habit gives the same findings as the table as published
 * (seed 002, compact): items numbered （1） ① 一、 1., items one per line without numbers, 小计 below
 * the projects with 合计 last, a 资金使用单位 column merged over its projects. Compared as
 * multisets of rule / agency / project / indicator, so cells and row numbers may move.
 */
import { checkWorkbook } from "../../../src/domain/check";
import type { Finding } from "../../../src/domain/finding";
import { loadFixtureModel } from "../../support/fixtures";

/** An indicator is known by its name, or by its number where it has no name (unless `bySeq` is off). */
const signature = (f: Finding, bySeq = true) =>
  `${f.rule}|${f.agency ?? ""}|${f.project ?? ""}|${f.indicator?.name ?? (bySeq ? f.indicator?.seq : null) ?? ""}`;

async function signatures(fixture: string, without: readonly string[] = []): Promise<string[]> {
  const r = checkWorkbook(await loadFixtureModel(fixture));
  const numbered = without.length === 0;
  return r.findings
    .filter((f) => !without.includes(f.rule))
    .map((f) => signature(f, numbered))
    .sort();
}

async function counts(fixture: string) {
  const r = checkWorkbook(await loadFixtureModel(fixture));
  return r.tables.map((t) => [t.projects, t.agencies, t.indicators]);
}

describe("seed 002 kept by hand reads as published", () => {
  it.each(["numbered-paren", "numbered-circled", "numbered-chinese", "numbered-dot", "subtotals-below", "merged-agency-column"])(
    "%s: 17 projects, 54 indicators and the same findings",
    async (variant) => {
      const published = await signatures("seed-002-compact");
      expect(published.length).toBeGreaterThan(0);
      expect(await signatures(variant)).toEqual(published);
      const [[projects, , indicators]] = await counts(variant);
      expect([projects, indicators]).toEqual([17, 54]);
    },
  );

  it("items one per line without numbers: the same findings but for numbering, which has no numbers to check (nor to name an item by)", async () => {
    const published = await signatures("seed-002-compact", ["numbering"]);
    expect(await signatures("items-on-lines", ["numbering"])).toEqual(published);
    expect(await counts("items-on-lines")).toEqual(await counts("seed-002-compact"));
  });

  it("both 小计 layouts keep the two agencies and the 563.39 subtotal against 563.38", async () => {
    for (const variant of ["subtotals-below", "merged-agency-column"]) {
      const r = checkWorkbook(await loadFixtureModel(variant));
      expect(r.findings.filter((f) => f.rule === "subtotal-mismatch").map((f) => [f.agency, f.actual, f.expected])).toEqual([
        ["广州市工商业联合会", "563.39", "563.38"],
      ]);
      expect(r.tables[0].agencies).toBe(2);
    }
  });
});
