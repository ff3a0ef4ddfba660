/** Report sheet names from file names: always valid for Excel and unique without case. */
import fc from "fast-check";
import { SHEET_NAME_MAX, uniqueSheetNames } from "../../../src/domain/review";

const valid = (n: string) => n.length >= 1 && n.length <= SHEET_NAME_MAX && !/[[\]:*?/\\]/.test(n) && !n.startsWith("'") && !n.endsWith("'") && n.toLowerCase() !== "history";

describe("uniqueSheetNames", () => {
  it("renames the reserved History, case twins, forbidden characters and long names", () => {
    const names = uniqueSheetNames(["History", "history", "汇总", "a:b/c?[d]*e\\f", "'引号'", "", "很长".repeat(20), "很长".repeat(20)], ["汇总"], "文件");
    expect(names).toEqual(["History_", "history_(2)", "汇总(2)", "a_b_c__d__e_f", "引号", "文件", "很长".repeat(15) + "很", "很长".repeat(14) + "(2)"]);
  });

  it("never cuts a surrogate pair", () => {
    const [name] = uniqueSheetNames(["𠀀".repeat(20)]);
    expect(name).toBe("𠀀".repeat(15));
  });

  it("gives valid names, unique without case, for any file names", () => {
    const fileName = fc.string({ unit: fc.constantFrom("a", "A", "h", "History", "'", "[", "]", ":", "*", "?", "/", "\\", "表", "𠀀", " ", "\u0007", "汇总"), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(fileName, { maxLength: 30 }), (wished) => {
        const names = uniqueSheetNames(wished, ["汇总"]);
        expect(names).toHaveLength(wished.length);
        for (const n of names) expect([n, valid(n)]).toEqual([n, true]);
        const keys = ["汇总", ...names].map((n) => n.toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 500 },
    );
  });
});
