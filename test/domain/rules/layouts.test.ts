/**
 * The checker finds the same things whatever shape the table comes in: compact, expanded, formatted,
 * messy, text amounts, money in 元. Compared as multisets of rule / project / indicator.
 */
import { checkWorkbook } from "../../../src/domain/check";
import type { Finding } from "../../../src/domain/finding";
import { loadFixtureModel } from "../../support/fixtures";

const signature = (f: Finding) => `${f.rule}|${f.agency ?? ""}|${f.project ?? ""}|${f.indicator?.name ?? f.indicator?.seq ?? ""}`;

async function signatures(fixture: string): Promise<string[]> {
  const r = checkWorkbook(await loadFixtureModel(fixture));
  return r.findings.map(signature).sort();
}

describe("same findings in every shape of a table", () => {
  it.each(["seed-002-expanded", "seed-002-formatted", "messy-text-amounts", "money-in-yuan"])("seed 002 compact = %s", async (variant) => {
    const compact = await signatures("seed-002-compact");
    expect(compact.length).toBeGreaterThan(0);
    expect(await signatures(variant)).toEqual(compact);
  });
  it("seed 001 compact = messy layout (line breaks, blank rows, repeated header, notes)", async () => {
    const compact = await signatures("seed-001-compact");
    expect(await signatures("messy-layout")).toEqual(compact);
  });
  it("seed 002 in 元: the subtotal gap is 100元 and, in 元, cannot come from rounding", async () => {
    const r = checkWorkbook(await loadFixtureModel("money-in-yuan"));
    const [f] = r.findings.filter((x) => x.rule === "subtotal-mismatch");
    expect(f).toMatchObject({ actual: "5633900.00", expected: "5633800.00", difference: "100.00" });
    expect(f.message).toContain("不存在折算舍入");
    const cost = r.findings.filter((x) => x.rule === "cost-exceeds-amount").map((x) => x.actual);
    expect(cost).toEqual(["240000.00", "350000.00"]);
  });
  it("two tables on two sheets: findings stay on their own sheet, in workbook order", async () => {
    const r = checkWorkbook(await loadFixtureModel("two-sheets"));
    const sheets = [...new Set(r.findings.map((f) => f.sheet))];
    expect(sheets).toEqual(["白云区工商联", "市工商联"]);
    expect(r.findings.filter((f) => f.rule === "subtotal-mismatch").map((f) => f.sheet)).toEqual(["市工商联"]);
    expect(r.findings.filter((f) => f.rule === "duplicate-goal").map((f) => f.sheet)).toEqual(["白云区工商联", "白云区工商联", "市工商联", "市工商联"]);
  });
});
