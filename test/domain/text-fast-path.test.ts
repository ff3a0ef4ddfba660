/** cleanText skips the offset map when a cell has no line break; it must still equal cleanWithMap's text. */
import fc from "fast-check";
import { cleanText, cleanWithMap } from "../../src/domain/text";

it("cleanText equals cleanWithMap(text).text for any mix of spaces, breaks, CJK and Latin", () => {
  const ch = fc.constantFrom(" ", "\t", "\u3000", "\u00a0", "a", "B", "中", "1", "\n", "\r", "\u2028", "。");
  fc.assert(
    fc.property(fc.array(ch, { maxLength: 24 }).map((a) => a.join("")), (s) => cleanText(s) === cleanWithMap(s).text),
    { numRuns: 5000 },
  );
});

it("returns a cell without breaks trimmed of half- and full-width spaces only", () => {
  expect(cleanText("\u3000\u3000基层商会培训指导管理经费 ")).toBe("基层商会培训指导管理经费");
  expect(cleanText("  办公 场地\t")).toBe("办公 场地");
});
